package causal.check;

import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.Estimator;

/**
 * A check of an estimate by re-estimating it on altered data, after DoWhy's refuters ({@code
 * dowhy.causal_refuters}). Each is configured once with its runs and seed; its runs go in parallel and give the same
 * result on every machine and thread count.
 */
public sealed interface Refuter permits PlaceboTreatment, RandomCommonCause, DataSubset, BootstrapResamples,
        DummyOutcome, PermutationTest {

    /** The script keyword, e.g. {@code placebo_treatment}. */
    String keyword();

    /**
     * Refutes {@code original}, which {@code estimator} made from {@code data} and {@code query}. Not modified: data.
     *
     * @throws causal.estimate.EstimationException when the estimator cannot estimate one of the runs
     */
    Refutation refute(Estimator estimator, Table data, EffectQuery query, Estimate original);
}

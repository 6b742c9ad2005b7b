package causal.analysis;

import causal.estimate.Estimand;
import causal.estimate.EstimatorSpec;
import causal.options.OptionValue;
import causal.syntax.Stmt;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An estimate the checker accepted: which data, which graph, which adjustment set and why, which estimator with
 * which options. The runtime executes exactly this; nothing is decided again at run time.
 *
 * @param strategy     "backdoor", "none", "frontdoor", "iv", or the design's kind ("experiment", "did")
 * @param adjustment   the set used, sorted: through the front door the mediators, with instruments the
 *                     conditioning set the graph requires
 * @param adjustment   the set used, sorted
 * @param minimalSets  every minimal observed backdoor set (for the report), empty for {@code none}
 * @param reason       why this set, in words
 * @param extraColumns columns the estimator's options or the design read (e.g. the cluster of
 *                     {@code se = cluster(col)}, a panel's unit and time)
 * @param design       the declared design the estimate reads, when the strategy is one
 * @param instruments  the instruments of {@code adjust by iv}, sorted; empty otherwise
 * @param outcomes     every outcome of the statement ({@code outcome} is the first): several only for the metrics of
 *                     an experiment
 * @param correction   how the p-values of several outcomes are adjusted: bh, bonferroni or holm
 */
public record EstimatePlan(Stmt.Estimate statement, String dataset, String dag, Estimand estimand, String treatment,
                           String outcome, String strategy, List<String> adjustment, List<List<String>> minimalSets,
                           String reason, List<String> controls, EstimatorSpec estimator,
                           Map<String, OptionValue> options, List<String> extraColumns,
                           Optional<DesignInfo> design, List<String> instruments, List<String> outcomes,
                           Optional<String> correction, List<String> jointTreatments) {
    public EstimatePlan {
        jointTreatments = List.copyOf(jointTreatments);
        adjustment = List.copyOf(adjustment);
        minimalSets = minimalSets.stream().map(List::copyOf).toList();
        controls = List.copyOf(controls);
        options = Map.copyOf(options);
        extraColumns = List.copyOf(extraColumns);
        instruments = List.copyOf(instruments);
        outcomes = List.copyOf(outcomes);
    }

    /** The same plan for one of its outcomes. */
    public EstimatePlan forOutcome(String other) {
        return new EstimatePlan(statement, dataset, dag, estimand, treatment, other, strategy, adjustment, minimalSets,
                reason, controls, estimator, options, extraColumns, design, instruments, List.of(other), correction,
                jointTreatments);
    }

    /**
     * The plan of one of several treatments estimated jointly: the others join the adjustment, so its coefficient
     * is its effect with them held fixed.
     */
    public EstimatePlan forTreatment(String one) {
        List<String> withOthers = new java.util.ArrayList<>(adjustment);
        jointTreatments.stream().filter(t -> !t.equals(one) && !withOthers.contains(t)).forEach(withOthers::add);
        return new EstimatePlan(statement, dataset, dag, estimand, one, outcome, strategy, withOthers, minimalSets,
                reason, controls, estimator, options, extraColumns, design, instruments, outcomes, correction,
                List.of());
    }

    public boolean naive() {
        return strategy.equals("none");
    }

    public String name() {
        return statement.name().map(n -> n.text()).orElse(null);
    }
}

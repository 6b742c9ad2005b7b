package causal.check;

import static causal.check.Wording.number;
import static causal.check.Wording.pValue;

import causal.data.NumericColumn;
import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.Estimator;
import causal.random.Normal;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-estimates with an independent standard normal covariate added to the adjustment set, DoWhy's {@code
 * refute_random_common_cause}. The p-value tests the original estimate against the new effects
 * ({@link SignificanceTest}); a high one says the estimate does not move.
 *
 * <p>This is a test of the estimator's stability, not of unobserved confounding: a covariate drawn at random is
 * independent of everything, so even an estimate that is pure confounding by a variable left out of the adjustment
 * set passes it. For unobserved confounding use {@link RegressionSensitivity}, {@link ConfounderGrid} or
 * {@link EValue}.
 */
public final class RandomCommonCause implements Refuter {
    public static final String KEYWORD = "random_common_cause";

    /** The number of random covariates tried (DoWhy's default num_simulations, 100) and the seed. */
    public record Options(int runs, long seed) {
        public static final Options DEFAULTS = new Options(100, 0);

        public Options {
            RefuterChecks.runs(runs);
        }
    }

    private static final double[][] STANDARD_NORMAL = {{0.0}, {1.0}};

    private final Options options;

    public RandomCommonCause(Options options) {
        this.options = options;
    }

    @Override
    public String keyword() {
        return KEYWORD;
    }

    @Override
    public Refutation refute(Estimator estimator, Table data, EffectQuery query, Estimate original) {
        RowSampling.requireRows(data);
        String name = unusedName(data);
        List<String> adjustment = new ArrayList<>(query.adjustment());
        adjustment.add(name);
        EffectQuery widened = new EffectQuery(query.estimand(), query.treatment(), query.outcome(), adjustment,
                query.controls(), query.design());
        double[] effects = RefuterRuns.effects(KEYWORD, options.runs(), options.seed(), rng -> {
            double[] noise = new double[data.rowCount()];
            new Normal().sample(rng, STANDARD_NORMAL, noise);
            return estimator.estimate(data.with(NumericColumn.of(name, noise)), widened).value();
        });
        return Refutation.of(KEYWORD, original.value(), original.value(), effects, RandomCommonCause::interpret);
    }

    /** {@code random_common_cause}, or with a number appended when the data already have a column of that name. */
    private static String unusedName(Table data) {
        String name = KEYWORD;
        for (int i = 2; data.has(name); i++) {
            name = KEYWORD + "_" + i;
        }
        return name;
    }

    private static String interpret(double originalEffect, RunSummary runs, double p) {
        String result = "with a random common cause the effect is " + number(runs.mean()) + " against "
                + number(originalEffect) + " (" + pValue(p) + ")";
        return p > Refutation.SIGNIFICANCE_LEVEL
                ? result + ": the estimate does not move; this says nothing about unobserved confounders"
                : result + ": adding an irrelevant covariate moves the estimate, so it is unstable";
    }
}

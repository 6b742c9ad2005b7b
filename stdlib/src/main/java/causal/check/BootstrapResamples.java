package causal.check;

import static causal.check.Wording.number;
import static causal.check.Wording.pValue;

import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.Estimator;

/**
 * Re-estimates on bootstrap resamples (n rows drawn with replacement), DoWhy's {@code refute_bootstrap} with
 * {@code noise = 0}: DoWhy also perturbs the confounders with measurement noise by default, which this refuter does
 * not. The spread of the runs ({@link Refutation#stdDeviation()}, {@link Refutation#low()}, {@link Refutation#high()})
 * is the bootstrap's picture of the estimate's sampling variability; the p-value tests the original estimate against
 * the resampled effects ({@link SignificanceTest}).
 */
public final class BootstrapResamples implements Refuter {
    public static final String KEYWORD = "bootstrap";

    /** The number of resamples (200, as LANGUAGE.md §8 writes it) and the seed. */
    public record Options(int runs, long seed) {
        public static final Options DEFAULTS = new Options(200, 0);

        public Options {
            RefuterChecks.runs(runs);
        }
    }

    private final Options options;

    public BootstrapResamples(Options options) {
        this.options = options;
    }

    @Override
    public String keyword() {
        return KEYWORD;
    }

    @Override
    public Refutation refute(Estimator estimator, Table data, EffectQuery query, Estimate original) {
        RowSampling.requireRows(data);
        int n = data.rowCount();
        double[] effects = RefuterRuns.effects(KEYWORD, options.runs(), options.seed(),
                rng -> estimator.estimate(data.select(rng.rowsWithReplacement(n)), query).value());
        return Refutation.of(KEYWORD, original.value(), original.value(), effects, BootstrapResamples::interpret);
    }

    private static String interpret(double originalEffect, RunSummary runs, double p) {
        String result = "on bootstrap resamples the effect is " + number(runs.mean()) + " (sd "
                + number(runs.stdDeviation()) + ", 95% of resamples between " + number(runs.low()) + " and "
                + number(runs.high()) + ") against " + number(originalEffect) + " (" + pValue(p) + ")";
        return p > Refutation.SIGNIFICANCE_LEVEL
                ? result + ": the estimate is stable under resampling"
                : result + ": the estimate is not stable under resampling";
    }
}

package causal.check;

import static causal.check.Wording.number;
import static causal.check.Wording.pValue;
import static causal.check.Wording.percent;

import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.Estimator;

/**
 * Re-estimates on random subsets of {@code round(fraction × n)} rows drawn without replacement, DoWhy's {@code
 * refute_data_subset} (default {@code subset_fraction = 0.8}). The p-value tests the original estimate against the
 * subset effects ({@link SignificanceTest}); a high one says the estimate does not hinge on a few rows.
 */
public final class DataSubset implements Refuter {
    public static final String KEYWORD = "data_subset";

    /** The share of rows kept, the number of subsets (DoWhy's default num_simulations, 100) and the seed. */
    public record Options(double fraction, int runs, long seed) {
        public static final Options DEFAULTS = new Options(0.8, 100, 0);

        public Options {
            RefuterChecks.fraction(fraction, "fraction");
            RefuterChecks.runs(runs);
        }
    }

    private final Options options;

    public DataSubset(Options options) {
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
        int kept = (int) Math.max(1, Math.round(options.fraction() * n));
        double[] effects = RefuterRuns.effects(KEYWORD, options.runs(), options.seed(),
                rng -> estimator.estimate(data.select(RowSampling.subset(n, kept, rng)), query).value());
        return Refutation.of(KEYWORD, original.value(), original.value(), effects, this::interpret);
    }

    private String interpret(double originalEffect, RunSummary runs, double p) {
        String result = "on random " + percent(options.fraction()) + " subsets the effect is " + number(runs.mean())
                + " against " + number(originalEffect) + " (" + pValue(p) + ")";
        return p > Refutation.SIGNIFICANCE_LEVEL
                ? result + ": the estimate does not hinge on a few rows"
                : result + ": the estimate changes with the rows used";
    }
}

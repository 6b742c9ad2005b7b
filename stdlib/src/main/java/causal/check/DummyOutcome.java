package causal.check;

import static causal.check.Wording.number;
import static causal.check.Wording.pValue;

import causal.data.Column;
import causal.data.NumericColumn;
import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.Estimator;
import causal.random.Normal;

/**
 * Re-estimates with the outcome replaced by independent normal noise, DoWhy's {@code refute_dummy_outcome} with its
 * default transformation ({@code [("zero", ""), ("noise", {"std_dev": 1})]}) and true effect 0. The noise has the
 * outcome's standard deviation rather than DoWhy's 1, so that the dummy effects read on the outcome's scale; for
 * estimators that scale with the outcome the p-value is the same. As in DoWhy, the p-value tests 0 against the
 * dummy effects ({@link SignificanceTest}): a high p-value is a pass.
 */
public final class DummyOutcome implements Refuter {
    public static final String KEYWORD = "dummy_outcome";

    /** The number of dummy outcomes (DoWhy's default num_simulations, 100) and the seed. */
    public record Options(int runs, long seed) {
        public static final Options DEFAULTS = new Options(100, 0);

        public Options {
            RefuterChecks.runs(runs);
        }
    }

    private final Options options;

    public DummyOutcome(Options options) {
        this.options = options;
    }

    @Override
    public String keyword() {
        return KEYWORD;
    }

    @Override
    public Refutation refute(Estimator estimator, Table data, EffectQuery query, Estimate original) {
        RowSampling.requireRows(data);
        RowSampling.requireColumn(data, query.outcome());
        double[][] noise = {{0.0}, {noiseScale(data.column(query.outcome()))}};
        double[] effects = RefuterRuns.effects(KEYWORD, options.runs(), options.seed(), rng -> {
            double[] dummy = new double[data.rowCount()];
            new Normal().sample(rng, noise, dummy);
            return estimator.estimate(data.with(NumericColumn.of(query.outcome(), dummy)), query).value();
        });
        return Refutation.of(KEYWORD, original.value(), 0.0, effects, DummyOutcome::interpret);
    }

    /** The outcome's standard deviation (R's sd), or 1 when it has none (a constant, or a single row). */
    private static double noiseScale(Column outcome) {
        double sd = ColumnSpread.standardDeviation(outcome, KEYWORD);
        return sd > 0 && Double.isFinite(sd) ? sd : 1.0;
    }

    private static String interpret(double originalEffect, RunSummary runs, double p) {
        String result = "the effect on a random outcome is " + number(runs.mean()) + " (" + pValue(p) + ")";
        return p > Refutation.SIGNIFICANCE_LEVEL
                ? result + ": no sign the method finds effects where there are none"
                : result + ", not 0: the method finds effects where there are none";
    }
}

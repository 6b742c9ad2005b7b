package causal.check;

import static causal.check.Wording.number;
import static causal.check.Wording.pValue;

import causal.data.Table;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.Estimator;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-estimates with the treatment replaced by a random permutation of itself, DoWhy's {@code
 * refute_placebo_treatment(placebo_type = "permute")}; with instruments, the instruments are permuted with the
 * treatment (the same row order), as DoWhy does. A permuted treatment has no effect, so the placebo effects should
 * centre on 0. As in DoWhy, the p-value tests 0 against the placebo effects ({@link SignificanceTest}): a high
 * p-value is a pass, a low one says the method finds an effect where there is none.
 */
public final class PlaceboTreatment implements Refuter {
    public static final String KEYWORD = "placebo_treatment";

    /** The number of permutations (DoWhy's default num_simulations, 100) and the seed. */
    public record Options(int runs, long seed) {
        public static final Options DEFAULTS = new Options(100, 0);

        public Options {
            RefuterChecks.runs(runs);
        }
    }

    private final Options options;

    public PlaceboTreatment(Options options) {
        this.options = options;
    }

    @Override
    public String keyword() {
        return KEYWORD;
    }

    @Override
    public Refutation refute(Estimator estimator, Table data, EffectQuery query, Estimate original) {
        RowSampling.requireRows(data);
        List<String> permuted = new ArrayList<>();
        permuted.add(query.treatment());
        if (query.design() instanceof Design.Instruments iv) {
            permuted.addAll(iv.instruments());
        }
        permuted.forEach(name -> RowSampling.requireColumn(data, name));
        double[] effects = RefuterRuns.effects(KEYWORD, options.runs(), options.seed(), rng -> {
            int[] order = rng.permutation(data.rowCount());
            Table placebo = data;
            for (String name : permuted) {
                placebo = placebo.with(data.column(name).select(order));
            }
            return estimator.estimate(placebo, query).value();
        });
        return Refutation.of(KEYWORD, original.value(), 0.0, effects, PlaceboTreatment::interpret);
    }

    private static String interpret(double originalEffect, RunSummary runs, double p) {
        String result = "the placebo effect is " + number(runs.mean()) + " (" + pValue(p) + ")";
        return p > Refutation.SIGNIFICANCE_LEVEL
                ? result + ": no sign the estimate is an artefact of the data"
                : result + ", not 0: the method finds an effect of a treatment that has none, so the estimate may be "
                        + "an artefact of the data or the method";
    }
}

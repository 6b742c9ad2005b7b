package causal.check;

import causal.data.Column;
import causal.data.Table;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.EstimationException;
import causal.estimate.Estimator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static causal.check.Wording.number;
import static causal.check.Wording.pValue;

/**
 * The randomization (permutation) test of a difference-in-differences estimate: which units are treated is
 * shuffled across units, each unit keeping all its rows and periods, and the effect re-estimated; the p-value is
 * the share of shuffles with an effect at least as large in absolute value as the original (counting the original,
 * {@link SignificanceTest#PERMUTATION}). It needs no distributional assumption and keeps the panel's dependence
 * within units, unlike a test on the standard error alone.
 */
public final class PermutationTest implements Refuter {
    public static final String KEYWORD = "permutation";

    /** The number of permutations and the seed. */
    public record Options(int runs, long seed) {
        public Options {
            RefuterChecks.runs(runs);
        }
    }

    private final Options options;

    public PermutationTest(Options options) {
        this.options = options;
    }

    @Override
    public String keyword() {
        return KEYWORD;
    }

    @Override
    public Refutation refute(Estimator estimator, Table data, EffectQuery query, Estimate original) {
        if (!(query.design() instanceof Design.DifferenceInDifferences did)) {
            throw new EstimationException("the permutation test shuffles treated units of a did design; for other "
                    + "estimates use placebo_treatment");
        }
        RowSampling.requireRows(data);
        Column unit = data.column(did.unit());
        Column treated = data.column(query.treatment());
        Map<String, Integer> units = new LinkedHashMap<>();
        int[] unitOfRow = new int[data.rowCount()];
        for (int i = 0; i < unitOfRow.length; i++) {
            unitOfRow[i] = units.computeIfAbsent(unit.text(i), k -> units.size());
        }
        double[] flag = new double[units.size()];
        Map<Integer, Double> seen = new HashMap<>();
        for (int i = 0; i < unitOfRow.length; i++) {
            double v = treated.numeric(i);
            Double before = seen.putIfAbsent(unitOfRow[i], v);
            if (before != null && before != v) {
                throw new EstimationException("the permutation test needs " + query.treatment() + " constant within "
                        + "each unit; unit " + unit.text(i) + " has both values");
            }
            flag[unitOfRow[i]] = v;
        }
        ToDoubleFunction<double[]> reestimate = estimator.reassignedTreatment(data, query);
        double[] effects = RefuterRuns.effects(KEYWORD, options.runs(), options.seed(), rng -> {
            int[] order = rng.permutation(flag.length);
            double[] rows = new double[unitOfRow.length];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = flag[order[unitOfRow[i]]];
            }
            return reestimate.applyAsDouble(rows);
        });
        return Refutation.of(KEYWORD, original.value(), original.value(), effects, SignificanceTest.PERMUTATION,
                PermutationTest::interpret);
    }

    private static String interpret(double originalEffect, RunSummary runs, double p) {
        String result = "the effect " + number(originalEffect) + " against effects of " + number(runs.low()) + " to "
                + number(runs.high()) + " when treated units are shuffled (" + pValue(p) + ")";
        return p <= Refutation.SIGNIFICANCE_LEVEL
                ? result + ": the assignment that happened stands out; an effect this large is unlikely by chance"
                : result + ": shuffled assignments give effects this large, so chance explains the estimate";
    }
}

package causal.check;

import causal.inference.ZStatistic;

/**
 * How a refuter turns its runs into a p-value, as DoWhy's {@code dowhy.causal_refuter.test_significance} with
 * {@code test_type = "auto"}: the percentile test from 100 runs up, the normal test below. Both ask whether a value
 * (0 for the placebo and dummy-outcome refuters, the original estimate for the others) lies in the distribution of
 * the refuter's effects; a small p-value says it does not.
 */
public enum SignificanceTest {
    /**
     * Two-sided percentile p-value, DoWhy's {@code perform_bootstrap_test}: with {@code h} the share of runs above
     * the value plus half the share equal to it, {@code p = 2 min(h, 1 - h)}.
     */
    PERCENTILE("percentile"),
    /**
     * DoWhy's {@code perform_normal_distribution_test}: {@code z = (value - mean) / sd} with the population standard
     * deviation of the runs ({@code numpy.std}), and the one tail beyond z, {@code p = Φ(-|z|)}. Being one-tailed as
     * in DoWhy, it never exceeds 0.5.
     */
    NORMAL("normal"),
    /**
     * Fisher's randomization test: the share of permuted assignments whose effect is at least as far from 0 as the
     * original, counting the original itself, {@code p = (1 + #{|effect| ≥ |original|}) / (runs + 1)}.
     */
    PERMUTATION("permutation");

    /** DoWhy switches to the percentile test at this many runs. */
    static final int PERCENTILE_RUNS = 100;

    private final String word;

    SignificanceTest(String word) {
        this.word = word;
    }

    /** The test DoWhy's "auto" picks for {@code runs} runs. */
    static SignificanceTest forRuns(int runs) {
        return runs >= PERCENTILE_RUNS ? PERCENTILE : NORMAL;
    }

    /** The p-value of {@code value} against {@code effects}. Not modified: effects. */
    double pValue(double value, double[] effects) {
        return switch (this) {
            case PERCENTILE -> percentile(value, effects);
            case NORMAL -> normal(value, effects);
            case PERMUTATION -> permutation(value, effects);
        };
    }

    private static double permutation(double original, double[] effects) {
        int extreme = 0;
        for (double x : effects) {
            extreme += Math.abs(x) >= Math.abs(original) ? 1 : 0;
        }
        return (1.0 + extreme) / (effects.length + 1.0);
    }

    private static double percentile(double value, double[] effects) {
        double above = 0;
        for (double x : effects) {
            above += x > value ? 1 : x == value ? 0.5 : 0;
        }
        double half = above / effects.length;
        return 2 * Math.min(half, 1 - half);
    }

    private static double normal(double value, double[] effects) {
        double mean = RunSummary.mean(effects);
        double sumSquares = 0;
        for (double x : effects) {
            sumSquares += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(sumSquares / effects.length);
        if (sd == 0) {
            // Every run gave the same effect: the value is either that effect or impossibly far from it.
            return value == mean ? 0.5 : 0;
        }
        // One tail, Φ(−|z|), as DoWhy's test_significance: half the two-sided p-value.
        return ZStatistic.pValue((value - mean) / sd) / 2;
    }

    @Override
    public String toString() {
        return word;
    }
}

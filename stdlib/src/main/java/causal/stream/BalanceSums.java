package causal.stream;

import causal.estimate.BalanceTable;
import causal.estimate.Estimand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The balance table of inverse probability weighting, summed in its weighting pass ({@link WeightedArms}). Per
 * covariate and arm: the mean and {@code Σ(x − x̄)²} of every complete row (trimmed ones too), the weighted mean
 * {@code Σwx / Σw} (a trimmed row weighs 0), and whether the covariate is 0/1 in every row. The table is then that of
 * {@code causal.estimate.InverseProbabilityWeighting} (MatchIt's {@code std.mean.diff}): the difference in means over
 * the focal group's standard deviation before weighting (treated for the ATT, controls for the ATC,
 * {@code √((s₁² + s₀²)/2)} for the ATE; {@code √(p(1 − p))} for a 0/1 covariate), the same denominator after, 0 when
 * it is 0. Means merge by Chan et al.'s formulas, weighted means by their weights, so nothing cancels.
 */
final class BalanceSums {
    private final int covariates;
    private final long[] rows = new long[2];
    private final double[] weights = new double[2];
    /** Per arm g and covariate j at {@code g * covariates + j}. */
    private final double[] means;
    private final double[] squares;
    private final double[] weightedMeans;
    private final boolean[] binary;

    BalanceSums(int covariates) {
        this.covariates = covariates;
        this.means = new double[2 * covariates];
        this.squares = new double[2 * covariates];
        this.weightedMeans = new double[2 * covariates];
        this.binary = new boolean[covariates];
        Arrays.fill(binary, true);
    }

    /**
     * Adds the rows {@code start .. start + group.length - 1} of the covariate columns {@code x}: {@code group[r]}
     * is the row's arm (0 or 1, -1 for a row left out) and {@code w[r]} its weight (0 when trimmed). Not modified:
     * any argument.
     */
    void add(double[][] x, int start, int[] group, double[] w) {
        long[] n = new long[2];
        double[] sumW = new double[2];
        for (int r = 0; r < group.length; r++) {
            if (group[r] >= 0) {
                n[group[r]]++;
                sumW[group[r]] += w[r];
            }
        }
        for (int j = 0; j < covariates; j++) {
            double[] column = x[j];
            double[] sum = new double[2];
            double[] weighted = new double[2];
            for (int r = 0; r < group.length; r++) {
                int g = group[r];
                if (g >= 0) {
                    double v = column[start + r];
                    sum[g] += v;
                    weighted[g] += w[r] * v;
                    binary[j] &= v == 0.0 || v == 1.0;
                }
            }
            double[] mean = {n[0] > 0 ? sum[0] / n[0] : 0, n[1] > 0 ? sum[1] / n[1] : 0};
            double[] deviations = new double[2];
            double[] squared = new double[2];
            for (int r = 0; r < group.length; r++) {
                int g = group[r];
                if (g >= 0) {
                    double d = column[start + r] - mean[g];
                    deviations[g] += d;
                    squared[g] += d * d;
                }
            }
            for (int g = 0; g < 2; g++) {
                if (n[g] > 0) {
                    // The corrected two-pass formula removes the rounding left in the mean.
                    combine(g, j, n[g], mean[g], Math.max(squared[g] - deviations[g] * deviations[g] / n[g], 0.0),
                            sumW[g], sumW[g] > 0 ? weighted[g] / sumW[g] : 0);
                }
            }
        }
        for (int g = 0; g < 2; g++) {
            rows[g] += n[g];
            weights[g] += sumW[g];
        }
    }

    /** Merges covariate j's part of arm g into the sums, before the arm's row and weight totals move. */
    private void combine(int g, int j, long n, double mean, double squared, double w, double weightedMean) {
        int at = g * covariates + j;
        long na = rows[g];
        if (na == 0) {
            means[at] = mean;
            squares[at] = squared;
        } else {
            long total = na + n;
            double delta = mean - means[at];
            means[at] += delta * n / total;
            squares[at] += squared + delta * delta * ((double) na * n / total);
        }
        double totalWeight = weights[g] + w;
        if (totalWeight > 0) {
            weightedMeans[at] += (weightedMean - weightedMeans[at]) * (w / totalWeight);
        }
    }

    /** Adds the sums of {@code later}, whose rows come after this one's. Modifies this; not modified: later. */
    void merge(BalanceSums later) {
        for (int j = 0; j < covariates; j++) {
            binary[j] &= later.binary[j];
            for (int g = 0; g < 2; g++) {
                int at = g * covariates + j;
                if (later.rows[g] > 0) {
                    combine(g, j, later.rows[g], later.means[at], later.squares[at], later.weights[g],
                            later.weightedMeans[at]);
                }
            }
        }
        for (int g = 0; g < 2; g++) {
            rows[g] += later.rows[g];
            weights[g] += later.weights[g];
        }
    }

    /** The table, covariate {@code j} called {@code names.get(j)}. */
    BalanceTable table(List<String> names, Estimand estimand) {
        List<BalanceTable.Row> out = new ArrayList<>();
        for (int j = 0; j < covariates; j++) {
            int control = j;
            int treated = covariates + j;
            out.add(BalanceTable.Row.of(names.get(j), binary[j], estimand, means[treated],
                    squares[treated] / (rows[1] - 1), means[control], squares[control] / (rows[0] - 1),
                    weightedMeans[treated], weightedMeans[control]));
        }
        return new BalanceTable(out);
    }
}

package causal.panel;

import java.util.Arrays;
import java.util.List;

/**
 * Removes fixed effects from a column by alternating projections (Guimarães and Portugal 2010; the method of
 * {@code lfe} and, without its acceleration, of {@code fixest::demean}): subtract the mean of each level of the
 * first factor, then of the second, and so on, and sweep again until the largest amount subtracted in a sweep is
 * below {@code tolerance} times the column's standard deviation. The result is the residual of {@code x} on the
 * factors' dummies, the "within" transformation. One factor is exact in a single pass; with several, each sweep
 * costs one pass over the rows per factor (the subtraction of one factor's means and the sums for the next are
 * fused), and a balanced panel converges in two sweeps.
 */
public final class AlternatingProjections {
    /** How a column's demeaning went: sweeps done and whether the tolerance was reached. */
    public record Sweeps(int iterations, boolean converged) {}

    private final int[][] codes;
    private final double[][] inverseCounts;
    private final int rows;

    private AlternatingProjections(List<Factor> factors) {
        int f = factors.size();
        this.codes = new int[f][];
        this.inverseCounts = new double[f][];
        this.rows = factors.get(0).size();
        for (int j = 0; j < f; j++) {
            Factor factor = factors.get(j);
            codes[j] = factor.codes();
            double[] inverse = new double[factor.levels()];
            for (int level = 0; level < inverse.length; level++) {
                int count = factor.count(level);
                inverse[level] = count == 0 ? 0 : 1.0 / count;
            }
            inverseCounts[j] = inverse;
        }
    }

    /** Prepared for {@code factors} (at least one, all of the same size). Not modified: factors. */
    public static AlternatingProjections over(List<Factor> factors) {
        if (factors.isEmpty()) {
            throw new PanelException("give at least one fixed effect to absorb");
        }
        for (Factor f : factors) {
            if (f.size() != factors.get(0).size()) {
                throw new PanelException(f.name() + " has " + f.size() + " rows, but " + factors.get(0).name()
                        + " has " + factors.get(0).size());
            }
        }
        return new AlternatingProjections(factors);
    }

    /**
     * Replaces {@code x} by its residual on the factors, stopping after {@code maxIterations} sweeps at the latest.
     * Modified: x. Safe to call from several threads on different columns.
     */
    public Sweeps demean(double[] x, double tolerance, int maxIterations) {
        if (x.length != rows) {
            throw new PanelException("the column has " + x.length + " rows, but the fixed effects have " + rows);
        }
        double scale = standardDeviation(x);
        if (scale == 0) {
            // A constant column: every level mean is that constant, so the residual is exactly zero.
            Arrays.fill(x, 0.0);
            return new Sweeps(1, true);
        }
        int f = codes.length;
        double[][] sums = new double[f][];
        for (int j = 0; j < f; j++) {
            sums[j] = new double[inverseCounts[j].length];
        }
        accumulate(x, codes[0], sums[0]);
        if (f == 1) {
            subtractMeans(x, 0, sums[0], null, null);
            return new Sweeps(1, true);
        }
        double threshold = tolerance * scale;
        for (int sweep = 1; sweep <= maxIterations; sweep++) {
            double largest = 0;
            for (int j = 0; j < f; j++) {
                int next = (j + 1) % f;
                Arrays.fill(sums[next], 0.0);
                largest = Math.max(largest, subtractMeans(x, j, sums[j], codes[next], sums[next]));
            }
            if (largest <= threshold) {
                return new Sweeps(sweep, true);
            }
        }
        return new Sweeps(maxIterations, false);
    }

    private static void accumulate(double[] x, int[] code, double[] sums) {
        for (int i = 0; i < x.length; i++) {
            sums[code[i]] += x[i];
        }
    }

    /**
     * Turns {@code sums} of factor {@code j} into means, subtracts them from x and, when {@code nextCode} is given,
     * adds the new x into {@code nextSums} in the same pass. Returns the largest absolute mean subtracted.
     */
    private double subtractMeans(double[] x, int j, double[] sums, int[] nextCode, double[] nextSums) {
        double[] inverse = inverseCounts[j];
        double largest = 0;
        for (int level = 0; level < sums.length; level++) {
            sums[level] *= inverse[level];
            largest = Math.max(largest, Math.abs(sums[level]));
        }
        int[] code = codes[j];
        if (nextCode == null) {
            for (int i = 0; i < x.length; i++) {
                x[i] -= sums[code[i]];
            }
        } else {
            for (int i = 0; i < x.length; i++) {
                double v = x[i] - sums[code[i]];
                x[i] = v;
                nextSums[nextCode[i]] += v;
            }
        }
        return largest;
    }

    private static double standardDeviation(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / x.length);
    }
}

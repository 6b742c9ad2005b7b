package causal.recommend;

import java.util.Arrays;

/**
 * {@code G = Σ y_i y_iᵀ} over some rows {@code y_i} of a row-major factor matrix: the costly part of an ALS step
 * (n · k² / 2 multiply-adds per user). Augmented for explicit ALS, each row is {@code [q_i, 1, t_i]}, so one pass
 * gives the whole system: {@code Σ q qᵀ}, {@code Σ q}, n, and the right-hand side {@code Σ t q}, {@code Σ t}.
 *
 * <p>Rows are copied four at a time into their own arrays and G's upper triangle is updated two rows at a time by
 * loops that index every array by the loop variable alone: the shape C2's auto-vectorizer accepts (it gives up on
 * invariant offsets such as {@code g[a * k + b]}), and each load of the four rows serves eight multiply-adds. Java's
 * strict floating point makes vector and scalar lanes agree, so the sums are the same on every machine. One instance
 * per thread: it holds scratch space.
 */
final class Gram {
    private final int k;
    private final int width;
    private final int even;
    private final double[][] upper;
    private final double[][] group;

    /** For rows of k factors; {@code augmented} adds the columns 1 and t. */
    Gram(int k, boolean augmented) {
        this.k = k;
        this.width = augmented ? k + 2 : k;
        this.even = width + (width & 1);
        this.upper = new double[even][even];
        this.group = new double[4][even];
    }

    /** Row {@code a} of G; entries from {@code a} on are its upper triangle. Not to be modified. */
    double[] row(int a) {
        return upper[a];
    }

    /** Sets G to the sum of the outer products of rows {@code index[from … to − 1]} of {@code factors}. */
    void compute(double[] factors, int[] index, int from, int to) {
        clear();
        for (int p = from; p < to; p += 4) {
            for (int g = 0; g < 4; g++) {
                // A last group of fewer than four rows is padded with zero rows, which add exactly nothing.
                if (p + g < to) {
                    System.arraycopy(factors, index[p + g] * k, group[g], 0, k);
                } else {
                    Arrays.fill(group[g], 0);
                }
            }
            addGroup();
        }
    }

    /**
     * Sets G to the sum over entries p in {@code [from, to)} of the outer products of {@code [q, 1, t]}, q row
     * {@code index[p]} of {@code factors} and {@code t = values[p] − mean − bias[index[p]]}. Needs an augmented Gram.
     */
    void computeAugmented(double[] factors, int[] index, double[] values, double[] bias, double mean, int from,
            int to) {
        clear();
        for (int p = from; p < to; p += 4) {
            for (int g = 0; g < 4; g++) {
                double[] y = group[g];
                if (p + g < to) {
                    int other = index[p + g];
                    System.arraycopy(factors, other * k, y, 0, k);
                    y[k] = 1;
                    y[k + 1] = values[p + g] - mean - bias[other];
                } else {
                    Arrays.fill(y, 0);
                }
            }
            addGroup();
        }
    }

    private void clear() {
        for (double[] row : upper) {
            Arrays.fill(row, 0);
        }
    }

    /** Adds the outer products of the four rows of the group to the upper triangle, rows a and a + 1 together. */
    private void addGroup() {
        double[] y0 = group[0];
        double[] y1 = group[1];
        double[] y2 = group[2];
        double[] y3 = group[3];
        for (int a = 0; a < even; a += 2) {
            double c0 = y0[a], c1 = y1[a], c2 = y2[a], c3 = y3[a];
            double d0 = y0[a + 1], d1 = y1[a + 1], d2 = y2[a + 1], d3 = y3[a + 1];
            double[] first = upper[a];
            double[] second = upper[a + 1];
            first[a] += c0 * c0 + c1 * c1 + c2 * c2 + c3 * c3;
            for (int b = a + 1; b < even; b++) {
                double v0 = y0[b], v1 = y1[b], v2 = y2[b], v3 = y3[b];
                first[b] += c0 * v0 + c1 * v1 + c2 * v2 + c3 * v3;
                second[b] += d0 * v0 + d1 * v1 + d2 * v2 + d3 * v3;
            }
        }
    }

    /**
     * Writes the upper triangle of the first k × k block of G into {@code target}, a row-major k × k matrix.
     * Modified: target.
     */
    void copyUpperTo(double[] target) {
        for (int a = 0; a < k; a++) {
            System.arraycopy(upper[a], a, target, a * k + a, k - a);
        }
    }

    /** Copies the upper triangle of a k × k row-major matrix to the lower one. Modified: matrix. */
    static void symmetrize(double[] matrix, int k) {
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                matrix[b * k + a] = matrix[a * k + b];
            }
        }
    }
}

package causal.recommend;

import java.util.Arrays;

/**
 * The factor rows {@code y_i} of one user's items (or one item's users), copied into arrays of their own for the
 * conjugate gradient passes of ALS: every pass reads them from cache instead of from the whole factor matrix, and
 * loops that index an array by the loop variable alone are the shape C2's auto-vectorizer accepts (it gives up on
 * invariant offsets such as {@code factors[o + a]}). One pass costs 2 · n · k multiply-adds and never forms the
 * k × k Gram. Each row has a weight w_i and a target t_i beside it. One instance per thread: it is scratch space.
 */
final class GatheredRows {
    private final int k;
    private double[][] rows = new double[0][];
    private double[] weights = new double[0];
    private double[] targets = new double[0];
    private int n;

    GatheredRows(int k) {
        this.k = k;
    }

    /** Makes room for n rows, whose weights and targets are to be set next and then gathered. */
    void prepare(int n) {
        this.n = n;
        if (rows.length < n) {
            int capacity = Math.max(n, 2 * rows.length);
            double[][] grown = Arrays.copyOf(rows, capacity);
            for (int r = rows.length; r < capacity; r++) {
                grown[r] = new double[k];
            }
            rows = grown;
            weights = Arrays.copyOf(weights, capacity);
            targets = Arrays.copyOf(targets, capacity);
        }
    }

    /** Sets the weight and the target of row r. */
    void set(int r, double weight, double target) {
        weights[r] = weight;
        targets[r] = target;
    }

    /**
     * Copies rows {@code index[from … from + n − 1]} of the row-major {@code factors} (k per row) and, while each is
     * in cache, adds their residuals: {@code out += Σ_i z_i y_i} with {@code z_i = t_i − w_i (y_i · v + shift)};
     * returns {@code Σ_i z_i}. Only the first k entries of v and out are used. With {@code squares}, also adds
     * {@code Σ_i y_ia²} to its entry a, the diagonal of {@code Σ_i y_i y_iᵀ}. Modified: out, squares. Not modified:
     * factors, index, v.
     */
    double gatherResiduals(double[] factors, int[] index, int from, double[] v, double shift, double[] out,
            double[] squares) {
        return accumulate(factors, index, from, v, shift, -1, 1, out, squares);
    }

    /**
     * {@code out += Σ_i z_i y_i} with {@code z_i = w_i (y_i · v + shift)}, a product of the matrix with rows √w_i y_i
     * and its transpose; returns {@code Σ_i z_i}. Only the first k entries of v and out are used. Modified: out.
     */
    double addProducts(double[] v, double shift, double[] out) {
        return accumulate(null, null, 0, v, shift, 1, 0, out, null);
    }

    /**
     * {@code out += Σ_i z_i y_i}, {@code z_i = sign · w_i (y_i · v + shift) + targetWeight · t_i}; returns Σ z_i.
     * With {@code factors}, each row is first copied from row {@code index[from + i]} of it; with {@code squares},
     * {@code Σ_i y_ia²} is added to its entry a. Rows go four at a time, so four independent dot products hide the
     * latency of the additions and each load of v serves four of them; the sums run in row order whatever the thread.
     */
    private double accumulate(double[] factors, int[] index, int from, double[] v, double shift, double sign,
            double targetWeight, double[] out, double[] squares) {
        // A zero v has zero dot products (the first half-step starts every user at 0): skip them.
        boolean dots = !isZero(v);
        double total = 0;
        int r = 0;
        for (; r + 4 <= n; r += 4) {
            if (factors != null) {
                for (int g = r; g < r + 4; g++) {
                    System.arraycopy(factors, index[from + g] * k, rows[g], 0, k);
                }
            }
            double[] y0 = rows[r];
            double[] y1 = rows[r + 1];
            double[] y2 = rows[r + 2];
            double[] y3 = rows[r + 3];
            double d0 = 0;
            double d1 = 0;
            double d2 = 0;
            double d3 = 0;
            if (dots) {
                for (int a = 0; a < k; a++) {
                    double va = v[a];
                    d0 += y0[a] * va;
                    d1 += y1[a] * va;
                    d2 += y2[a] * va;
                    d3 += y3[a] * va;
                }
            }
            double z0 = sign * weights[r] * (d0 + shift) + targetWeight * targets[r];
            double z1 = sign * weights[r + 1] * (d1 + shift) + targetWeight * targets[r + 1];
            double z2 = sign * weights[r + 2] * (d2 + shift) + targetWeight * targets[r + 2];
            double z3 = sign * weights[r + 3] * (d3 + shift) + targetWeight * targets[r + 3];
            for (int a = 0; a < k; a++) {
                out[a] += z0 * y0[a] + z1 * y1[a] + z2 * y2[a] + z3 * y3[a];
            }
            if (squares != null) {
                for (int a = 0; a < k; a++) {
                    squares[a] += y0[a] * y0[a] + y1[a] * y1[a] + y2[a] * y2[a] + y3[a] * y3[a];
                }
            }
            total += z0 + z1 + z2 + z3;
        }
        for (; r < n; r++) {
            if (factors != null) {
                System.arraycopy(factors, index[from + r] * k, rows[r], 0, k);
            }
            double[] y = rows[r];
            double d = 0;
            if (dots) {
                for (int a = 0; a < k; a++) {
                    d += y[a] * v[a];
                }
            }
            double z = sign * weights[r] * (d + shift) + targetWeight * targets[r];
            for (int a = 0; a < k; a++) {
                out[a] += z * y[a];
            }
            if (squares != null) {
                for (int a = 0; a < k; a++) {
                    squares[a] += y[a] * y[a];
                }
            }
            total += z;
        }
        return total;
    }

    private boolean isZero(double[] v) {
        for (int a = 0; a < k; a++) {
            if (v[a] != 0) {
                return false;
            }
        }
        return true;
    }
}

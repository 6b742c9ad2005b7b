package causal.recommend;

import java.util.Arrays;

/**
 * The factor rows {@code y_i} of one user's items (or one item's users), copied into arrays of their own for the
 * conjugate gradient passes of ALS: every pass reads them from cache instead of from the whole factor matrix, and
 * loops that index an array by the loop variable alone are the shape C2's auto-vectorizer accepts (it gives up on
 * invariant offsets such as {@code factors[o + a]}). One pass costs 2 · n · k multiply-adds and never forms the
 * k × k Gram. Each row has a weight w_i and a target t_i beside it. One instance per thread: it is scratch space.
 *
 * <p>Rows go four at a time: four independent dot products hide the latency of each other's additions (JDK 17
 * does not vectorize them) and each load of v serves four of them; the sum of four rows is a loop C2 vectorizes.
 * Every sum runs in row order, whatever the thread. When the JDK's vector module is present (see
 * {@link VectorKernels}), the dot products and the sums of rows use 256-bit vectors instead: the same sums in a
 * different order.
 */
final class GatheredRows {
    /** Doubles per 64-byte cache line. */
    private static final int DOUBLES_PER_LINE = 8;
    /** Rows read ahead of their copies: 128 rows of 64 factors (66 kB) stay in the second-level cache. */
    private static final int TOUCHED_ROWS = 128;

    /** Whether {@link VectorKernels} can be used: its module is loaded and the CPU has 256-bit vectors. */
    static final boolean VECTORS = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && VectorKernels.native256();

    private final int k;
    private double[][] rows = new double[0][];
    private double[] weights = new double[0];
    private double[] targets = new double[0];
    private int n;
    /** The dot products of the current group of four rows. */
    private final double[] dots = new double[4];
    /** What the reads ahead of a copy added up: kept, so that the reads are not optimized away. */
    private double touched;

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
     * Copies rows {@code index[from … from + n − 1]} of the row-major {@code factors} (k per row) and adds their
     * residuals: {@code out += Σ_i z_i y_i} with {@code z_i = t_i − w_i (y_i · v + shift)}; returns
     * {@code Σ_i z_i}. Only the first k entries of v and out are used. With {@code squares}, also adds
     * {@code Σ_i y_ia²} to its entry a, the diagonal of {@code Σ_i y_i y_iᵀ}. Modified: out, squares. Not modified:
     * factors, index, v.
     */
    double gatherResiduals(double[] factors, int[] index, int from, double[] v, double shift, double[] out,
            double[] squares) {
        gather(factors, index, from);
        return accumulate(v, shift, -1, 1, out, squares);
    }

    /**
     * {@code out += Σ_i z_i y_i} with {@code z_i = w_i (y_i · v + shift)}, a product of the matrix with rows √w_i y_i
     * and its transpose; returns {@code Σ_i z_i}. Only the first k entries of v and out are used. Modified: out.
     */
    double addProducts(double[] v, double shift, double[] out) {
        return accumulate(v, shift, 1, 0, out, null);
    }

    /**
     * {@code Σ_i w_i (y_i · v + shift)²}: the same product's {@code uᵀ(Σ_i w_i y_i y_iᵀ)u} for u = (v, shift), from
     * the dot products alone (half a pass). Only the first k entries of v are used.
     */
    double squaredProducts(double[] v, double shift) {
        double total = 0;
        int r = 0;
        for (; r + 4 <= n; r += 4) {
            dotsOfFour(r, v);
            for (int g = 0; g < 4; g++) {
                double d = dots[g] + shift;
                total += weights[r + g] * d * d;
            }
        }
        for (; r < n; r++) {
            double d = dot(rows[r], v) + shift;
            total += weights[r] * d * d;
        }
        return total;
    }

    /**
     * Copies rows {@code index[from … from + n − 1]} of {@code factors}. Random rows of a large matrix come from
     * memory, and a copy waits on its stores: only a few rows are in flight at a time. So each group of rows is
     * first read one value per cache line (loads alone keep many rows in flight), then copied from cache.
     */
    private void gather(double[] factors, int[] index, int from) {
        double sum = 0;
        for (int start = 0; start < n; start += TOUCHED_ROWS) {
            int end = Math.min(n, start + TOUCHED_ROWS);
            for (int r = start; r < end; r++) {
                int o = index[from + r] * k;
                for (int a = 0; a < k; a += DOUBLES_PER_LINE) {
                    sum += factors[o + a];
                }
                // A row seldom starts on a line: its last value may lie on one more.
                sum += factors[o + k - 1];
            }
            for (int r = start; r < end; r++) {
                System.arraycopy(factors, index[from + r] * k, rows[r], 0, k);
            }
        }
        touched = sum;
    }

    /**
     * {@code out += Σ_i z_i y_i}, {@code z_i = sign · w_i (y_i · v + shift) + targetWeight · t_i}; returns Σ z_i.
     * With {@code squares}, {@code Σ_i y_ia²} is added to its entry a.
     */
    private double accumulate(double[] v, double shift, double sign, double targetWeight, double[] out,
            double[] squares) {
        // A zero v has zero dot products (the first half-step starts every user at 0): skip them.
        boolean zero = isZero(v);
        double total = 0;
        int r = 0;
        for (; r + 4 <= n; r += 4) {
            if (zero) {
                Arrays.fill(dots, 0);
            } else {
                dotsOfFour(r, v);
            }
            double z0 = residual(r, dots[0], shift, sign, targetWeight);
            double z1 = residual(r + 1, dots[1], shift, sign, targetWeight);
            double z2 = residual(r + 2, dots[2], shift, sign, targetWeight);
            double z3 = residual(r + 3, dots[3], shift, sign, targetWeight);
            addRows(out, squares, z0, rows[r], z1, rows[r + 1], z2, rows[r + 2], z3, rows[r + 3]);
            total += z0 + z1 + z2 + z3;
        }
        for (; r < n; r++) {
            double[] y = rows[r];
            double z = residual(r, zero ? 0 : dot(y, v), shift, sign, targetWeight);
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

    /** Sets {@code dots[g] = y_{r+g} · v} for g = 0 … 3. */
    private void dotsOfFour(int r, double[] v) {
        double[] y0 = rows[r];
        double[] y1 = rows[r + 1];
        double[] y2 = rows[r + 2];
        double[] y3 = rows[r + 3];
        if (VECTORS) {
            VectorKernels.dotsOfFour(y0, y1, y2, y3, v, k, dots);
            return;
        }
        dots[0] = 0;
        dots[1] = 0;
        dots[2] = 0;
        dots[3] = 0;
        addDotsOfFour(y0, y1, y2, y3, v, 0, k, dots);
    }

    /** Adds {@code Σ_{from ≤ a < to} y_g[a] v[a]} to {@code dots[g]}, g = 0 … 3 (also the vector kernels' tail). */
    static void addDotsOfFour(double[] y0, double[] y1, double[] y2, double[] y3, double[] v, int from, int to,
            double[] dots) {
        double d0 = dots[0];
        double d1 = dots[1];
        double d2 = dots[2];
        double d3 = dots[3];
        for (int a = from; a < to; a++) {
            double va = v[a];
            d0 += y0[a] * va;
            d1 += y1[a] * va;
            d2 += y2[a] * va;
            d3 += y3[a] * va;
        }
        dots[0] = d0;
        dots[1] = d1;
        dots[2] = d2;
        dots[3] = d3;
    }

    private double dot(double[] y, double[] v) {
        double d = 0;
        for (int a = 0; a < k; a++) {
            d += y[a] * v[a];
        }
        return d;
    }

    private double residual(int r, double dot, double shift, double sign, double targetWeight) {
        return sign * weights[r] * (dot + shift) + targetWeight * targets[r];
    }

    /**
     * {@code out += z0 y0 + z1 y1 + z2 y2 + z3 y3} and, unless {@code squares} is null, {@code squares += y0² + y1² +
     * y2² + y3²}: two loops, which C2 vectorizes better than one doing both.
     */
    private void addRows(double[] out, double[] squares, double z0, double[] y0, double z1, double[] y1, double z2,
            double[] y2, double z3, double[] y3) {
        if (VECTORS) {
            VectorKernels.addRows(out, z0, y0, z1, y1, z2, y2, z3, y3, k);
        } else {
            addRows(out, z0, y0, z1, y1, z2, y2, z3, y3, 0, k);
        }
        if (squares != null) {
            for (int a = 0; a < k; a++) {
                squares[a] += y0[a] * y0[a] + y1[a] * y1[a] + y2[a] * y2[a] + y3[a] * y3[a];
            }
        }
    }

    /** {@code out[a] += z0 y0[a] + z1 y1[a] + z2 y2[a] + z3 y3[a]} for {@code from ≤ a < to} (also the vector tail). */
    static void addRows(double[] out, double z0, double[] y0, double z1, double[] y1, double z2, double[] y2,
            double z3, double[] y3, int from, int to) {
        for (int a = from; a < to; a++) {
            out[a] += z0 * y0[a] + z1 * y1[a] + z2 * y2[a] + z3 * y3[a];
        }
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

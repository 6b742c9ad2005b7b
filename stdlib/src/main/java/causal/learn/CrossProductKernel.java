package causal.learn;

/**
 * The inner loops of every least-squares fit, in memory ({@link GramMatrix}) or streamed: sums of products of
 * columns over a chunk of rows that fits in the first- or second-level cache. A 3 x 3 tile of the result is kept in
 * nine local variables while the chunk's rows stream past, so each row loads six values for nine products (a dot
 * product per pair loads two per product), and the loop stays within the 16 floating-point registers of x86-64;
 * tiles on the diagonal compute only their upper six entries. With the JDK's vector module loaded and a CPU that
 * has vectors of 256 bits or more, the same tiles run in {@link VectorCrossProducts}.
 *
 * <p>The products are of a weighted side and a plain side: {@code left[a] = w ∘ right[a]}, where {@code w} are the
 * rows' weights (ones unweighted, squared scores for a sandwich's meat). With an intercept, column 0 is all ones and
 * never stored on the plain side: its products are the weighted column sums, and {@code left[0]} holds the weights
 * themselves, or is null for ones.
 */
public final class CrossProductKernel {
    static final int TILE = 3;

    /** Whether {@link VectorCrossProducts} is in use: the JDK's vector module is loaded and the CPU has it natively. */
    public static final boolean VECTORS = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && VectorCrossProducts.nativeVectors();

    private CrossProductKernel() {
    }

    /**
     * Adds {@code Σ_i left[a][l + i] right[b][r + i]} over {@code i < length} to {@code out[a * stride + b]} for
     * every {@code a <= b < width}; with {@code intercept}, {@code right[0]} is the ones (not read) and row 0 receives
     * {@code Σ_i left[b][l + i]} ({@code left[0]} null: ones). Arrays past {@code width} are not read. Modifies out.
     */
    public static void addUpper(double[][] left, int l, double[][] right, int r, int width, int length,
                                boolean intercept, double[] out, int stride) {
        if (VECTORS) {
            VectorCrossProducts.addUpper(left, l, right, r, width, length, intercept, out, stride);
        } else {
            addUpper(left, l, right, r, width, 0, length, intercept, out, stride);
        }
    }

    /**
     * {@link #addUpper} of rows weighted by {@code w}: {@code Σ_i w_i x_a x_b} over the first {@code length} rows of
     * {@code columns}, the weighted side written into {@code scratch} (as many arrays, each at least {@code length}
     * long). With {@code intercept}, {@code columns[0]} holds the ones. Modifies scratch and out.
     */
    public static void addWeightedUpper(double[] w, double[][] columns, int width, int length, boolean intercept,
                                        double[][] scratch, double[] out, int stride) {
        for (int a = 0; a < width; a++) {
            double[] column = columns[a];
            double[] target = scratch[a];
            for (int i = 0; i < length; i++) {
                target[i] = w[i] * column[i];
            }
        }
        addUpper(scratch, 0, columns, 0, width, length, intercept, out, stride);
    }

    /** {@link #addUpper} over the rows {@code from .. length - 1} of the chunk alone, one row at a time. */
    static void addUpper(double[][] left, int l, double[][] right, int r, int width, int from, int length,
                         boolean intercept, double[] out, int stride) {
        int first = 0;
        if (intercept) {
            out[0] += left[0] == null ? length - from : sum(left[0], l + from, l + length);
            for (int b = 1; b < width; b++) {
                out[b] += sum(left[b], l + from, l + length);
            }
            first = 1;
        }
        for (int a = first; a < width; a += TILE) {
            diagonal(left, right, a, width, l + from, r - l, length - from, out, stride);
            for (int b = a + TILE; b < width; b += TILE) {
                tile(left, right, a, b, width, l + from, r - l, length - from, out, stride);
            }
        }
    }

    /** Column {@code j} of a tile, or the last column for the padding of a tile past {@code width}. */
    static double[] column(double[][] columns, int j, int width) {
        return columns[Math.min(j, width - 1)];
    }

    /**
     * Adds a tile row's three sums to row {@code a} from column {@code b}, skipping entries past {@code width}: the
     * padding's products.
     */
    static void add(double[] out, int stride, int width, int a, int b, double t0, double t1, double t2) {
        if (a >= width) {
            return;
        }
        int row = a * stride + b;
        if (b < width) {
            out[row] += t0;
        }
        if (b + 1 < width) {
            out[row + 1] += t1;
        }
        if (b + 2 < width) {
            out[row + 2] += t2;
        }
    }

    /** Adds the upper six sums of a diagonal tile at {@code (a, a)}, skipping entries past {@code width}. */
    static void addDiagonal(double[] out, int stride, int width, int a, double s00, double s01, double s02,
                            double s11, double s12, double s22) {
        add(out, stride, width, a, a, s00, s01, s02);
        if (a + 1 < width) {
            out[(a + 1) * stride + a + 1] += s11;
            if (a + 2 < width) {
                out[(a + 1) * stride + a + 2] += s12;
                out[(a + 2) * stride + a + 2] += s22;
            }
        }
    }

    // Four partial sums break the chain of dependent additions.
    private static double sum(double[] x, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
        }
        for (; i < to; i++) {
            s0 += x[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    // Rows i of left pair with rows i + shift of right, for count rows from `from` on.
    private static void tile(double[][] left, double[][] right, int a, int b, int width, int from, int shift,
                             int count, double[] out, int stride) {
        double[] l0 = column(left, a, width);
        double[] l1 = column(left, a + 1, width);
        double[] l2 = column(left, a + 2, width);
        double[] r0 = column(right, b, width);
        double[] r1 = column(right, b + 1, width);
        double[] r2 = column(right, b + 2, width);
        double s00 = 0;
        double s01 = 0;
        double s02 = 0;
        double s10 = 0;
        double s11 = 0;
        double s12 = 0;
        double s20 = 0;
        double s21 = 0;
        double s22 = 0;
        for (int i = from; i < from + count; i++) {
            double u0 = l0[i];
            double u1 = l1[i];
            double u2 = l2[i];
            double v0 = r0[i + shift];
            double v1 = r1[i + shift];
            double v2 = r2[i + shift];
            s00 += u0 * v0;
            s01 += u0 * v1;
            s02 += u0 * v2;
            s10 += u1 * v0;
            s11 += u1 * v1;
            s12 += u1 * v2;
            s20 += u2 * v0;
            s21 += u2 * v1;
            s22 += u2 * v2;
        }
        add(out, stride, width, a, b, s00, s01, s02);
        add(out, stride, width, a + 1, b, s10, s11, s12);
        add(out, stride, width, a + 2, b, s20, s21, s22);
    }

    private static void diagonal(double[][] left, double[][] right, int a, int width, int from, int shift,
                                 int count, double[] out, int stride) {
        double[] l0 = column(left, a, width);
        double[] l1 = column(left, a + 1, width);
        double[] l2 = column(left, a + 2, width);
        double[] r0 = column(right, a, width);
        double[] r1 = column(right, a + 1, width);
        double[] r2 = column(right, a + 2, width);
        double s00 = 0;
        double s01 = 0;
        double s02 = 0;
        double s11 = 0;
        double s12 = 0;
        double s22 = 0;
        for (int i = from; i < from + count; i++) {
            double u0 = l0[i];
            double u1 = l1[i];
            double v1 = r1[i + shift];
            double v2 = r2[i + shift];
            s00 += u0 * r0[i + shift];
            s01 += u0 * v1;
            s02 += u0 * v2;
            s11 += u1 * v1;
            s12 += u1 * v2;
            s22 += l2[i] * v2;
        }
        addDiagonal(out, stride, width, a, s00, s01, s02, s11, s12, s22);
    }
}

package causal.stream;

/**
 * The inner loops of every streaming regression: sums of products of columns over a chunk of rows that fits in the
 * first-level cache. A 3 x 3 tile of the result is kept in nine local variables while the chunk's rows stream past,
 * so each row loads six values for nine products (a dot product per pair loads two per product), and the loop stays
 * within the 16 floating-point registers of x86-64; tiles on the diagonal compute only their upper six entries.
 * Column 0 is the intercept: its products are the column sums, taken without multiplying by 1.
 */
final class CrossProductKernel {
    static final int TILE = 3;

    private CrossProductKernel() {
    }

    /** {@code width} rounded up to a whole number of tiles. */
    static int padded(int width) {
        return (width + TILE - 1) / TILE * TILE;
    }

    /** How many column arrays a chunk needs for {@code width} columns, the intercept included, with tile padding. */
    static int arrays(int width) {
        return 1 + padded(width - 1);
    }

    /**
     * Adds {@code Σ_i left[a][i] right[b][i]} over {@code i < length} to {@code out[a * stride + b]} for every
     * {@code a <= b < width}, where {@code right[0]} is all ones (the intercept) and {@code left[0]} the row weights
     * (ones unweighted), so row 0 receives {@code Σ left[b]}. Both arrays need {@link #arrays(width)} columns; what
     * the padding holds only reaches entries that are never written. Modifies out.
     */
    static void addUpper(double[][] left, double[][] right, int width, int length, double[] out, int stride) {
        for (int b = 0; b < width; b++) {
            out[b] += sum(left[b], length);
        }
        int end = arrays(width);
        for (int a = 1; a < end; a += TILE) {
            diagonal(left, right, a, width, length, out, stride);
            for (int b = a + TILE; b < end; b += TILE) {
                tile(left, right, a, b, width, length, out, stride);
            }
        }
    }

    // Four partial sums break the chain of dependent additions.
    private static double sum(double[] x, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
        }
        for (; i < length; i++) {
            s0 += x[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static void tile(double[][] left, double[][] right, int a, int b, int width, int length, double[] out,
                             int stride) {
        double[] l0 = left[a];
        double[] l1 = left[a + 1];
        double[] l2 = left[a + 2];
        double[] r0 = right[b];
        double[] r1 = right[b + 1];
        double[] r2 = right[b + 2];
        double s00 = 0;
        double s01 = 0;
        double s02 = 0;
        double s10 = 0;
        double s11 = 0;
        double s12 = 0;
        double s20 = 0;
        double s21 = 0;
        double s22 = 0;
        for (int i = 0; i < length; i++) {
            double u0 = l0[i];
            double u1 = l1[i];
            double u2 = l2[i];
            double v0 = r0[i];
            double v1 = r1[i];
            double v2 = r2[i];
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

    private static void diagonal(double[][] left, double[][] right, int a, int width, int length, double[] out,
                                 int stride) {
        double[] l0 = left[a];
        double[] l1 = left[a + 1];
        double[] l2 = left[a + 2];
        double[] r0 = right[a];
        double[] r1 = right[a + 1];
        double[] r2 = right[a + 2];
        double s00 = 0;
        double s01 = 0;
        double s02 = 0;
        double s11 = 0;
        double s12 = 0;
        double s22 = 0;
        for (int i = 0; i < length; i++) {
            double u0 = l0[i];
            double u1 = l1[i];
            double v1 = r1[i];
            double v2 = r2[i];
            s00 += u0 * r0[i];
            s01 += u0 * v1;
            s02 += u0 * v2;
            s11 += u1 * v1;
            s12 += u1 * v2;
            s22 += l2[i] * v2;
        }
        add(out, stride, width, a, a, s00, s01, s02);
        if (a + 1 < width) {
            out[(a + 1) * stride + a + 1] += s11;
            if (a + 2 < width) {
                out[(a + 1) * stride + a + 2] += s12;
                out[(a + 2) * stride + a + 2] += s22;
            }
        }
    }

    /** Adds a tile row's three sums to row {@code a} from column {@code b}, skipping entries past {@code width}. */
    private static void add(double[] out, int stride, int width, int a, int b, double t0, double t1, double t2) {
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
}

package causal.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Cross products {@code X'WX} accumulated block by block, and their inverse by a Cholesky factorisation that names
 * the collinear columns instead of failing silently.
 */
public final class GramMatrix {
    /**
     * A pivot below this, on the matrix scaled to unit diagonal, means the column is (numerically) a combination of the
     * earlier ones: its residual norm is under 1e-5.5 of its own norm. R's QR uses 1e-7 on norms; we are a little
     * stricter because the normal equations square the condition number.
     */
    private static final double PIVOT_TOLERANCE = 1e-11;
    private static final double INVOLVED = 1e-7;

    private GramMatrix() {
    }

    /** Scratch space for {@link #accumulate} with weights: a block of {@code k} columns. */
    static double[][] scratch(int k) {
        return new double[k][DesignMatrix.BLOCK_ROWS];
    }

    /**
     * Adds {@code Σ_i w_i a_i b_i} over the first {@code length} rows of {@code block} to {@code gram[a * k + b]} for
     * every {@code a <= b < k} ({@link CrossProductKernel}, the loops streamed fits use too); {@code w} may be null
     * (all ones, and scratch may be null), else scratch is {@link #scratch(k)}. Modifies gram and scratch.
     */
    static void accumulate(double[][] block, int k, int length, double[] w, double[] gram, double[][] scratch) {
        if (w == null) {
            CrossProductKernel.addUpper(block, 0, block, 0, k, length, false, gram, k);
        } else {
            CrossProductKernel.addWeightedUpper(w, block, k, length, false, scratch, gram, k);
        }
    }

    /** Copies the upper triangle into the lower one. Modifies gram. */
    static void symmetrize(double[] gram, int k) {
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < a; b++) {
                gram[a * k + b] = gram[b * k + a];
            }
        }
    }

    // Four accumulators break the add dependency chain.
    static double dot(double[] x, double[] y, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += x[i] * y[i];
            s1 += x[i + 1] * y[i + 1];
            s2 += x[i + 2] * y[i + 2];
            s3 += x[i + 3] * y[i + 3];
        }
        for (; i < length; i++) {
            s0 += x[i] * y[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The inverse of the leading {@code p x p} block of the {@code k x k} matrix {@code gram} (row-major), whose
     * columns are called {@code names}. Not modified: gram.
     *
     * @throws CollinearColumnsException when a column is constant zero or a combination of earlier ones
     */
    public static double[] inverse(double[] gram, int k, int p, List<String> names) {
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double d = gram[j * k + j];
            if (!(d > 0)) {
                throw new CollinearColumnsException(names.get(j) + " is 0 in every row", List.of(names.get(j)));
            }
            scale[j] = 1 / Math.sqrt(d);
        }
        double[] l = new double[p * p];
        for (int j = 0; j < p; j++) {
            for (int i = j; i < p; i++) {
                double s = gram[i * k + j] * scale[i] * scale[j];
                for (int m = 0; m < j; m++) {
                    s -= l[i * p + m] * l[j * p + m];
                }
                if (i == j) {
                    if (s < PIVOT_TOLERANCE) {
                        throw collinear(gram, k, j, l, p, scale, names);
                    }
                    l[j * p + j] = Math.sqrt(s);
                } else {
                    l[i * p + j] = s / l[j * p + j];
                }
            }
        }
        double[] inverseL = invertLower(l, p);
        double[] out = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                double s = 0;
                for (int m = a; m < p; m++) {
                    s += inverseL[m * p + a] * inverseL[m * p + b];
                }
                double v = s * scale[a] * scale[b];
                out[a * p + b] = v;
                out[b * p + a] = v;
            }
        }
        return out;
    }

    private static double[] invertLower(double[] l, int p) {
        double[] inv = new double[p * p];
        for (int col = 0; col < p; col++) {
            inv[col * p + col] = 1 / l[col * p + col];
            for (int i = col + 1; i < p; i++) {
                double s = 0;
                for (int m = col; m < i; m++) {
                    s -= l[i * p + m] * inv[m * p + col];
                }
                inv[i * p + col] = s / l[i * p + i];
            }
        }
        return inv;
    }

    // Column j regressed on columns 0..j-1 (through the partial factor): the ones with weight take part.
    private static CollinearColumnsException collinear(double[] gram, int k, int j, double[] l, int p, double[] scale,
            List<String> names) {
        double[] z = new double[j];
        for (int i = 0; i < j; i++) {
            double s = gram[j * k + i] * scale[i] * scale[j];
            for (int m = 0; m < i; m++) {
                s -= l[i * p + m] * z[m];
            }
            z[i] = s / l[i * p + i];
        }
        double[] c = new double[j];
        for (int i = j - 1; i >= 0; i--) {
            double s = z[i];
            for (int m = i + 1; m < j; m++) {
                s -= l[m * p + i] * c[m];
            }
            c[i] = s / l[i * p + i];
        }
        List<String> involved = new ArrayList<>();
        for (int i = 0; i < j; i++) {
            if (Math.abs(c[i]) > INVOLVED) {
                involved.add(names.get(i));
            }
        }
        String column = names.get(j);
        String message = involved.equals(List.of(DesignMatrix.INTERCEPT)) ? column + " is constant"
                : involved.isEmpty() ? column + " is (nearly) a combination of the columns before it"
                : column + " is a linear combination of " + String.join(", ", involved);
        involved.add(column);
        return new CollinearColumnsException(message, involved);
    }
}

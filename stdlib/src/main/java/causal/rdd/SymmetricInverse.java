package causal.rdd;

/** Inverse of a small symmetric positive definite matrix by Cholesky, as rdrobust's {@code chol2inv(chol(G))}. */
final class SymmetricInverse {
    /** A pivot below this share of the largest diagonal element means the matrix is singular in double precision. */
    private static final double SINGULAR = 1e-13;

    private SymmetricInverse() {
    }

    /** The inverse of the row-major k × k matrix {@code a}, or null when it is singular. Not modified: a. */
    static double[] of(double[] a, int k) {
        double largest = 0;
        for (int i = 0; i < k; i++) {
            largest = Math.max(largest, a[i * k + i]);
        }
        double[] l = new double[k * k];
        for (int j = 0; j < k; j++) {
            double d = a[j * k + j];
            for (int m = 0; m < j; m++) {
                d -= l[j * k + m] * l[j * k + m];
            }
            if (!(d > SINGULAR * largest)) {
                return null;
            }
            double root = Math.sqrt(d);
            l[j * k + j] = root;
            for (int i = j + 1; i < k; i++) {
                double s = a[i * k + j];
                for (int m = 0; m < j; m++) {
                    s -= l[i * k + m] * l[j * k + m];
                }
                l[i * k + j] = s / root;
            }
        }
        double[] inverse = new double[k * k];
        double[] column = new double[k];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < k; i++) {
                double s = i == c ? 1 : 0;
                for (int m = 0; m < i; m++) {
                    s -= l[i * k + m] * column[m];
                }
                column[i] = s / l[i * k + i];
            }
            for (int i = k - 1; i >= 0; i--) {
                double s = column[i];
                for (int m = i + 1; m < k; m++) {
                    s -= l[m * k + i] * column[m];
                }
                column[i] = s / l[i * k + i];
            }
            for (int i = 0; i < k; i++) {
                inverse[i * k + c] = column[i];
            }
        }
        return inverse;
    }

    /** {@code a v} for the row-major k × k matrix a. */
    static double[] times(double[] a, int k, double[] v) {
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += a[i * k + j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }
}

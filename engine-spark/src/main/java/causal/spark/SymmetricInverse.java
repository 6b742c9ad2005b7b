package causal.spark;

import java.util.List;

/**
 * The inverse of a symmetric positive definite cross-product matrix (row-major {@code p x p}) by a Cholesky
 * factorization of the matrix scaled to unit diagonal, as {@code causal.learn}'s least squares does, so that a
 * collinear design fails with the column's name instead of giving huge numbers.
 */
final class SymmetricInverse {
    /** A pivot below this on the unit-diagonal matrix: the column's residual norm is under 1e-5.5 of its norm. */
    private static final double PIVOT_TOLERANCE = 1e-11;

    private SymmetricInverse() {
    }

    /**
     * The inverse of {@code gram}; {@code names} name its columns in errors. Not modified: gram.
     *
     * @throws SparkEngineException when a column is 0 in every row or a combination of the columns before it
     */
    static double[] of(double[] gram, int p, List<String> names, String model) {
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double d = gram[j * p + j];
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new SparkEngineException("the " + model + " cannot be fitted: " + names.get(j)
                        + (d == 0 ? " is 0 in every row" : " has values too large to square"));
            }
            scale[j] = 1 / Math.sqrt(d);
        }
        double[] l = new double[p * p];
        for (int j = 0; j < p; j++) {
            for (int i = j; i < p; i++) {
                double s = gram[i * p + j] * scale[i] * scale[j];
                for (int m = 0; m < j; m++) {
                    s -= l[i * p + m] * l[j * p + m];
                }
                if (i == j) {
                    if (!(s >= PIVOT_TOLERANCE)) {
                        throw new SparkEngineException("the " + model + " cannot be fitted: " + names.get(j)
                                + (j == 1 && names.get(0).equals(SufficientStatistics.INTERCEPT) ? " is constant"
                                : " is (nearly) a linear combination of " + String.join(", ", names.subList(0, j))));
                    }
                    l[j * p + j] = Math.sqrt(s);
                } else {
                    l[i * p + j] = s / l[j * p + j];
                }
            }
        }
        double[] inverseL = new double[p * p];
        for (int col = 0; col < p; col++) {
            inverseL[col * p + col] = 1 / l[col * p + col];
            for (int i = col + 1; i < p; i++) {
                double s = 0;
                for (int m = col; m < i; m++) {
                    s -= l[i * p + m] * inverseL[m * p + col];
                }
                inverseL[i * p + col] = s / l[i * p + i];
            }
        }
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

    /** {@code matrix · vector} for a row-major {@code p x p} matrix. */
    static double[] times(double[] matrix, double[] vector, int p) {
        double[] out = new double[p];
        for (int a = 0; a < p; a++) {
            double s = 0;
            for (int b = 0; b < p; b++) {
                s += matrix[a * p + b] * vector[b];
            }
            out[a] = s;
        }
        return out;
    }

    /** {@code left · middle · right} of row-major {@code p x p} matrices. */
    static double[] product(double[] left, double[] middle, double[] right, int p) {
        return multiply(multiply(left, middle, p), right, p);
    }

    static double[] multiply(double[] a, double[] b, int p) {
        double[] out = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int m = 0; m < p; m++) {
                    s += a[i * p + m] * b[m * p + j];
                }
                out[i * p + j] = s;
            }
        }
        return out;
    }
}

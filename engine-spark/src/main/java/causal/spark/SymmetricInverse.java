package causal.spark;

import causal.learn.CollinearColumnsException;
import causal.learn.GramMatrix;
import java.util.List;

/**
 * The inverse of a symmetric positive definite cross-product matrix (row-major {@code p x p}) by causal.learn's
 * factorization, so that a collinear design fails with the column's name instead of giving huge numbers, and the
 * small matrix products the finishing steps need.
 */
final class SymmetricInverse {
    private SymmetricInverse() {
    }

    /**
     * The inverse of {@code gram} by {@link GramMatrix#inverse}, the factorization the in-memory fits use; {@code names}
     * name its columns in errors. Not modified: gram.
     *
     * @throws SparkEngineException when a column is 0 in every row or a combination of the columns before it
     */
    static double[] of(double[] gram, int p, List<String> names, String model) {
        for (int j = 0; j < p; j++) {
            if (Double.isInfinite(gram[j * p + j])) {
                throw new SparkEngineException("the " + model + " cannot be fitted: " + names.get(j)
                        + " has values too large to square");
            }
        }
        try {
            return GramMatrix.inverse(gram, p, p, names);
        } catch (CollinearColumnsException e) {
            List<String> involved = e.columns();
            String column = involved.get(involved.size() - 1);
            List<String> others = involved.subList(0, involved.size() - 1);
            String why = involved.size() == 1 ? " is 0 in every row"
                    : others.equals(List.of(SufficientStatistics.INTERCEPT)) ? " is constant"
                    : " is (nearly) a linear combination of " + String.join(", ", others);
            throw new SparkEngineException("the " + model + " cannot be fitted: " + column + why);
        }
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

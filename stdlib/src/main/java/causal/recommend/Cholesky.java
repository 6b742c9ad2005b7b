package causal.recommend;

/**
 * Solves a small symmetric positive definite system {@code A x = b} in place, for the (k + 1) × (k + 1) normal
 * equations of one user or item in ALS. Right-looking Cholesky {@code A = UᵀU} on the upper triangle, rows as
 * separate arrays so the inner loops index by the loop variable alone and vectorize.
 */
final class Cholesky {
    private Cholesky() {
    }

    /**
     * Overwrites {@code b} with the solution of {@code A x = b}, A given by the upper triangles of its d rows.
     * Modified: a (becomes U), b. Returns false when A is not positive definite.
     */
    static boolean solve(double[][] a, int d, double[] b) {
        for (int j = 0; j < d; j++) {
            double[] rowJ = a[j];
            if (!(rowJ[j] > 0)) {
                return false;
            }
            double ujj = Math.sqrt(rowJ[j]);
            rowJ[j] = ujj;
            double inverse = 1 / ujj;
            for (int i = j + 1; i < d; i++) {
                rowJ[i] *= inverse;
            }
            for (int k = j + 1; k < d; k++) {
                double ujk = rowJ[k];
                double[] rowK = a[k];
                for (int i = k; i < d; i++) {
                    rowK[i] -= ujk * rowJ[i];
                }
            }
        }
        // Uᵀ y = b, by rows of U.
        for (int j = 0; j < d; j++) {
            double[] rowJ = a[j];
            double yj = b[j] / rowJ[j];
            b[j] = yj;
            for (int i = j + 1; i < d; i++) {
                b[i] -= rowJ[i] * yj;
            }
        }
        // U x = y, from the last row up.
        for (int j = d - 1; j >= 0; j--) {
            double[] rowJ = a[j];
            double sum = b[j];
            for (int i = j + 1; i < d; i++) {
                sum -= rowJ[i] * b[i];
            }
            b[j] = sum / rowJ[j];
        }
        return true;
    }
}

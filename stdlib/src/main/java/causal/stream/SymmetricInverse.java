package causal.stream;

import causal.learn.CollinearColumnsException;
import causal.learn.GramMatrix;
import java.util.List;

/**
 * The inverse of a cross-product matrix {@code X'WX} by {@link GramMatrix#inverse}, the factorisation the in-memory
 * fits use (so streamed and in-memory fits agree to rounding), refusing a singular matrix with the names of the
 * collinear columns.
 */
final class SymmetricInverse {
    private SymmetricInverse() {
    }

    /**
     * The inverse of the leading {@code p x p} block of the symmetric matrix {@code value(a, b)}, row-major.
     *
     * @throws StreamException when a column is zero or (nearly) a combination of the earlier ones; the message
     *                         names them, in the words of {@code model} ("the regression", "the propensity model")
     */
    static double[] of(Matrix value, int p, List<String> names, String model) {
        double[] gram = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                gram[a * p + b] = value.at(a, b);
            }
        }
        try {
            return GramMatrix.inverse(gram, p, p, names);
        } catch (CollinearColumnsException e) {
            throw new StreamException(model + " cannot be fitted: " + e.getMessage());
        }
    }

    /** Entry {@code (a, b)} of a symmetric matrix. */
    interface Matrix {
        double at(int a, int b);
    }
}

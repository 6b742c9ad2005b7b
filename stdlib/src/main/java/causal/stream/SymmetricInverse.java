package causal.stream;

import causal.learn.DesignMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The inverse of a cross-product matrix {@code X'WX} by a Cholesky factorisation of the matrix scaled to unit
 * diagonal, as {@code causal.learn.LinearRegression} inverts it (so streamed and in-memory fits agree to rounding),
 * refusing a singular matrix with the names of the collinear columns.
 */
final class SymmetricInverse {
    /**
     * A pivot below this on the unit-diagonal matrix means the column's residual, after the columns before it, is
     * under 1e-5.5 of its norm: numerically a combination of them (the tolerance of causal.learn's least squares).
     */
    private static final double PIVOT_TOLERANCE = 1e-11;
    /** A scaled coefficient above this counts a column as part of the combination named in the message. */
    private static final double INVOLVED = 1e-7;

    private SymmetricInverse() {
    }

    /**
     * The inverse of the leading {@code p x p} block of the symmetric matrix {@code value(a, b)}, row-major.
     *
     * @throws StreamException when a column is zero or (nearly) a combination of the earlier ones; the message
     *                         names them, in the words of {@code model} ("the regression", "the propensity model")
     */
    static double[] of(Matrix value, int p, List<String> names, String model) {
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double d = value.at(j, j);
            if (!(d > 0)) {
                throw new StreamException(model + " cannot be fitted: " + names.get(j) + " is 0 in every row");
            }
            scale[j] = 1 / Math.sqrt(d);
        }
        double[] l = new double[p * p];
        for (int j = 0; j < p; j++) {
            for (int i = j; i < p; i++) {
                double s = value.at(i, j) * scale[i] * scale[j];
                for (int m = 0; m < j; m++) {
                    s -= l[i * p + m] * l[j * p + m];
                }
                if (i > j) {
                    l[i * p + j] = s / l[j * p + j];
                } else if (s >= PIVOT_TOLERANCE) {
                    l[j * p + j] = Math.sqrt(s);
                } else {
                    throw new StreamException(model + " cannot be fitted: " + collinear(value, j, l, p, scale,
                            names));
                }
            }
        }
        double[] inverseL = new double[p * p];
        for (int c = 0; c < p; c++) {
            inverseL[c * p + c] = 1 / l[c * p + c];
            for (int i = c + 1; i < p; i++) {
                double s = 0;
                for (int m = c; m < i; m++) {
                    s -= l[i * p + m] * inverseL[m * p + c];
                }
                inverseL[i * p + c] = s / l[i * p + i];
            }
        }
        double[] out = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                double s = 0;
                for (int m = a; m < p; m++) {
                    s += inverseL[m * p + a] * inverseL[m * p + b];
                }
                out[a * p + b] = s * scale[a] * scale[b];
                out[b * p + a] = out[a * p + b];
            }
        }
        return out;
    }

    /** Column {@code j} regressed on the columns before it through the partial factor: those that take part. */
    private static String collinear(Matrix value, int j, double[] l, int p, double[] scale, List<String> names) {
        double[] forward = new double[j];
        for (int i = 0; i < j; i++) {
            double s = value.at(j, i) * scale[i] * scale[j];
            for (int m = 0; m < i; m++) {
                s -= l[i * p + m] * forward[m];
            }
            forward[i] = s / l[i * p + i];
        }
        double[] coefficient = new double[j];
        for (int i = j - 1; i >= 0; i--) {
            double s = forward[i];
            for (int m = i + 1; m < j; m++) {
                s -= l[m * p + i] * coefficient[m];
            }
            coefficient[i] = s / l[i * p + i];
        }
        List<String> involved = new ArrayList<>();
        for (int i = 0; i < j; i++) {
            if (Math.abs(coefficient[i]) > INVOLVED) {
                involved.add(names.get(i));
            }
        }
        String column = names.get(j);
        boolean intercept = names.get(0).equals(DesignMatrix.INTERCEPT);
        if (intercept && involved.equals(List.of(names.get(0)))) {
            return column + " is constant";
        }
        return involved.isEmpty() ? column + " is (nearly) a combination of the columns before it"
                : column + " is a linear combination of " + String.join(", ", involved);
    }

    /** A symmetric matrix read by entry. */
    interface Matrix {
        double at(int a, int b);
    }
}

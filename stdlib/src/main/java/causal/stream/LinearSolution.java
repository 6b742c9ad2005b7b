package causal.stream;

import java.util.List;

/**
 * The least-squares coefficients solved from {@link CrossProducts}: {@code β = (X'WX)^-1 X'Wy}, with the inverse (the
 * bread of every sandwich covariance) and the residual sum of squares {@code y'Wy - β'X'Wy} from the same sums. That
 * difference cancels when the fit is almost perfect (it keeps about {@code log10(y'Wy / RSS)} fewer digits); a
 * second pass ({@link ScoreCrossProducts#residualSumOfSquares}) gives it from the residuals themselves. Immutable;
 * accessors copy.
 */
public final class LinearSolution {
    private final List<String> names;
    private final double[] coefficients;
    private final double[] inverse;
    private final long rows;
    private final double residualSumOfSquares;

    private LinearSolution(List<String> names, double[] coefficients, double[] inverse, long rows, double rss) {
        this.names = List.copyOf(names);
        this.coefficients = coefficients;
        this.inverse = inverse;
        this.rows = rows;
        this.residualSumOfSquares = rss;
    }

    /**
     * Solves the normal equations of {@code sums}.
     *
     * @throws StreamException when there are no rows, a sum is not finite, or the regressors are collinear (naming
     *                         them)
     */
    public static LinearSolution of(CrossProducts sums) {
        int p = sums.size() - 1;
        if (sums.rows() == 0) {
            throw new StreamException("no complete rows are left to fit the regression of " + sums.spec().outcome());
        }
        for (int a = 0; a <= p; a++) {
            for (int b = a; b <= p; b++) {
                if (!Double.isFinite(sums.value(a, b))) {
                    throw new StreamException("the sums of products of the regression's columns overflow: a value of "
                            + sums.spec().columns() + " is too large");
                }
            }
        }
        List<String> names = sums.spec().coefficientNames();
        double[] inverse = SymmetricInverse.of(sums::value, p, names, "the regression");
        double[] beta = new double[p];
        for (int a = 0; a < p; a++) {
            double s = 0;
            for (int b = 0; b < p; b++) {
                s += inverse[a * p + b] * sums.value(b, p);
            }
            beta[a] = s;
        }
        double explained = 0;
        for (int a = 0; a < p; a++) {
            explained += beta[a] * sums.value(a, p);
        }
        double rss = Math.max(sums.value(p, p) - explained, 0.0);
        return new LinearSolution(names, beta, inverse, sums.rows(), rss);
    }

    /** The intercept, then the regressors. */
    public List<String> names() {
        return names;
    }

    public double coefficient(int j) {
        return coefficients[j];
    }

    public double[] coefficients() {
        return coefficients.clone();
    }

    /** {@code (X'WX)^-1}, row-major {@code p x p} (a copy). */
    public double[] inverse() {
        return inverse.clone();
    }

    double[] bread() {
        return inverse;
    }

    /** Rows used (non-zero weight). */
    public long rows() {
        return rows;
    }

    /** Coefficients, the intercept included. */
    public int parameters() {
        return coefficients.length;
    }

    /** {@code n - p}. */
    public long residualDegreesOfFreedom() {
        return rows - coefficients.length;
    }

    /** {@code y'Wy - β'X'Wy}, from the cross products alone. */
    public double residualSumOfSquares() {
        return residualSumOfSquares;
    }
}

package causal.learn;

/**
 * The lasso by cyclic coordinate descent (Friedman, Hastie and Tibshirani 2010, "Regularization paths for
 * generalized linear models via coordinate descent", J. Stat. Softw. 33(1)): minimizes
 * {@code 1/(2n) Σ (y_i - a - z_i'b)² + λ ‖b‖₁} over standardized features {@code z} (intercept unpenalized), and
 * reports the coefficients on the original scale. Agrees with R's
 * {@code coef(glmnet(x, y, alpha = 1, lambda = λ))}.
 *
 * <p>Uses glmnet's "covariance updates": the {@code p × p} matrix {@code Z'Z/n} is formed once in one pass over
 * the rows, so each sweep costs {@code O(p²)} whatever the number of rows. Sweeps stop when no coefficient moves
 * by more than {@code 1e-13} standard deviations of {@code y}, much tighter than glmnet's default, so the result is
 * the minimum rather than the first iterate close to it.
 */
public final class LassoRegression implements Learner {
    private static final int MAX_SWEEPS = 100_000;
    private static final double TOLERANCE = 1e-13;

    /** The penalty when a script gives none: a fixed value on standardized features, not a cross-validated one. */
    public static final double DEFAULT_LAMBDA = 0.01;

    private final double lambda;

    /** @throws LearnerOptionException naming {@code lambda} unless it is greater than 0 */
    public LassoRegression(double lambda) {
        this.lambda = Checks.positive(lambda, "lambda");
    }

    public double lambda() {
        return lambda;
    }

    /** @throws LearnerException when coordinate descent has not converged after 100,000 sweeps */
    @Override
    public LinearModel fit(double[][] features, double[] target) {
        Checks.trainingSet(features, target);
        StandardizedMoments moments = StandardizedMoments.of(features, target);
        double[] b = descend(moments);
        double[] beta = moments.unscale(b);
        return new LinearModel(moments.intercept(beta), beta);
    }

    private double[] descend(StandardizedMoments m) {
        int p = m.features;
        double[] b = new double[p];
        // gradient[j] = Z_j'(y - ȳ - Z b)/n, kept up to date after every move.
        double[] gradient = m.crossTarget.clone();
        double targetScale = Math.sqrt(m.targetVariance);
        double tolerance = TOLERANCE * (targetScale > 0 ? targetScale : 1);
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double largestMove = 0;
            for (int j = 0; j < p; j++) {
                if (m.isConstant(j)) {
                    continue;
                }
                // Z_j'Z_j/n = 1 on standardized features, so the one-dimensional minimum is a soft threshold.
                double updated = softThreshold(gradient[j] + b[j], lambda);
                double move = updated - b[j];
                if (move != 0) {
                    b[j] = updated;
                    for (int k = 0; k < p; k++) {
                        gradient[k] -= m.gram[k * p + j] * move;
                    }
                    largestMove = Math.max(largestMove, Math.abs(move));
                }
            }
            if (largestMove <= tolerance) {
                return b;
            }
        }
        throw new LearnerException("the lasso did not converge in " + MAX_SWEEPS + " sweeps of coordinate descent");
    }

    private static double softThreshold(double value, double threshold) {
        return value > threshold ? value - threshold : value < -threshold ? value + threshold : 0;
    }
}

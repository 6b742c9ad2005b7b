package causal.learn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Ridge regression in closed form: minimizes {@code 1/(2n) Σ (y_i - a - z_i'b)² + (λ/2) ‖b‖²} over standardized
 * features {@code z} (glmnet's objective with {@code alpha = 0}; intercept unpenalized), by solving
 * {@code (Z'Z/n + λI) b = Z'(y - ȳ)/n}, and reports the coefficients on the original scale.
 *
 * <p>Agrees with this closed form computed in R, and with {@code glmnet(x, y, alpha = 0, lambda = λ · sd(y))}, where
 * {@code sd} divides by {@code n}: glmnet's gaussian family scales {@code y} to unit variance before fitting and
 * does not scale the ridge penalty back.
 */
public final class RidgeRegression implements Learner {
    /** The penalty when a script gives none: a fixed value on standardized features, not a cross-validated one. */
    public static final double DEFAULT_LAMBDA = 0.1;

    private final double lambda;

    /** @throws LearnerOptionException naming {@code lambda} unless it is greater than 0 */
    public RidgeRegression(double lambda) {
        this.lambda = Checks.positive(lambda, "lambda");
    }

    public double lambda() {
        return lambda;
    }

    @Override
    public LinearModel fit(double[][] features, double[] target) {
        Checks.trainingSet(features, target);
        StandardizedMoments moments = StandardizedMoments.of(features, target);
        int p = moments.features;
        DMatrixRMaj a = new DMatrixRMaj(p, p, true, moments.gram);
        for (int j = 0; j < p; j++) {
            a.add(j, j, lambda);
        }
        DMatrixRMaj b = new DMatrixRMaj(p, 1, true, moments.crossTarget);
        DMatrixRMaj solution = new DMatrixRMaj(p, 1);
        // Z'Z/n is positive semi-definite, so adding λ > 0 makes it positive definite and Cholesky cannot fail.
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(p);
        if (!solver.setA(a)) {
            throw new LearnerException("ridge regression could not solve its equations (lambda " + lambda
                    + " is too small for these features)");
        }
        solver.solve(b, solution);
        double[] beta = moments.unscale(solution.getData());
        return new LinearModel(moments.intercept(beta), beta);
    }
}

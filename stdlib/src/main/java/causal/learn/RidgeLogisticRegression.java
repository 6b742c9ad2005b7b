package causal.learn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Logistic regression with an L2 penalty by Newton's method: minimizes
 * {@code (1/n) Σ [log(1 + e^η_i) - y_i η_i] + (λ/2) ‖b‖²}, {@code η = a + z'b}, over standardized features (glmnet's
 * binomial objective with {@code alpha = 0}; intercept unpenalized). The objective is strictly convex in {@code b},
 * so Newton steps, halved whenever the objective would rise, converge to its minimum to machine precision.
 */
final class RidgeLogisticRegression {
    private static final int MAX_ITERATIONS = 100;
    private static final int MAX_HALVINGS = 50;
    private static final double TOLERANCE = 1e-12;

    private RidgeLogisticRegression() {
    }

    /** Not modified: x, y (0s and 1s, both present). */
    static LogisticModel fit(double[][] x, double[] y, double lambda) {
        StandardizedMoments m = StandardizedMoments.of(x, y);
        int k = m.features + 1;
        double[] theta = new double[k];
        theta[0] = Math.log(m.targetMean / (1 - m.targetMean));
        Pass pass = Pass.at(theta, x, y, m, lambda);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] step = newtonStep(pass, theta, m, lambda);
            double[] next = add(theta, step);
            Pass nextPass = Pass.at(next, x, y, m, lambda);
            for (int h = 0; h < MAX_HALVINGS && nextPass.objective > pass.objective; h++) {
                for (int j = 0; j < k; j++) {
                    step[j] /= 2;
                }
                next = add(theta, step);
                nextPass = Pass.at(next, x, y, m, lambda);
            }
            theta = next;
            pass = nextPass;
            if (largest(step) <= TOLERANCE * (1 + largest(theta))) {
                double[] beta = m.unscale(java.util.Arrays.copyOfRange(theta, 1, k));
                double intercept = theta[0];
                for (int j = 0; j < m.features; j++) {
                    intercept -= m.means[j] * beta[j];
                }
                return new LogisticModel(intercept, beta);
            }
        }
        throw new LearnerException("the penalized logistic regression did not converge in " + MAX_ITERATIONS
                + " Newton steps");
    }

    /** Solves {@code (H/n + λD) step = gradient/n - λDθ}, D the identity without the intercept. */
    private static double[] newtonStep(Pass pass, double[] theta, StandardizedMoments m, double lambda) {
        int k = theta.length;
        double n = m.rows;
        DMatrixRMaj hessian = new DMatrixRMaj(k, k);
        DMatrixRMaj rhs = new DMatrixRMaj(k, 1);
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                hessian.set(a, b, pass.hessian[a * k + b] / n);
            }
            double penalty = a == 0 ? 0 : lambda;
            hessian.add(a, a, penalty);
            rhs.set(a, 0, pass.gradient[a] / n - penalty * theta[a]);
        }
        DMatrixRMaj step = new DMatrixRMaj(k, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(k);
        if (!solver.setA(hessian)) {
            throw new LearnerException("the penalized logistic regression has fitted probabilities of exactly 0 "
                    + "or 1; increase lambda");
        }
        solver.solve(rhs, step);
        return step.getData();
    }

    private static double[] add(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            out[j] = a[j] + b[j];
        }
        return out;
    }

    private static double largest(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** One pass over the rows at θ: the penalized objective, the log-likelihood's gradient and its Hessian. */
    private record Pass(double objective, double[] gradient, double[] hessian) {

        static Pass at(double[] theta, double[][] x, double[] y, StandardizedMoments m, double lambda) {
            int p = m.features;
            int k = p + 1;
            double[] gradient = new double[k];
            double[] hessian = new double[k * k];
            double[][] block = new double[k][DesignMatrix.BLOCK_ROWS];
            double[] weight = new double[DesignMatrix.BLOCK_ROWS];
            double[] residual = new double[DesignMatrix.BLOCK_ROWS];
            double[][] scratch = GramMatrix.scratch(k);
            double loss = 0;
            for (int from = 0; from < m.rows; from += DesignMatrix.BLOCK_ROWS) {
                int length = Math.min(DesignMatrix.BLOCK_ROWS, m.rows - from);
                standardizedBlock(x, m, from, length, block);
                for (int i = 0; i < length; i++) {
                    double eta = theta[0];
                    for (int j = 1; j < k; j++) {
                        eta += theta[j] * block[j][i];
                    }
                    double mu = 1 / (1 + Math.exp(-eta));
                    double yi = y[from + i];
                    weight[i] = mu * (1 - mu);
                    residual[i] = yi - mu;
                    // log(1 + e^η) - yη, without overflow for large |η|.
                    loss += Math.max(eta, 0) + Math.log1p(Math.exp(-Math.abs(eta))) - yi * eta;
                }
                for (int j = 0; j < k; j++) {
                    gradient[j] += GramMatrix.dot(block[j], residual, length);
                }
                GramMatrix.accumulate(block, k, length, weight, hessian, scratch);
            }
            GramMatrix.symmetrize(hessian, k);
            double penalty = 0;
            for (int j = 1; j < k; j++) {
                penalty += theta[j] * theta[j];
            }
            return new Pass(loss / m.rows + lambda / 2 * penalty, gradient, hessian);
        }

        /** Rows {@code from ..} of {@code [1, z_1 .. z_p]} into {@code block}; a constant feature gives zeros. */
        private static void standardizedBlock(double[][] x, StandardizedMoments m, int from, int length,
                double[][] block) {
            java.util.Arrays.fill(block[0], 0, length, 1.0);
            for (int j = 0; j < m.features; j++) {
                double[] out = block[j + 1];
                if (m.isConstant(j)) {
                    java.util.Arrays.fill(out, 0, length, 0.0);
                    continue;
                }
                double mean = m.means[j];
                double inverseScale = 1 / m.scales[j];
                for (int i = 0; i < length; i++) {
                    out[i] = (x[j][from + i] - mean) * inverseScale;
                }
            }
        }
    }
}

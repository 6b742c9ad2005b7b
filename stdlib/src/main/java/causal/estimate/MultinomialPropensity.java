package causal.estimate;

import causal.learn.DesignMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The multinomial logistic propensity of a treatment with K levels, P(T = k | x) = exp(x'β_k) / Σ_l exp(x'β_l)
 * with β of the first level 0, fitted by Newton-Raphson on the log-likelihood (as R's {@code nnet::multinom}
 * without decay and statsmodels' {@code MNLogit}).
 */
final class MultinomialPropensity {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    private MultinomialPropensity() {
    }

    /**
     * Each row's probability of each level, {@code [row][level]}, for level codes {@code 0 .. levels − 1} in
     * {@code t}.
     *
     * @throws EstimationException when the fit does not converge or the covariates are collinear (or separate
     *     the levels)
     */
    static double[][] fit(DesignMatrix x, int[] t, int levels) {
        int n = t.length;
        int p = x.columns();
        int q = (levels - 1) * p;
        double[][] columns = new double[p][];
        for (int j = 0; j < p; j++) {
            columns[j] = x.column(j);
        }
        double[] beta = new double[q];
        double[][] prob = new double[n][levels];
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(q);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            probabilities(columns, beta, levels, prob);
            DMatrixRMaj gradient = new DMatrixRMaj(q, 1);
            DMatrixRMaj information = new DMatrixRMaj(q, q);
            double[] xi = new double[p];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    xi[j] = columns[j][i];
                }
                for (int k = 1; k < levels; k++) {
                    double residual = (t[i] == k ? 1 : 0) - prob[i][k];
                    for (int j = 0; j < p; j++) {
                        gradient.data[(k - 1) * p + j] += residual * xi[j];
                    }
                    for (int l = 1; l < levels; l++) {
                        double w = (k == l ? prob[i][k] : 0) - prob[i][k] * prob[i][l];
                        for (int a = 0; a < p; a++) {
                            int row = ((k - 1) * p + a) * q + (l - 1) * p;
                            for (int b = 0; b < p; b++) {
                                information.data[row + b] += w * xi[a] * xi[b];
                            }
                        }
                    }
                }
            }
            if (!solver.setA(information)) {
                throw new EstimationException("the multinomial propensity model cannot be fitted: the covariates "
                        + "are collinear, or they separate the treatment's levels perfectly");
            }
            DMatrixRMaj step = new DMatrixRMaj(q, 1);
            solver.solve(gradient, step);
            double largest = 0;
            for (int j = 0; j < q; j++) {
                beta[j] += step.data[j];
                largest = Math.max(largest, Math.abs(step.data[j]));
            }
            if (!Double.isFinite(largest)) {
                break;
            }
            if (largest < TOLERANCE) {
                probabilities(columns, beta, levels, prob);
                return prob;
            }
        }
        throw new EstimationException("the multinomial propensity model did not converge: the covariates may "
                + "separate the treatment's levels (some level is never or always chosen for some covariates)");
    }

    private static void probabilities(double[][] columns, double[] beta, int levels, double[][] prob) {
        int p = columns.length;
        for (int i = 0; i < prob.length; i++) {
            double largest = 0;
            double[] eta = new double[levels];
            for (int k = 1; k < levels; k++) {
                double s = 0;
                for (int j = 0; j < p; j++) {
                    s += columns[j][i] * beta[(k - 1) * p + j];
                }
                eta[k] = s;
                largest = Math.max(largest, s);
            }
            double total = 0;
            for (int k = 0; k < levels; k++) {
                prob[i][k] = Math.exp(eta[k] - largest);
                total += prob[i][k];
            }
            for (int k = 0; k < levels; k++) {
                prob[i][k] /= total;
            }
        }
    }
}

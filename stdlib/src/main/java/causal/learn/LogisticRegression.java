package causal.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Logistic regression by iteratively reweighted least squares, as R's {@code glm(y ~ X, family = binomial)}: the
 * same starting values ({@code mu = (y + 0.5) / 2}), working weights and response, and the same stopping rule
 * ({@code |dev - dev_old| / (|dev| + 0.1) < 1e-8}, {@code glm.control()}'s epsilon), so that it stops at the same
 * iterate as R and agrees with R's coefficients far more closely than with the exact maximum (about 1e-8
 * relative away). Each iteration is one pass over the rows.
 */
public final class LogisticRegression {
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-8;
    private static final double NUMERICALLY_ZERO = 10 * Math.ulp(1.0);
    /** R's logit inverse link clamps the linear predictor to ±30 so that working weights never vanish. */
    private static final double ETA_BOUND = 30;

    private LogisticRegression() {
    }

    /** Fits on column-major regressors (include a column of ones for an intercept). Not modified: the arrays. */
    public static LogisticFit fit(double[][] columns, double[] y) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < columns.length; j++) {
            names.add("x" + j);
        }
        return fit(DesignMatrix.ofColumns(names, columns), y);
    }

    /**
     * Fits {@code P(y = 1) = logistic(X beta)}; {@code y} holds 0s and 1s. Not modified: x, y.
     *
     * @throws CollinearColumnsException when the regressors are collinear
     * @throws PerfectSeparationException when the likelihood has no maximum (the regressors separate y)
     */
    public static LogisticFit fit(DesignMatrix x, double[] y) {
        int n = x.rows();
        int p = x.columns();
        double[] eta = new double[n];
        double[] beta = null;
        double previousDeviance = Double.NaN;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            Pass pass = weightedPass(x, y, beta, eta);
            if (!Double.isFinite(pass.deviance)) {
                break;
            }
            if (beta != null && Math.abs(pass.deviance - previousDeviance) / (Math.abs(pass.deviance) + 0.1) < TOLERANCE) {
                return finish(x, beta, eta, iteration - 1, pass.deviance);
            }
            previousDeviance = pass.deviance;
            double[] inverse = GramMatrix.inverse(pass.gram, p + 1, p, x.names());
            beta = solve(inverse, pass.gram, p);
        }
        throw new PerfectSeparationException("the logistic model did not converge: the covariates separate the two "
                + "groups (some fitted probabilities are 0 or 1)");
    }

    private static LogisticFit finish(DesignMatrix x, double[] beta, double[] eta, int iterations, double deviance) {
        double[] probabilities = new double[eta.length];
        for (int i = 0; i < eta.length; i++) {
            probabilities[i] = logistic(eta[i]);
            // R's glm warns "fitted probabilities numerically 0 or 1 occurred" at the same bound.
            if (probabilities[i] < NUMERICALLY_ZERO || probabilities[i] > 1 - NUMERICALLY_ZERO) {
                throw new PerfectSeparationException("the covariates separate the two groups: row " + (i + 1)
                        + " has a fitted probability of " + (probabilities[i] < 0.5 ? "0" : "1"));
            }
        }
        return new LogisticFit(x.names(), beta, probabilities, iterations, deviance);
    }

    private record Pass(double[] gram, double deviance) {
    }

    /**
     * With {@code beta} (or R's starting values when null): stores the linear predictor in {@code eta}, returns the
     * deviance and the cross products of {@code [X z]} under the working weights {@code mu (1 - mu)}.
     */
    private static Pass weightedPass(DesignMatrix x, double[] y, double[] beta, double[] eta) {
        int n = x.rows();
        int p = x.columns();
        int k = p + 1;
        double[] gram = new double[k * k];
        double[][] block = x.newBlock(1);
        double[] weight = new double[DesignMatrix.BLOCK_ROWS];
        double[][] scratch = GramMatrix.scratch(k);
        double deviance = 0;
        for (int from = 0; from < n; from += DesignMatrix.BLOCK_ROWS) {
            int length = Math.min(DesignMatrix.BLOCK_ROWS, n - from);
            x.fill(from, length, block);
            double[] z = block[p];
            if (beta == null) {
                for (int i = 0; i < length; i++) {
                    double mu = (y[from + i] + 0.5) / 2;
                    eta[from + i] = Math.log(mu / (1 - mu));
                }
            } else {
                java.util.Arrays.fill(eta, from, from + length, 0.0);
                for (int j = 0; j < p; j++) {
                    double b = beta[j];
                    double[] column = block[j];
                    for (int i = 0; i < length; i++) {
                        eta[from + i] += b * column[i];
                    }
                }
            }
            for (int i = 0; i < length; i++) {
                double e = eta[from + i];
                double mu = logistic(e);
                double yi = y[from + i];
                double w = mu * (1 - mu);
                weight[i] = w;
                z[i] = e + (yi - mu) / w;
                deviance += yi == 1.0 ? -2 * Math.log(mu) : -2 * Math.log1p(-mu);
            }
            GramMatrix.accumulate(block, k, length, weight, gram, scratch);
        }
        GramMatrix.symmetrize(gram, k);
        return new Pass(gram, deviance);
    }

    private static double[] solve(double[] inverse, double[] gram, int p) {
        int k = p + 1;
        double[] beta = new double[p];
        for (int a = 0; a < p; a++) {
            double s = 0;
            for (int b = 0; b < p; b++) {
                s += inverse[a * p + b] * gram[b * k + p];
            }
            beta[a] = s;
        }
        return beta;
    }

    /** R's {@code binomial()$linkinv}: {@code e^eta / (1 + e^eta)} with eta clamped to ±30. */
    static double logistic(double eta) {
        double t = eta < -ETA_BOUND ? Math.ulp(1.0) : eta > ETA_BOUND ? 1 / Math.ulp(1.0) : Math.exp(eta);
        return t / (1 + t);
    }
}

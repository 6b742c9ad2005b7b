package causal.stream;

import causal.learn.CovarianceType;
import causal.learn.SandwichCovariance;

/**
 * Covariance matrices of streamed least-squares coefficients from their sums, as R's {@code vcov} and
 * {@code sandwich} package give them for an {@code lm} fit with weights: bread {@code (X'WX)^-1}, scores
 * {@code w_i e_i x_i}. Results are row-major {@code p x p}.
 */
public final class RegressionCovariance {
    private RegressionCovariance() {
    }

    /** {@code σ² (X'WX)^-1}, {@code σ² = RSS / (n - p)} with the RSS from the cross products (one pass). */
    public static double[] classical(LinearSolution fit) {
        double sigma2 = fit.residualSumOfSquares() / fit.residualDegreesOfFreedom();
        double[] out = fit.inverse();
        for (int i = 0; i < out.length; i++) {
            out[i] *= sigma2;
        }
        return out;
    }

    /**
     * {@code sandwich::vcovHC(fit, type = …)} of the meat's type: HC0 and HC3 as they are, HC1 times
     * {@code n / (n - p)}.
     */
    public static double[] heteroskedastic(LinearSolution fit, ScoreCrossProducts meat) {
        int p = fit.parameters();
        double[] m = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                m[a * p + b] = meat.value(a, b);
            }
        }
        double factor = meat.type() == CovarianceType.HC1
                ? (double) fit.rows() / fit.residualDegreesOfFreedom() : 1.0;
        return SandwichCovariance.sandwich(fit.bread(), m, p, factor);
    }

    /**
     * CR1, {@code sandwich::vcovCL(fit, cluster = g, type = "HC1")}: the meat {@code Σ_g u_g u_g'} times
     * {@code G / (G - 1) · (n - 1) / (n - p)}.
     *
     * @throws StreamException with fewer than two clusters
     */
    public static double[] clustered(LinearSolution fit, ClusterScores scores) {
        return clustered(fit, scores.meat(), scores.clusters());
    }

    /** CR1 from a meat {@code Σ_g u_g u_g'} (row-major) over {@code clusters} clusters computed elsewhere. */
    public static double[] clustered(LinearSolution fit, double[] meat, long clusters) {
        if (clusters < 2) {
            throw new StreamException("cluster-robust standard errors need at least 2 clusters, and there are "
                    + clusters);
        }
        long n = fit.rows();
        int p = fit.parameters();
        double factor = (double) clusters / (clusters - 1) * (n - 1.0) / (n - p);
        return SandwichCovariance.sandwich(fit.bread(), meat, p, factor);
    }
}

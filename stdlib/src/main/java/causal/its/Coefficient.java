package causal.its;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * One coefficient of a segmented regression with its Newey-West standard error and normal inference, as
 * statsmodels' {@code OLS.fit(cov_type = "HAC")} reports it ({@code use_t} is false for robust covariances there).
 */
public record Coefficient(String name, double estimate, double stdError, double z, double pValue, double ciLow,
        double ciHigh) {

    static Coefficient normal(String name, double estimate, double stdError, double confidenceLevel) {
        NormalDistribution normal = new NormalDistribution(null, 0, 1, 1e-14);
        double quantile = normal.inverseCumulativeProbability(0.5 + confidenceLevel / 2);
        double z = estimate / stdError;
        return new Coefficient(name, estimate, stdError, z, 2 * normal.cumulativeProbability(-Math.abs(z)),
                estimate - quantile * stdError, estimate + quantile * stdError);
    }
}

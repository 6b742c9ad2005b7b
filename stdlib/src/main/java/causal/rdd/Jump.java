package causal.rdd;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A jump at the cutoff with normal (Wald) inference, as rdrobust reports each row of its table: {@code z =
 * estimate / stdError}, two-sided p-value, and the interval {@code estimate ± z_{(1+level)/2} stdError}.
 */
public record Jump(double estimate, double stdError, double z, double pValue, double ciLow, double ciHigh) {

    static Jump normal(double estimate, double stdError, double confidenceLevel) {
        NormalDistribution normal = new NormalDistribution(null, 0, 1, 1e-14);
        double quantile = normal.inverseCumulativeProbability(0.5 + confidenceLevel / 2);
        double z = estimate / stdError;
        double p = 2 * normal.cumulativeProbability(-Math.abs(z));
        return new Jump(estimate, stdError, z, p, estimate - quantile * stdError, estimate + quantile * stdError);
    }
}

package causal.panel;

import org.apache.commons.math3.distribution.TDistribution;

/** Wald inference with Student's t, as {@code lmtest::coeftest} and fixest's coefficient table. */
final class StudentT {
    private final TDistribution distribution;
    private final double quantile;

    StudentT(int degreesOfFreedom, double confidenceLevel) {
        this.distribution = new TDistribution(null, degreesOfFreedom, 1e-14);
        this.quantile = distribution.inverseCumulativeProbability(0.5 + confidenceLevel / 2);
    }

    Coefficient coefficient(String name, double estimate, double stdError) {
        double t = estimate / stdError;
        double p = 2 * distribution.cumulativeProbability(-Math.abs(t));
        return new Coefficient(name, estimate, stdError, t, p, estimate - quantile * stdError,
                estimate + quantile * stdError);
    }
}

package causal.panel;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Wald inference with the standard normal, as did's {@code qnorm(1 - alp/2)} intervals. */
final class NormalWald {
    private static final NormalDistribution Z = new NormalDistribution(null, 0, 1, 1e-14);

    private NormalWald() {
    }

    /** The two-sided quantile z_{1 − α/2} for confidence level 1 − α. */
    static double quantile(double confidenceLevel) {
        return Z.inverseCumulativeProbability(0.5 + confidenceLevel / 2);
    }

    /** P(|Z| ≥ |estimate / stdError|); NaN when the standard error is not a number. */
    static double pValue(double estimate, double stdError) {
        return Double.isNaN(stdError) ? Double.NaN : 2 * Z.cumulativeProbability(-Math.abs(estimate / stdError));
    }
}

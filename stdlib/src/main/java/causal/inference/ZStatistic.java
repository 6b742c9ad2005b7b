package causal.inference;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;

/** Two-sided inference for a statistic that is standard normal under the null: its p-value and critical values. */
public final class ZStatistic {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /** {@code z_{0.975}} = 1.959964, the half-width of a 95% interval in standard errors: R's {@code qnorm(0.975)}. */
    public static final double CRITICAL_95 = critical(0.95);

    private ZStatistic() {
    }

    /**
     * {@code P(|Z| ≥ |z|) = 2Φ(−|z|)}, computed as {@code erfc(|z|/√2)} (the same number as {@code 2 * pnorm(-abs(z))}
     * down to the smallest normal double, and still accurate below it). NaN for NaN.
     */
    public static double pValue(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    /** {@code z} with {@code P(|Z| ≤ z) = confidenceLevel}: R's {@code qnorm(0.5 + level / 2)}. */
    public static double critical(double confidenceLevel) {
        return quantile(0.5 + confidenceLevel / 2);
    }

    /**
     * {@code z} with {@code P(|Z| > z) = alpha}: R's {@code qnorm(1 - alpha / 2)}. For callers that take a test's
     * {@code alpha} rather than a confidence level: {@code critical(1 - alpha)} can differ from it in the last bit.
     */
    public static double criticalForAlpha(double alpha) {
        return quantile(1 - alpha / 2);
    }

    /** {@code Φ⁻¹(p)}: R's {@code qnorm(p)}. */
    public static double quantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }
}

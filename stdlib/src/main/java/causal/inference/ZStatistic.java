package causal.inference;

/** Two-sided inference for a statistic that is standard normal under the null: its p-value and critical values. */
public final class ZStatistic {
    /** {@code z_{0.975}} = 1.959964, the half-width of a 95% interval in standard errors: R's {@code qnorm(0.975)}. */
    public static final double CRITICAL_95 = critical(0.95);

    private ZStatistic() {
    }

    /**
     * {@code P(|Z| ≥ |z|) = 2Φ(−|z|)}, R's {@code 2 * pnorm(-abs(z))} to about 1e-15 relative down to the smallest
     * double. NaN for NaN.
     */
    public static double pValue(double z) {
        return 2 * SpecialFunctions.normalUpperTail(Math.abs(z));
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

    /** {@code Φ(z)}, R's {@code pnorm(z)}: accurate in both tails. */
    public static double cumulative(double z) {
        return z < 0 ? SpecialFunctions.normalUpperTail(-z) : 1 - SpecialFunctions.normalUpperTail(z);
    }

    /** The standard normal density {@code φ(z)}. */
    public static double density(double z) {
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }

    /**
     * {@code Φ⁻¹(p)}: R's {@code qnorm(p)}. Abramowitz and Stegun's 26.2.23 (within 4.5e-4) refined by Halley steps on
     * the smaller tail, whose probability {@code min(p, 1 − p)} is exact, until the step is below two ulps.
     */
    public static double quantile(double p) {
        return SpecialFunctions.symmetricQuantile(p, ZStatistic::upperQuantile);
    }

    /** {@code z > 0} with {@code 1 − Φ(z) = tail}, for {@code 0 < tail < 1/2}. */
    private static double upperQuantile(double tail) {
        double s = Math.sqrt(-2 * Math.log(tail));
        double z = s - (2.515517 + s * (0.802853 + s * 0.010328)) / (1 + s * (1.432788 + s * (0.189269 + s * 0.001308)));
        for (int i = 0; i < 50; i++) {
            // Solve Q(z) = tail for the upper-tail probability Q = 1 − Φ: Q' = −φ, Q'' = zφ.
            double step = (SpecialFunctions.normalUpperTail(z) - tail) / density(z);
            double halley = step / (1 - z * step / 2);
            z += halley;
            if (Math.abs(halley) <= 2 * Math.ulp(z)) {
                break;
            }
        }
        return z;
    }
}

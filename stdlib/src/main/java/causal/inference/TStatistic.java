package causal.inference;

/** Two-sided inference for a statistic that is Student's t under the null: its p-value and critical values. */
public final class TStatistic {
    private TStatistic() {
    }

    /**
     * {@code P(|T_df| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2)}, R's {@code 2 * pt(-abs(t), df)}: the same number as
     * commons-math's {@code 2 * TDistribution.cumulativeProbability(-|t|)} to about 1e-14 relative.
     */
    public static double pValue(double t, double degreesOfFreedom) {
        return 2 * upperTail(Math.abs(t), degreesOfFreedom);
    }

    /** {@code t} with {@code P(|T_df| ≤ t) = confidenceLevel}: R's {@code qt(0.5 + level / 2, df)}. */
    public static double critical(double confidenceLevel, double degreesOfFreedom) {
        return quantile(0.5 + confidenceLevel / 2, degreesOfFreedom);
    }

    /**
     * {@code t} with {@code P(|T_df| > t) = alpha}: R's {@code qt(1 - alpha / 2, df)}. For callers that take a test's
     * {@code alpha} rather than a confidence level: {@code critical(1 - alpha, df)} can differ from it in the last bit.
     */
    public static double criticalForAlpha(double alpha, double degreesOfFreedom) {
        return quantile(1 - alpha / 2, degreesOfFreedom);
    }

    /**
     * {@code P(T_df > t)} for {@code t ≥ 0}: {@code I_{df/(df+t²)}(df/2, 1/2) / 2}, R's {@code pt} to about 1e-14
     * relative up to a few hundred degrees of freedom, within 5e-13 below 8,191 and about 1e-15 from there to 1e7,
     * where the continued fraction runs in double-double (commons-math, used before, was 3e-9 off at 1e7).
     */
    private static double upperTail(double t, double degreesOfFreedom) {
        if (t == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double square = t * t;
        double total = degreesOfFreedom + square;
        return SpecialFunctions.regularizedBeta(degreesOfFreedom / total, square / total, degreesOfFreedom / 2, 0.5) / 2;
    }

    /** The density of {@code T_df} at {@code t}. */
    private static double density(double t, double degreesOfFreedom) {
        return Math.exp(-(degreesOfFreedom + 1) / 2 * Math.log1p(t * t / degreesOfFreedom)
                - 0.5 * Math.log(degreesOfFreedom) - SpecialFunctions.logBeta(degreesOfFreedom / 2, 0.5));
    }

    /**
     * {@code t} with {@code P(T_df ≤ t) = p}: R's {@code qt(p, df)}. Newton steps on the upper tail from the
     * Cornish-Fisher expansion around the normal quantile (exact for 1 and 2 degrees of freedom), kept inside a
     * bracket that bisection narrows whenever a step would leave it.
     */
    static double quantile(double p, double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0)) {
            return Double.NaN;
        }
        return SpecialFunctions.symmetricQuantile(p, tail -> upperQuantile(tail, degreesOfFreedom));
    }

    /** {@code t > 0} with {@code P(T_df > t) = tail}, for {@code 0 < tail < 1/2}. */
    private static double upperQuantile(double tail, double degreesOfFreedom) {
        double t;
        if (degreesOfFreedom == 1) {
            t = 1 / Math.tan(Math.PI * tail);
        } else if (degreesOfFreedom == 2) {
            t = (1 - 2 * tail) / Math.sqrt(2 * tail * (1 - tail));
        } else {
            t = cornishFisher(-ZStatistic.quantile(tail), degreesOfFreedom);
        }
        double low = 0;
        double high = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 200; i++) {
            double gap = upperTail(t, degreesOfFreedom) - tail;
            if (gap == 0) {
                break;
            }
            if (gap > 0) {
                low = t;
            } else {
                high = t;
            }
            double next = t + gap / density(t, degreesOfFreedom);
            if (!(next > low && next < high)) {
                next = high == Double.POSITIVE_INFINITY ? 2 * Math.max(t, 1) : (low + high) / 2;
            }
            if (Math.abs(next - t) <= 2 * Math.ulp(t)) {
                t = next;
                break;
            }
            t = next;
        }
        return t;
    }

    /** The Cornish-Fisher expansion of the t quantile in powers of {@code 1/df} around the normal quantile {@code z}. */
    private static double cornishFisher(double z, double degreesOfFreedom) {
        double z2 = z * z;
        double g1 = z * (z2 + 1) / 4;
        double g2 = z * ((5 * z2 + 16) * z2 + 3) / 96;
        double g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384;
        double g4 = z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92160;
        double v = 1 / degreesOfFreedom;
        double t = z + v * (g1 + v * (g2 + v * (g3 + v * g4)));
        return t > 0 && Double.isFinite(t) ? t : Math.max(z, 1);
    }
}

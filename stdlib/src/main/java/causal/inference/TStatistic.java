package causal.inference;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;

/** Two-sided inference for a statistic that is Student's t under the null: its p-value and critical values. */
public final class TStatistic {
    /** How closely the critical values are solved for: R's {@code qt} agrees to about this. */
    private static final double QUANTILE_ACCURACY = 1e-14;

    private TStatistic() {
    }

    /**
     * {@code P(|T_df| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2)}, R's {@code 2 * pt(-abs(t), df)}: the same number as
     * commons-math's {@code 2 * TDistribution.cumulativeProbability(-|t|)} down to the smallest normal double.
     */
    public static double pValue(double t, double degreesOfFreedom) {
        return Beta.regularizedBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
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

    private static double quantile(double p, double degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom, QUANTILE_ACCURACY).inverseCumulativeProbability(p);
    }
}

package causal.spark;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * 95% Wald intervals and two-sided p-values, computed as {@code causal.estimate}'s estimators compute them (same
 * distributions and accuracy), so that an estimate from Spark prints the same as the one from memory.
 */
record Intervals(double low, double high, double pValue) {

    /** Student t with {@code df} degrees of freedom, as {@code lmtest::coeftest} on an {@code lm} fit. */
    static Intervals studentT(double value, double stdError, double df) {
        TDistribution t = new TDistribution(null, df, 1e-14);
        double q = t.inverseCumulativeProbability(0.975);
        double p = 2 * t.cumulativeProbability(-Math.abs(value / stdError));
        return new Intervals(value - q * stdError, value + q * stdError, p);
    }

    /** Standard normal: estimate ± 1.959964 se. */
    static Intervals normal(double value, double stdError) {
        NormalDistribution z = new NormalDistribution(null, 0, 1, 1e-14);
        double q = z.inverseCumulativeProbability(0.975);
        double p = 2 * z.cumulativeProbability(-Math.abs(value / stdError));
        return new Intervals(value - q * stdError, value + q * stdError, p);
    }
}

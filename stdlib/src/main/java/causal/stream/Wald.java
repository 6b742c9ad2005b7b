package causal.stream;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A 95% Wald interval and two-sided p-value, computed as {@code causal.estimate}'s estimators compute theirs (same
 * distributions and accuracy), so streamed and in-memory results print alike.
 */
record Wald(double low, double high, double pValue) {
    /** Student t with {@code df} degrees of freedom, as {@code lmtest::coeftest} on an {@code lm} fit. */
    static Wald studentT(double value, double stdError, double df) {
        TDistribution t = new TDistribution(null, df, 1e-14);
        double q = t.inverseCumulativeProbability(0.975);
        double p = 2 * t.cumulativeProbability(-Math.abs(value / stdError));
        return new Wald(value - q * stdError, value + q * stdError, p);
    }

    /** Standard normal: estimate ± 1.959964 se. */
    static Wald normal(double value, double stdError) {
        NormalDistribution z = new NormalDistribution(null, 0, 1, 1e-14);
        double q = z.inverseCumulativeProbability(0.975);
        double p = 2 * z.cumulativeProbability(-Math.abs(value / stdError));
        return new Wald(value - q * stdError, value + q * stdError, p);
    }
}

package causal.estimate;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** A 95% Wald interval and two-sided p-value for an estimate and its standard error. */
record Inference(double stdError, double low, double high, double pValue) {

    /** Student t with {@code df} degrees of freedom, as R's {@code lmtest::coeftest} on an {@code lm} fit. */
    static Inference studentT(double value, double stdError, int df) {
        TDistribution t = new TDistribution(null, df, 1e-14);
        double q = t.inverseCumulativeProbability(0.975);
        double p = 2 * t.cumulativeProbability(-Math.abs(value / stdError));
        return new Inference(stdError, value - q * stdError, value + q * stdError, p);
    }

    /** Standard normal: estimate ± 1.959964 se. */
    static Inference normal(double value, double stdError) {
        NormalDistribution z = new NormalDistribution(null, 0, 1, 1e-14);
        double q = z.inverseCumulativeProbability(0.975);
        double p = 2 * z.cumulativeProbability(-Math.abs(value / stdError));
        return new Inference(stdError, value - q * stdError, value + q * stdError, p);
    }
}

package causal.panel;

import causal.inference.WaldInterval;

/**
 * One slope of a fit: the estimate, its standard error, {@code t = estimate / stdError}, the two-sided p-value and
 * the confidence interval {@code estimate ± t_{df, 1 − α/2} · stdError} from Student's t with the fit's
 * {@link FixedEffectsFit#tDegreesOfFreedom()} (fixest's {@code t.df = "min"}).
 */
public record Coefficient(String name, double estimate, double stdError, double tStatistic, double pValue,
        double low, double high) {

    static Coefficient studentT(String name, double estimate, double stdError, int degreesOfFreedom,
            double confidenceLevel) {
        WaldInterval interval = WaldInterval.studentT(estimate, stdError, degreesOfFreedom, confidenceLevel);
        return new Coefficient(name, estimate, stdError, estimate / stdError, interval.pValue(), interval.low(),
                interval.high());
    }
}

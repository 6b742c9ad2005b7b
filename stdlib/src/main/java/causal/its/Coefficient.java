package causal.its;

import causal.inference.WaldInterval;

/**
 * One coefficient of a segmented regression with its Newey-West standard error and normal inference, as
 * statsmodels' {@code OLS.fit(cov_type = "HAC")} reports it ({@code use_t} is false for robust covariances there).
 */
public record Coefficient(String name, double estimate, double stdError, double z, double pValue, double ciLow,
        double ciHigh) {

    static Coefficient normal(String name, double estimate, double stdError, double confidenceLevel) {
        WaldInterval interval = WaldInterval.normal(estimate, stdError, confidenceLevel);
        return new Coefficient(name, estimate, stdError, estimate / stdError, interval.pValue(), interval.low(),
                interval.high());
    }
}

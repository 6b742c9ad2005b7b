package causal.rdd;

import causal.inference.WaldInterval;

/**
 * A jump at the cutoff with normal (Wald) inference, as rdrobust reports each row of its table: {@code z =
 * estimate / stdError}, two-sided p-value, and the interval {@code estimate ± z_{(1+level)/2} stdError}.
 */
public record Jump(double estimate, double stdError, double z, double pValue, double ciLow, double ciHigh) {

    static Jump normal(double estimate, double stdError, double confidenceLevel) {
        WaldInterval interval = WaldInterval.normal(estimate, stdError, confidenceLevel);
        return new Jump(estimate, stdError, estimate / stdError, interval.pValue(), interval.low(), interval.high());
    }
}

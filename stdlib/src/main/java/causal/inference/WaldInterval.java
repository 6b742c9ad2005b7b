package causal.inference;

/**
 * A symmetric interval {@code estimate ± critical · stdError} and the two-sided p-value of {@code estimate = 0}, with
 * the statistic {@code estimate / stdError} referred to the standard normal or to Student's t (the Wald test).
 *
 * @param low the lower end of the interval
 * @param high the upper end of the interval
 * @param pValue the two-sided p-value of {@code estimate = 0}
 */
public record WaldInterval(double low, double high, double pValue) {

    /** With the standard normal, as R's {@code lmtest::coefci(..., df = Inf)} and {@code coeftest(..., df = Inf)}. */
    public static WaldInterval normal(double estimate, double stdError, double confidenceLevel) {
        double critical = ZStatistic.critical(confidenceLevel);
        return new WaldInterval(estimate - critical * stdError, estimate + critical * stdError,
                ZStatistic.pValue(estimate / stdError));
    }

    /** With Student's t on {@code degreesOfFreedom}, as R's {@code lmtest::coefci} and {@code coeftest} on lm. */
    public static WaldInterval studentT(double estimate, double stdError, double degreesOfFreedom,
            double confidenceLevel) {
        double critical = TStatistic.critical(confidenceLevel, degreesOfFreedom);
        return new WaldInterval(estimate - critical * stdError, estimate + critical * stdError,
                TStatistic.pValue(estimate / stdError, degreesOfFreedom));
    }
}

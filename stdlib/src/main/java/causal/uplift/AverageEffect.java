package causal.uplift;

import causal.inference.ZStatistic;
import java.util.OptionalDouble;

/**
 * The average treatment effect over the training rows of an uplift model: the mean predicted CATE, or for the
 * doubly robust learner and the causal forest the mean of the AIPW scores, whose standard deviation over
 * {@code √n} is the standard error (for the S-, T- and X-learners none is defined: {@code stdError} is empty).
 *
 * @param value the estimate
 * @param stdError its standard error, when the method defines one
 * @param n the number of rows averaged over
 * @param method how the average was formed, in words, for the printed result
 */
public record AverageEffect(double value, OptionalDouble stdError, int n, String method) {
    /** The lower end of the normal 95% interval, {@code value - 1.96 se}; empty without a standard error. */
    public OptionalDouble ciLow() {
        return stdError.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(value - ZStatistic.CRITICAL_95 * stdError.getAsDouble());
    }

    /** The upper end of the normal 95% interval, {@code value + 1.96 se}; empty without a standard error. */
    public OptionalDouble ciHigh() {
        return stdError.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(value + ZStatistic.CRITICAL_95 * stdError.getAsDouble());
    }

    /** The two-sided normal p-value of {@code value = 0}; empty without a standard error. */
    public OptionalDouble pValue() {
        if (stdError.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(ZStatistic.pValue(value / stdError.getAsDouble()));
    }
}

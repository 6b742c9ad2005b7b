package causal.uplift;

import java.util.OptionalDouble;
import org.apache.commons.math3.special.Erf;

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
    private static final double Z_975 = 1.959963984540054;

    /** The lower end of the normal 95% interval, {@code value - 1.96 se}; empty without a standard error. */
    public OptionalDouble ciLow() {
        return stdError.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(value - Z_975 * stdError.getAsDouble());
    }

    /** The upper end of the normal 95% interval, {@code value + 1.96 se}; empty without a standard error. */
    public OptionalDouble ciHigh() {
        return stdError.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(value + Z_975 * stdError.getAsDouble());
    }

    /** The two-sided normal p-value of {@code value = 0}; empty without a standard error. */
    public OptionalDouble pValue() {
        if (stdError.isEmpty()) {
            return OptionalDouble.empty();
        }
        double z = Math.abs(value / stdError.getAsDouble());
        return OptionalDouble.of(Erf.erfc(z / Math.sqrt(2)));
    }
}

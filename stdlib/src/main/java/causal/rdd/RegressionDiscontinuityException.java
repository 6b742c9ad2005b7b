package causal.rdd;

/**
 * A regression discontinuity that cannot be estimated as asked: the cutoff outside the running variable's range,
 * too few observations within the bandwidth on one side, a fuzzy treatment that does not jump, an option out of
 * range. The message says what, in words, and names the column or option.
 */
public class RegressionDiscontinuityException extends RuntimeException {
    public RegressionDiscontinuityException(String message) {
        super(message);
    }
}

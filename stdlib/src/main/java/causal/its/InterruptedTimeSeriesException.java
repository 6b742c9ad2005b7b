package causal.its;

/**
 * An interrupted time series that cannot be fitted as asked: no rows before or after the intervention, a repeated
 * period, a missing value, collinear covariates, an option out of range. The message names the column or option.
 */
public class InterruptedTimeSeriesException extends RuntimeException {
    public InterruptedTimeSeriesException(String message) {
        super(message);
    }
}

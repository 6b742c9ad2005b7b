package causal.stream;

import causal.data.DataLocation;
import causal.estimate.EstimationException;

/**
 * A streaming estimate cannot be computed from these data: a column the source lacks or whose type does not suit its
 * role, an infinite value, a treatment that is not 0/1, too few rows, collinear regressors. It is an
 * {@link EstimationException}, so callers report it as they report the in-memory estimators' failures.
 */
public class StreamException extends EstimationException {
    public StreamException(String message) {
        super(message);
    }

    public StreamException(String message, DataLocation location) {
        super(message, location);
    }
}

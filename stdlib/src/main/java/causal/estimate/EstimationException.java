package causal.estimate;

import causal.data.DataLocation;
import java.util.Optional;

/** The data do not suit the estimation method (no treated rows, no overlap, a singular design, …). */
public class EstimationException extends RuntimeException {
    private final transient DataLocation location;

    public EstimationException(String message) {
        this(message, null);
    }

    public EstimationException(String message, DataLocation location) {
        super(message);
        this.location = location;
    }

    /** The cell or column at fault, when there is one. */
    public Optional<DataLocation> location() {
        return Optional.ofNullable(location);
    }
}

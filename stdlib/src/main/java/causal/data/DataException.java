package causal.data;

/** Bad data: a missing or empty file, a cell that does not fit its column, a column of the wrong kind. */
public class DataException extends RuntimeException {
    private final transient DataLocation location;

    public DataException(String message, DataLocation location) {
        super(message);
        this.location = location;
    }

    public DataLocation location() {
        return location;
    }
}

package causal.design;

/** A design's inputs or data do not allow the computation asked for; the message says why, in words. */
public class DesignException extends RuntimeException {
    public DesignException(String message) {
        super(message);
    }
}

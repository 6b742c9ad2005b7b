package causal.panel;

/**
 * A panel that cannot be estimated as asked: a unit with a single row, a regressor the fixed effects absorb, a flag
 * that is not 0/1. The message says what, in words, and names the column.
 */
public class PanelException extends RuntimeException {
    public PanelException(String message) {
        super(message);
    }
}

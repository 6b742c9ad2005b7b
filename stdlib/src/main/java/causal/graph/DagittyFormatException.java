package causal.graph;

/** dagitty text that cannot be read, with the 1-based line and column of the offending token. */
public final class DagittyFormatException extends RuntimeException {
    private final int line;
    private final int column;

    DagittyFormatException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

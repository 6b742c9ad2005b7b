package causal.graph;

import java.util.List;

/** The data cannot test an implied independence: a column is absent, too short, incomplete or collinear. */
public final class IndependenceTestException extends RuntimeException {
    private final List<String> columns;

    IndependenceTestException(String message, List<String> columns) {
        super(message);
        this.columns = List.copyOf(columns);
    }

    /** The columns at fault. */
    public List<String> columns() {
        return columns;
    }
}

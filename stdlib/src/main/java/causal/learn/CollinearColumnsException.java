package causal.learn;

import java.util.List;

/** The design matrix has no full column rank: {@link #columns()} are linearly dependent (the last one on the others). */
public class CollinearColumnsException extends RuntimeException {
    private final List<String> columns;

    public CollinearColumnsException(String message, List<String> columns) {
        super(message);
        this.columns = List.copyOf(columns);
    }

    public List<String> columns() {
        return columns;
    }
}

package causal.estimate;

import java.util.List;

/** The regressors are collinear (or one is constant), so the model has no unique fit. */
public class SingularDesignException extends EstimationException {
    private final List<String> columns;

    public SingularDesignException(String message, List<String> columns) {
        super(message);
        this.columns = List.copyOf(columns);
    }

    /** The design columns involved, the dependent one last (categorical dummies as {@code column=level}). */
    public List<String> columns() {
        return columns;
    }
}

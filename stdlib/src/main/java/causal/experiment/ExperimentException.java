package causal.experiment;

/**
 * An experiment's inputs cannot be analysed (a level outside (0, 1), an arm without rows, no variance…); the
 * message says which input and why, in words, starting lower case and without a final period.
 */
public final class ExperimentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExperimentException(String message) {
        super(message);
    }
}

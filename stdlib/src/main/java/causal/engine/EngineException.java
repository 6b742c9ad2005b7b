package causal.engine;

/**
 * A distributed engine cannot do what the script asked: a master it cannot reach, a file it cannot read, a column
 * that is missing or of the wrong kind, data an estimator cannot use. The message says why in the script's words
 * (the file, column or option); the interpreter reports it at the statement, as it reports its own errors.
 */
public class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}

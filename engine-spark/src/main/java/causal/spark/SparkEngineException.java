package causal.spark;

import causal.engine.EngineException;

/**
 * The Spark engine cannot do what was asked: a master URL it cannot reach, a file it cannot read, a column that is
 * missing or of the wrong kind, data an estimator cannot use. The message names the file, column or option and says
 * why, in the words of the script; Spark's own exception, when there is one, is the cause.
 */
public class SparkEngineException extends EngineException {
    public SparkEngineException(String message) {
        super(message);
    }

    public SparkEngineException(String message, Throwable cause) {
        super(message, cause);
    }
}

package causal.learn;

/**
 * Data a learner cannot fit or predict from: columns of different lengths, a value that is not finite, a
 * classification target that is not 0/1, a model that did not converge. The message says which in words.
 */
public class LearnerException extends RuntimeException {
    public LearnerException(String message) {
        super(message);
    }
}

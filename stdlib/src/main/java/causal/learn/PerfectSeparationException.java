package causal.learn;

/** A logistic model whose maximum-likelihood estimate does not exist: the regressors separate the two outcomes. */
public class PerfectSeparationException extends RuntimeException {
    public PerfectSeparationException(String message) {
        super(message);
    }
}

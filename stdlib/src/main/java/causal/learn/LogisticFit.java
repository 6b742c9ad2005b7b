package causal.learn;

import java.util.List;

/** A logistic regression fitted by maximum likelihood: coefficients and fitted probabilities. Accessors copy. */
public final class LogisticFit {
    private final List<String> names;
    private final double[] coefficients;
    private final double[] probabilities;
    private final int iterations;
    private final double deviance;

    LogisticFit(List<String> names, double[] coefficients, double[] probabilities, int iterations, double deviance) {
        this.names = List.copyOf(names);
        this.coefficients = coefficients;
        this.probabilities = probabilities;
        this.iterations = iterations;
        this.deviance = deviance;
    }

    public List<String> names() {
        return names;
    }

    public double[] coefficients() {
        return coefficients.clone();
    }

    public double coefficient(int j) {
        return coefficients[j];
    }

    /** The fitted {@code P(y = 1 | x_i)} of every row: R's {@code fitted(glm(...))}. A copy. */
    public double[] probabilities() {
        return probabilities.clone();
    }

    public double probability(int row) {
        return probabilities[row];
    }

    /** IRLS iterations, counted as R's {@code glm()$iter}. */
    public int iterations() {
        return iterations;
    }

    /** {@code -2} times the log-likelihood. */
    public double deviance() {
        return deviance;
    }
}

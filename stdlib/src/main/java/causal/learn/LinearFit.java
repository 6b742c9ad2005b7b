package causal.learn;

import java.util.List;

/**
 * A (weighted) least-squares fit, in memory or streamed: coefficients and the inverse cross-product matrix
 * {@code (X'WX)^-1}, the "bread" of every sandwich covariance. Immutable; accessors return copies.
 */
public final class LinearFit {
    private final List<String> names;
    private final double[] coefficients;
    private final double[] inverseGram;
    private final long observations;

    LinearFit(List<String> names, double[] coefficients, double[] inverseGram, long observations) {
        this.names = List.copyOf(names);
        this.coefficients = coefficients;
        this.inverseGram = inverseGram;
        this.observations = observations;
    }

    public List<String> names() {
        return names;
    }

    public double coefficient(int j) {
        return coefficients[j];
    }

    public double[] coefficients() {
        return coefficients.clone();
    }

    /** {@code (X'WX)^-1} as a row-major {@code p x p} array (a copy). */
    public double[] inverseGram() {
        return inverseGram.clone();
    }

    double[] bread() {
        return inverseGram;
    }

    /** Rows with a non-zero weight: the {@code n} of R's {@code lm} with weights. */
    public long observations() {
        return observations;
    }

    public int parameters() {
        return coefficients.length;
    }

    /** {@code n - p}, R's {@code df.residual}. */
    public long residualDegreesOfFreedom() {
        return observations - coefficients.length;
    }
}

package causal.spark;

import java.util.List;
import java.util.OptionalLong;

/**
 * A least-squares fit computed on Spark: coefficients in the order of {@code names} ({@code (intercept)} first), their
 * covariance (row-major, {@code p x p}) of the kind asked for, the rows used and the rows dropped for a missing
 * value, and the number of clusters for clustered standard errors.
 */
public record RegressionFit(List<String> names, List<Double> coefficients, List<Double> covariance, long rows,
        long dropped, String standardErrors, OptionalLong clusters) {

    public RegressionFit {
        names = List.copyOf(names);
        coefficients = List.copyOf(coefficients);
        covariance = List.copyOf(covariance);
    }

    public int parameters() {
        return names.size();
    }

    /** {@code n − p}: the degrees of freedom of every t interval of an {@code lm} fit. */
    public long residualDegreesOfFreedom() {
        return rows - names.size();
    }

    /** The coefficient of regressor {@code name} (a dummy is {@code column=level}). */
    public double coefficient(String name) {
        return coefficients.get(index(name));
    }

    public double standardError(String name) {
        int j = index(name);
        return Math.sqrt(covariance.get(j * names.size() + j));
    }

    private int index(String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new SparkEngineException("the regression has no coefficient " + name + "; it has "
                    + String.join(", ", names));
        }
        return j;
    }
}

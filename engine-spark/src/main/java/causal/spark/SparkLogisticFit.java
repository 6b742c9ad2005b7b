package causal.spark;

import java.util.List;

/**
 * A logistic regression fitted on Spark: coefficients in the order of {@code names} ({@code (intercept)} first), the
 * IRLS iterations taken, the deviance at the coefficients, and the rows used and dropped.
 */
public record SparkLogisticFit(List<String> names, List<Double> coefficients, int iterations, double deviance,
        long rows, long dropped) {

    public SparkLogisticFit {
        names = List.copyOf(names);
        coefficients = List.copyOf(coefficients);
    }

    public double coefficient(String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new SparkEngineException("the logistic model has no coefficient " + name + "; it has "
                    + String.join(", ", names));
        }
        return coefficients.get(j);
    }
}

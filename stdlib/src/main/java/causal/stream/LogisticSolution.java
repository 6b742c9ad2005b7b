package causal.stream;

import java.util.List;

/**
 * A streamed logistic regression: coefficients (intercept first), the IRLS iterations counted as R's
 * {@code glm()$iter}, the deviance, the range of fitted probabilities, the rows used and dropped, and the passes it
 * took (one per iteration plus the one that found convergence). Immutable; accessors copy.
 */
public final class LogisticSolution {
    private final List<String> names;
    private final double[] coefficients;
    private final int iterations;
    private final double deviance;
    private final double minimumProbability;
    private final double maximumProbability;
    private final long rows;
    private final long droppedRows;
    private final int passes;

    LogisticSolution(List<String> names, double[] coefficients, int iterations, LogisticStep last, int passes) {
        this.names = List.copyOf(names);
        this.coefficients = coefficients;
        this.iterations = iterations;
        this.deviance = last.deviance();
        this.minimumProbability = last.minimumProbability();
        this.maximumProbability = last.maximumProbability();
        this.rows = last.rows();
        this.droppedRows = last.droppedRows();
        this.passes = passes;
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

    public int iterations() {
        return iterations;
    }

    /** {@code -2} log-likelihood at the coefficients. */
    public double deviance() {
        return deviance;
    }

    public double minimumProbability() {
        return minimumProbability;
    }

    public double maximumProbability() {
        return maximumProbability;
    }

    public long rows() {
        return rows;
    }

    public long droppedRows() {
        return droppedRows;
    }

    public int passes() {
        return passes;
    }
}

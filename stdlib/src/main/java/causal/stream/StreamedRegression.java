package causal.stream;

import causal.estimate.StandardErrors;
import java.util.OptionalLong;

/**
 * A streamed least-squares fit with its covariance: coefficients, standard errors of the requested kind, the rows used
 * and dropped, the clusters (cluster-robust errors only) and the passes it took. Immutable; accessors copy.
 */
public final class StreamedRegression {
    private final LinearSolution solution;
    private final double[] covariance;
    private final StandardErrors standardErrors;
    private final long droppedRows;
    private final OptionalLong clusters;
    private final int passes;

    StreamedRegression(LinearSolution solution, double[] covariance, StandardErrors standardErrors, long droppedRows,
                       OptionalLong clusters, int passes) {
        this.solution = solution;
        this.covariance = covariance;
        this.standardErrors = standardErrors;
        this.droppedRows = droppedRows;
        this.clusters = clusters;
        this.passes = passes;
    }

    public LinearSolution solution() {
        return solution;
    }

    public double coefficient(int j) {
        return solution.coefficient(j);
    }

    /** {@code sqrt} of the covariance's diagonal entry {@code j}. */
    public double stdError(int j) {
        return Math.sqrt(covariance[j * solution.parameters() + j]);
    }

    /** Row-major {@code p x p} (a copy). */
    public double[] covariance() {
        return covariance.clone();
    }

    public StandardErrors standardErrors() {
        return standardErrors;
    }

    public long rows() {
        return solution.rows();
    }

    public long droppedRows() {
        return droppedRows;
    }

    public OptionalLong clusters() {
        return clusters;
    }

    /** 1 for classical standard errors, 2 for the sandwich kinds (the residuals need the coefficients). */
    public int passes() {
        return passes;
    }
}

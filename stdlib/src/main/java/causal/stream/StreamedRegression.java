package causal.stream;

import causal.estimate.StandardErrors;
import causal.learn.LinearFit;
import java.util.OptionalLong;

/**
 * A streamed least-squares fit with its covariance: coefficients, standard errors of the requested kind, the rows used
 * and dropped, the clusters (cluster-robust errors only) and the passes it took. Immutable; accessors copy.
 */
public final class StreamedRegression {
    private final LinearFit fit;
    private final double[] covariance;
    private final StandardErrors standardErrors;
    private final long droppedRows;
    private final OptionalLong clusters;
    private final int passes;

    StreamedRegression(LinearFit fit, double[] covariance, StandardErrors standardErrors, long droppedRows,
                       OptionalLong clusters, int passes) {
        this.fit = fit;
        this.covariance = covariance;
        this.standardErrors = standardErrors;
        this.droppedRows = droppedRows;
        this.clusters = clusters;
        this.passes = passes;
    }

    public LinearFit fit() {
        return fit;
    }

    public double coefficient(int j) {
        return fit.coefficient(j);
    }

    /** {@code sqrt} of the covariance's diagonal entry {@code j}: NaN when only another coefficient's was summed. */
    public double stdError(int j) {
        return Math.sqrt(covariance[j * fit.parameters() + j]);
    }

    /** Row-major {@code p x p} (a copy); NaN where not computed (one coefficient's variance alone). */
    public double[] covariance() {
        return covariance.clone();
    }

    public StandardErrors standardErrors() {
        return standardErrors;
    }

    /** Rows used (non-zero weight). */
    public long rows() {
        return fit.observations();
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

package causal.stream;

import causal.learn.CollinearColumnsException;
import causal.learn.CrossProductKernel;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;
import java.util.List;

/**
 * The sufficient statistics of a (weighted) least-squares regression: the cross products {@code Σ_i w_i z_i z_i'} of
 * {@code z = (1, x_1 … x_p, y)}, which hold {@code n} (or {@code Σw}), {@code Σx}, {@code X'WX}, {@code X'Wy} and
 * {@code y'Wy}, with the count of rows used and of rows dropped for a missing value. Row {@code a}, column {@code b}
 * of the {@code (p + 2) x (p + 2)} matrix: index 0 is the intercept, {@code 1..p} the regressors, {@code p + 1} the
 * outcome. A SQL engine computes the same as {@code COUNT(*)} and {@code SUM(w * a * b)} over complete rows and
 * hands them over with {@link #ofSums}.
 */
public final class CrossProducts implements Accumulator<CrossProducts> {
    private final RegressionColumns spec;
    private final int size;
    private final double[] sums;
    private long rows;
    private long dropped;

    /** Empty sums for the regression {@code spec}. */
    public CrossProducts(RegressionColumns spec) {
        this.spec = spec;
        this.size = spec.regressors().size() + 2;
        this.sums = new double[size * size];
    }

    /**
     * Sums computed elsewhere: {@code matrix} is the {@code (p + 2) x (p + 2)} cross-product matrix, row-major (only
     * its upper triangle, {@code a <= b}, is read); {@code rows} counts the rows with a non-zero weight,
     * {@code droppedRows} those left out for a missing value. Not modified: matrix.
     */
    public static CrossProducts ofSums(RegressionColumns spec, long rows, long droppedRows, double[] matrix) {
        CrossProducts out = new CrossProducts(spec);
        if (matrix.length != out.sums.length) {
            throw new StreamException("the cross products of " + (out.size - 2) + " regressors form a " + out.size
                    + " x " + out.size + " matrix, not " + matrix.length + " values");
        }
        for (int a = 0; a < out.size; a++) {
            System.arraycopy(matrix, a * out.size + a, out.sums, a * out.size + a, out.size - a);
        }
        out.rows = rows;
        out.dropped = droppedRows;
        return out;
    }

    public RegressionColumns spec() {
        return spec;
    }

    @Override
    public List<String> columns() {
        return spec.columns();
    }

    /** Rows used (with a non-zero weight when weighted). */
    public long rows() {
        return rows;
    }

    /** Rows left out because a column had no value. */
    public long droppedRows() {
        return dropped;
    }

    /** {@code p + 2}: intercept, regressors, outcome. */
    public int size() {
        return size;
    }

    /** {@code Σ w z_a z_b}. */
    public double value(int a, int b) {
        return a <= b ? sums[a * size + b] : sums[b * size + a];
    }

    /**
     * The least-squares fit these sums hold, solved as the in-memory fit is ({@link LinearRegression#solve}).
     *
     * @throws StreamException when there are no rows, a sum is not finite, or the regressors are collinear (naming
     *                         them)
     */
    public LinearFit solve() {
        if (rows == 0) {
            throw new StreamException("no complete rows are left to fit the regression of " + spec.outcome());
        }
        double[] gram = new double[sums.length];
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                gram[a * size + b] = value(a, b);
                if (!Double.isFinite(gram[a * size + b])) {
                    throw new StreamException("the sums of products of the regression's columns overflow: a value of "
                            + spec.columns() + " is too large");
                }
            }
        }
        try {
            return LinearRegression.solve(gram, spec.coefficientNames(), rows);
        } catch (CollinearColumnsException e) {
            throw new StreamException("the regression cannot be fitted: " + e.getMessage());
        }
    }

    /**
     * {@code y'Wy - β'X'Wy}, the residual sum of squares of {@code fit} from these sums alone. The difference cancels
     * when the fit is almost perfect (it keeps about {@code log10(y'Wy / RSS)} fewer digits); a second pass
     * ({@link ScoreCrossProducts#residualSumOfSquares}) sums it from the residuals themselves.
     */
    public double residualSumOfSquares(LinearFit fit) {
        int p = size - 1;
        double explained = 0;
        for (int a = 0; a < p; a++) {
            explained += fit.coefficient(a) * value(a, p);
        }
        return Math.max(value(p, p) - explained, 0.0);
    }

    @Override
    public void add(RowBatch batch) {
        RegressionRows chunk = new RegressionRows(spec, Math.min(RegressionRows.CHUNK, batch.rows()));
        chunk.bind(batch);
        double[][] weighted = chunk.w == null ? null : new double[chunk.z.length][chunk.capacity];
        double[] local = new double[size * size];
        for (int from = 0; from < batch.rows(); from += RegressionRows.CHUNK) {
            int count = Math.min(RegressionRows.CHUNK, batch.rows() - from);
            if (chunk.viewable()) {
                chunk.view(from, count);
            } else {
                chunk.copy(from, count);
            }
            sumChunk(chunk, weighted, local);
            if (!firstRowFinite(local) || !chunk.othersComplete(from, count)) {
                dropped += chunk.copyComplete(from, count);
                sumChunk(chunk, weighted, local);
            }
            rows += chunk.weightedCount();
            for (int a = 0; a < size; a++) {
                for (int b = a; b < size; b++) {
                    sums[a * size + b] += local[a * size + b];
                }
            }
        }
    }

    private void sumChunk(RegressionRows chunk, double[][] weighted, double[] local) {
        java.util.Arrays.fill(local, 0.0);
        if (chunk.w == null) {
            CrossProductKernel.addUpper(chunk.columns, chunk.offset, chunk.columns, chunk.offset, size, chunk.length,
                    true, local, size);
            return;
        }
        CrossProductKernel.addWeightedUpper(chunk.w, chunk.z, size, chunk.length, true, weighted, local, size);
    }

    // Row 0 holds the (weighted) column sums: a missing or infinite value anywhere in the chunk makes one non-finite.
    private boolean firstRowFinite(double[] local) {
        double check = 0;
        for (int b = 0; b < size; b++) {
            check += local[b] * 0.0;
        }
        return check == 0.0;
    }

    @Override
    public void merge(CrossProducts later) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += later.sums[i];
        }
        rows += later.rows;
        dropped += later.dropped;
    }
}

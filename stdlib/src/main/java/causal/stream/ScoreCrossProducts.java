package causal.stream;

import causal.learn.CovarianceType;
import causal.learn.CrossProductKernel;
import causal.learn.LinearFit;
import causal.learn.VectorCrossProducts;
import java.util.List;

/**
 * The meat of a heteroskedasticity-consistent covariance, summed in a second pass once the coefficients are known:
 * {@code Σ_i s_i² x_i x_i'} with the score {@code s_i = w_i e_i}, {@code e_i = y_i - x_i'β} (HC0 and HC1), or with
 * {@code s_i² / (1 - h_i)²}, {@code h_i = w_i x_i'(X'WX)^-1 x_i} (HC3), as R's {@code sandwich} package forms it for
 * an {@code lm} fit. Also sums the residual sum of squares {@code Σ w e²} from the residuals themselves. A SQL engine
 * computes the same given β ({@code SUM(POW(w * (y - …), 2) * a * b)}) and hands it over with {@link #ofSums}.
 */
public final class ScoreCrossProducts implements Accumulator<ScoreCrossProducts> {
    private final RegressionColumns spec;
    private final double[] beta;
    private final double[] bread;
    private final CovarianceType type;
    private final int size;
    private final double[] sums;
    private long rows;
    private long dropped;
    private double residualSumOfSquares;

    /** Empty sums for the residuals of {@code fit}, a fit of {@code spec}. */
    public ScoreCrossProducts(RegressionColumns spec, LinearFit fit, CovarianceType type) {
        spec.requireFitOf(fit);
        this.spec = spec;
        this.beta = fit.coefficients();
        this.bread = fit.inverseGram();
        this.type = type;
        this.size = fit.parameters();
        this.sums = new double[size * size];
    }

    /**
     * Sums computed elsewhere: {@code matrix} is the {@code p x p} meat, row-major (upper triangle read);
     * {@code rows} and {@code droppedRows} as {@link CrossProducts#ofSums}. Not modified: matrix.
     */
    public static ScoreCrossProducts ofSums(RegressionColumns spec, LinearFit fit, CovarianceType type,
                                            long rows, long droppedRows, double residualSumOfSquares,
                                            double[] matrix) {
        ScoreCrossProducts out = new ScoreCrossProducts(spec, fit, type);
        if (matrix.length != out.sums.length) {
            throw new StreamException("the meat of " + out.size + " coefficients is a " + out.size + " x " + out.size
                    + " matrix, not " + matrix.length + " values");
        }
        for (int a = 0; a < out.size; a++) {
            System.arraycopy(matrix, a * out.size + a, out.sums, a * out.size + a, out.size - a);
        }
        out.rows = rows;
        out.dropped = droppedRows;
        out.residualSumOfSquares = residualSumOfSquares;
        return out;
    }

    @Override
    public List<String> columns() {
        return spec.columns();
    }

    public CovarianceType type() {
        return type;
    }

    public long rows() {
        return rows;
    }

    public long droppedRows() {
        return dropped;
    }

    /** {@code Σ w e²} over the rows used. */
    public double residualSumOfSquares() {
        return residualSumOfSquares;
    }

    /** Entry {@code (a, b)} of the meat. */
    public double value(int a, int b) {
        return a <= b ? sums[a * size + b] : sums[b * size + a];
    }

    /** The meat, row-major {@code p x p}. */
    public double[] meat() {
        double[] meat = new double[size * size];
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                meat[a * size + b] = value(a, b);
            }
        }
        return meat;
    }

    @Override
    public void add(RowBatch batch) {
        RegressionRows chunk = new RegressionRows(spec, Math.min(RegressionRows.CHUNK, batch.rows()));
        chunk.bind(batch);
        double[][] left = new double[chunk.z.length][chunk.capacity];
        double[] e = new double[chunk.capacity];
        double[] s = new double[chunk.capacity];
        double[] local = new double[size * size];
        for (int from = 0; from < batch.rows(); from += RegressionRows.CHUNK) {
            int count = Math.min(RegressionRows.CHUNK, batch.rows() - from);
            // With the vector loops, unweighted HC0/HC1 scores come from the rows where they are in one pass.
            boolean inPlace = CrossProductKernel.VECTORS && chunk.viewable() && type != CovarianceType.HC3;
            double rss;
            if (inPlace) {
                chunk.view(from, count);
                rss = VectorCrossProducts.squaredResiduals(chunk.columns, chunk.offset, size, beta, count, left);
            } else {
                chunk.copy(from, count);
                rss = chunk.residuals(beta, e, s);
            }
            if (!Double.isFinite(rss) || !chunk.othersComplete(from, count)) {
                dropped += chunk.copyComplete(from, count);
                rss = chunk.residuals(beta, e, s);
                inPlace = false;
            }
            rows += chunk.weightedCount();
            residualSumOfSquares += rss;
            if (!inPlace) {
                scale(chunk, s, left);
            }
            java.util.Arrays.fill(local, 0.0);
            CrossProductKernel.addUpper(left, 0, chunk.columns, chunk.offset, size, chunk.length, true, local, size);
            for (int a = 0; a < size; a++) {
                for (int b = a; b < size; b++) {
                    sums[a * size + b] += local[a * size + b];
                }
            }
        }
    }

    /** {@code left[a] = s² x_a}, the squared score deflated by {@code (1 - h)²} for HC3. Modifies s and left. */
    private void scale(RegressionRows chunk, double[] s, double[][] left) {
        int n = chunk.length;
        for (int i = 0; i < n; i++) {
            s[i] *= s[i];
        }
        if (type == CovarianceType.HC3) {
            double[] h = leverages(chunk);
            for (int i = 0; i < n; i++) {
                s[i] /= (1 - h[i]) * (1 - h[i]);
            }
        }
        System.arraycopy(s, 0, left[0], 0, n);
        for (int a = 1; a < size; a++) {
            double[] x = chunk.columns[a];
            double[] target = left[a];
            int at = chunk.offset;
            for (int i = 0; i < n; i++) {
                target[i] = s[i] * x[at + i];
            }
        }
    }

    // Hat values w_i x_i'(X'WX)^-1 x_i, as R's hatvalues(lm).
    private double[] leverages(RegressionRows chunk) {
        double[] h = new double[chunk.length];
        for (int a = 0; a < size; a++) {
            double[] xa = chunk.z[a];
            for (int b = 0; b < size; b++) {
                double c = bread[a * size + b];
                double[] xb = chunk.z[b];
                for (int i = 0; i < chunk.length; i++) {
                    h[i] += c * xa[i] * xb[i];
                }
            }
        }
        if (chunk.w != null) {
            for (int i = 0; i < chunk.length; i++) {
                h[i] *= chunk.w[i];
            }
        }
        return h;
    }

    @Override
    public void merge(ScoreCrossProducts later) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += later.sums[i];
        }
        rows += later.rows;
        dropped += later.dropped;
        residualSumOfSquares += later.residualSumOfSquares;
    }
}

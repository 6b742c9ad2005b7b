package causal.stream;

import causal.learn.CovarianceType;
import causal.learn.CrossProductKernel;
import causal.learn.LinearFit;
import causal.learn.VectorCrossProducts;
import java.util.List;

/**
 * The meat of one coefficient's heteroskedasticity-consistent variance, summed in the second pass once the
 * coefficients are known: with {@code a} the coefficient's row of the bread {@code (X'WX)^-1}, its variance is
 * {@code a' M a} for the meat {@code M = Σ_i s_i² x_i x_i'} of {@link ScoreCrossProducts}, which is
 * {@code Σ_i s_i² (a'x_i)²}: two dot products a row ({@code e_i} and {@code a'x_i}) instead of the {@code p(p + 1)/2}
 * products of the whole meat. The score is {@code s_i = w_i e_i}, {@code e_i = y_i - x_i'β} (HC0 and HC1), deflated
 * by {@code (1 - h_i)} with {@code h_i = w_i x_i'(X'WX)^-1 x_i} for HC3, as R's {@code sandwich} forms it. An effect
 * estimate reports one coefficient's standard error, so it reads the data the second time this way.
 */
public final class CoefficientMeat implements Accumulator<CoefficientMeat> {
    private final RegressionColumns spec;
    private final double[] beta;
    private final double[] bread;
    private final double[] direction;
    private final CovarianceType type;
    private final int size;
    private double sum;

    /** Empty sums for coefficient {@code j} of {@code fit}, a fit of {@code spec}. */
    public CoefficientMeat(RegressionColumns spec, LinearFit fit, int j, CovarianceType type) {
        spec.requireFitOf(fit);
        this.spec = spec;
        this.beta = fit.coefficients();
        this.bread = fit.inverseGram();
        this.size = fit.parameters();
        this.direction = java.util.Arrays.copyOfRange(bread, j * size, (j + 1) * size);
        this.type = type;
    }

    @Override
    public List<String> columns() {
        return spec.columns();
    }

    /** {@code a' M a}: the variance of the coefficient before HC1's {@code n / (n - p)}. */
    public double value() {
        return sum;
    }

    @Override
    public void add(RowBatch batch) {
        RegressionRows chunk = new RegressionRows(spec, Math.min(RegressionRows.CHUNK, batch.rows()));
        chunk.bind(batch);
        double[] e = new double[chunk.capacity];
        double[] s = new double[chunk.capacity];
        for (int from = 0; from < batch.rows(); from += RegressionRows.CHUNK) {
            int count = Math.min(RegressionRows.CHUNK, batch.rows() - from);
            // With the vector loops, unweighted HC0/HC1 sums come from the rows where they are in one sweep.
            if (CrossProductKernel.VECTORS && chunk.viewable() && type != CovarianceType.HC3) {
                chunk.view(from, count);
                double part = VectorCrossProducts.squaredScoresAlong(chunk.columns, chunk.offset, size, beta,
                        direction, count);
                if (Double.isFinite(part) && chunk.othersComplete(from, count)) {
                    sum += part;
                    continue;
                }
            } else {
                chunk.copy(from, count);
                if (Double.isFinite(chunk.residuals(beta, e, s)) && chunk.othersComplete(from, count)) {
                    sum += squaredScores(chunk, s);
                    continue;
                }
            }
            chunk.copyComplete(from, count);
            chunk.residuals(beta, e, s);
            sum += squaredScores(chunk, s);
        }
    }

    /** {@code Σ s² (a'x)²} of the chunk's copied rows, {@code s} its scores; HC3 deflates each by its leverage. */
    private double squaredScores(RegressionRows chunk, double[] s) {
        double out = 0;
        for (int i = 0; i < chunk.length; i++) {
            double z = direction[0];
            double h = 0;
            for (int a = 1; a < size; a++) {
                z += direction[a] * chunk.z[a][i];
            }
            double score = s[i] * z;
            if (type == CovarianceType.HC3) {
                h = leverage(chunk, i);
            }
            out += score * score / ((1 - h) * (1 - h));
        }
        return out;
    }

    // The hat value w_i x_i'(X'WX)^-1 x_i, as R's hatvalues(lm).
    private double leverage(RegressionRows chunk, int i) {
        double h = 0;
        for (int a = 0; a < size; a++) {
            double xa = chunk.z[a][i];
            double row = 0;
            for (int b = 0; b < size; b++) {
                row += bread[a * size + b] * chunk.z[b][i];
            }
            h += xa * row;
        }
        return chunk.w == null ? h : h * chunk.w[i];
    }

    @Override
    public void merge(CoefficientMeat later) {
        sum += later.sum;
    }
}

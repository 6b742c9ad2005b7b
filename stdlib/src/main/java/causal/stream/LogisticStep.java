package causal.stream;

import causal.data.DataLocation;
import causal.learn.CrossProductKernel;
import java.util.List;

/**
 * One iteration of iteratively reweighted least squares for the logistic model {@code P(t = 1) = logistic(x'β)},
 * as R's {@code glm(t ~ x, family = binomial)} (and {@code causal.learn.LogisticRegression}) takes it: at the current
 * β (or, for the first step, glm's start {@code μ = (t + 0.5) / 2}), the working weights {@code w = μ(1 - μ)} and
 * response {@code z = η + (t - μ) / w} give the cross products {@code Σ w [x z][x z]'} from which the next β is
 * solved; the same pass sums the deviance at the current β and the range of the fitted probabilities. A SQL engine
 * computes the same aggregates given β.
 */
public final class LogisticStep implements Accumulator<LogisticStep> {
    /** R's logit inverse link clamps the linear predictor to ±30 so that working weights never vanish. */
    private static final double ETA_BOUND = 30;

    private final RegressionColumns spec;
    private final double[] beta;
    private final int size;
    private final double[] sums;
    private double deviance;
    private double minimum = Double.POSITIVE_INFINITY;
    private double maximum = Double.NEGATIVE_INFINITY;
    private long rows;
    private long dropped;

    /**
     * Empty sums for the model of {@code spec} (regressors: the covariates; outcome: the 0/1 treatment) at
     * {@code beta} (intercept first), or at glm's start when {@code beta} is null. Not modified: beta.
     */
    public LogisticStep(RegressionColumns spec, double[] beta) {
        if (spec.weight().isPresent()) {
            throw new StreamException("the streamed logistic model takes no weights");
        }
        if (beta != null && beta.length != spec.regressors().size() + 1) {
            throw new StreamException(beta.length + " coefficients for " + spec.regressors().size()
                    + " covariates and an intercept");
        }
        this.spec = spec;
        this.beta = beta == null ? null : beta.clone();
        this.size = spec.regressors().size() + 2;
        this.sums = new double[size * size];
    }

    @Override
    public List<String> columns() {
        return spec.columns();
    }

    /** {@code Σ w u_a u_b} for {@code u = (1, x_1 … x_p, z)}. */
    public double value(int a, int b) {
        return a <= b ? sums[a * size + b] : sums[b * size + a];
    }

    /** {@code p + 2}: intercept, covariates, working response. */
    public int size() {
        return size;
    }

    /** {@code -2} log-likelihood at the step's β. */
    public double deviance() {
        return deviance;
    }

    /** The smallest fitted probability at the step's β. */
    public double minimumProbability() {
        return minimum;
    }

    /** The largest fitted probability at the step's β. */
    public double maximumProbability() {
        return maximum;
    }

    public long rows() {
        return rows;
    }

    public long droppedRows() {
        return dropped;
    }

    @Override
    public void add(RowBatch batch) {
        RegressionRows chunk = new RegressionRows(spec, Math.min(RegressionRows.CHUNK, batch.rows()));
        chunk.bind(batch);
        int treatment = batch.index(spec.outcome());
        double[][] left = new double[chunk.z.length][chunk.capacity];
        double[] eta = new double[chunk.capacity];
        double[] weight = new double[chunk.capacity];
        double[] local = new double[size * size];
        double[] range = new double[2];
        for (int from = 0; from < batch.rows(); from += RegressionRows.CHUNK) {
            int count = Math.min(RegressionRows.CHUNK, batch.rows() - from);
            requireBinary(batch, treatment, from, count);
            chunk.copy(from, count);
            double chunkDeviance = sumChunk(chunk, eta, left, weight, local, range);
            if (!Double.isFinite(chunkDeviance) || !columnSumsFinite(local) || !chunk.othersComplete(from, count)) {
                dropped += chunk.copyComplete(from, count);
                chunkDeviance = sumChunk(chunk, eta, left, weight, local, range);
            }
            rows += chunk.length;
            deviance += chunkDeviance;
            minimum = Math.min(minimum, range[0]);
            maximum = Math.max(maximum, range[1]);
            for (int a = 0; a < size; a++) {
                for (int b = a; b < size; b++) {
                    sums[a * size + b] += local[a * size + b];
                }
            }
        }
    }

    /**
     * The chunk's deviance (not finite when a row is incomplete); fills local with its weighted cross products and
     * range with its smallest and largest fitted probability. Modifies every argument: the chunk's treatment column
     * becomes the working response.
     */
    private double sumChunk(RegressionRows chunk, double[] eta, double[][] left, double[] weight, double[] local,
                            double[] range) {
        int n = chunk.length;
        double[] t = chunk.z[size - 1];
        if (beta == null) {
            for (int i = 0; i < n; i++) {
                double mu = (t[i] + 0.5) / 2;
                eta[i] = Math.log(mu / (1 - mu));
            }
        } else {
            java.util.Arrays.fill(eta, 0, n, 0.0);
            for (int j = 0; j < size - 1; j++) {
                double b = beta[j];
                double[] x = chunk.z[j];
                for (int i = 0; i < n; i++) {
                    eta[i] += b * x[i];
                }
            }
        }
        double chunkDeviance = 0;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double mu = logistic(eta[i]);
            double w = mu * (1 - mu);
            weight[i] = w;
            chunkDeviance += t[i] == 1.0 ? -2 * Math.log(mu) : -2 * Math.log1p(-mu);
            low = Math.min(low, mu);
            high = Math.max(high, mu);
            // The working response replaces the treatment in the chunk: the kernel then sums [x z].
            t[i] = eta[i] + (t[i] - mu) / w;
        }
        java.util.Arrays.fill(local, 0.0);
        CrossProductKernel.addWeightedUpper(weight, chunk.z, size, n, true, left, local, size);
        range[0] = low;
        range[1] = high;
        return chunkDeviance;
    }

    // Row 0 holds the weighted column sums: a missing covariate makes one non-finite even where the deviance, at
    // glm's start, does not depend on the covariates.
    private boolean columnSumsFinite(double[] local) {
        double check = 0;
        for (int b = 0; b < size; b++) {
            check += local[b] * 0.0;
        }
        return check == 0.0;
    }

    private void requireBinary(RowBatch batch, int treatment, int from, int count) {
        double[] t = batch.column(treatment);
        int at = batch.start() + from;
        for (int i = at; i < at + count; i++) {
            double v = t[i];
            if (v != 0.0 && v != 1.0 && !Double.isNaN(v)) {
                long row = Rows.rowNumber(batch, i);
                throw new StreamException("the propensity model needs a binary (0/1 or true/false) treatment, but "
                        + spec.outcome() + " is " + v + " in row " + row + " of " + batch.source(),
                        DataLocation.cell(batch.source(), row, spec.outcome()));
            }
        }
    }

    /** R's {@code binomial()$linkinv}: {@code e^η / (1 + e^η)} with η clamped to ±30. */
    static double logistic(double eta) {
        double t = eta < -ETA_BOUND ? Math.ulp(1.0) : eta > ETA_BOUND ? 1 / Math.ulp(1.0) : Math.exp(eta);
        return t / (1 + t);
    }

    @Override
    public void merge(LogisticStep later) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += later.sums[i];
        }
        deviance += later.deviance;
        minimum = Math.min(minimum, later.minimum);
        maximum = Math.max(maximum, later.maximum);
        rows += later.rows;
        dropped += later.dropped;
    }
}

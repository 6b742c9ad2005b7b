package causal.stream;

import causal.learn.LinearFit;
import java.util.List;

/**
 * The per-cluster score sums of a cluster-robust covariance, summed in a second pass once the coefficients are known:
 * {@code u_g = Σ_{i in g} w_i e_i x_i} for each value {@code g} of the cluster column, kept in a hash table keyed by
 * the value (memory grows with the number of clusters, {@code p} doubles each). The meat is {@code Σ_g u_g u_g'}.
 */
public final class ClusterScores implements Accumulator<ClusterScores> {
    private final RegressionColumns spec;
    private final String cluster;
    private final double[] beta;
    private final int size;
    private final ClusterSums sums;
    private long rows;
    private long dropped;

    /**
     * Empty sums for the residuals of {@code fit}, a fit of {@code spec}, by the values of {@code clusterColumn}
     * (numeric or categorical codes), which must be among the columns of {@code spec} so that the first pass dropped
     * the rows where it is missing too.
     */
    public ClusterScores(RegressionColumns spec, LinearFit fit, String clusterColumn) {
        if (!spec.columns().contains(clusterColumn)) {
            throw new StreamException("the cluster column " + clusterColumn + " must be among the regression's columns "
                    + "(in alsoComplete), so that every pass drops the rows where it is missing");
        }
        spec.requireFitOf(fit);
        this.spec = spec;
        this.cluster = clusterColumn;
        this.beta = fit.coefficients();
        this.size = fit.parameters();
        this.sums = new ClusterSums(size);
    }

    @Override
    public List<String> columns() {
        return spec.columns();
    }

    public long rows() {
        return rows;
    }

    public long droppedRows() {
        return dropped;
    }

    /** How many distinct values the cluster column took. */
    public int clusters() {
        return sums.count();
    }

    /** {@code Σ_g u_g u_g'}, row-major {@code p x p}, summed over clusters in order of first appearance. */
    public double[] meat() {
        double[] meat = new double[size * size];
        for (int g = 0; g < sums.count(); g++) {
            int base = g * size;
            for (int a = 0; a < size; a++) {
                double ua = sums.sums[base + a];
                for (int b = 0; b < size; b++) {
                    meat[a * size + b] += ua * sums.sums[base + b];
                }
            }
        }
        return meat;
    }

    @Override
    public void add(RowBatch batch) {
        RegressionRows chunk = new RegressionRows(spec, cluster, Math.min(RegressionRows.CHUNK, batch.rows()));
        chunk.bind(batch);
        double[] e = new double[chunk.capacity];
        double[] s = new double[chunk.capacity];
        for (int from = 0; from < batch.rows(); from += RegressionRows.CHUNK) {
            int count = Math.min(RegressionRows.CHUNK, batch.rows() - from);
            chunk.copy(from, count);
            if (!Double.isFinite(chunk.residuals(beta, e, s)) || !chunk.othersComplete(from, count)) {
                dropped += chunk.copyComplete(from, count);
                chunk.residuals(beta, e, s);
            }
            rows += chunk.weightedCount();
            for (int i = 0; i < chunk.length; i++) {
                int base = sums.offset(chunk.key[i]);
                double score = s[i];
                for (int a = 0; a < size; a++) {
                    sums.sums[base + a] += score * chunk.z[a][i];
                }
            }
        }
    }

    @Override
    public void merge(ClusterScores later) {
        sums.merge(later.sums);
        rows += later.rows;
        dropped += later.dropped;
    }
}

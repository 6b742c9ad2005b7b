package causal.stream;

import causal.estimate.Estimand;
import causal.estimate.WeightingInfluence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The pass that gives inverse probability weighting the standard error accounting for the estimated propensity
 * score ({@code causal.estimate.WeightingInfluence}), once the score and the weighted means are known. A row's
 * influence is {@code a_i + s_i vᵀx_i} with {@code s_i = t_i − e_i}, {@code a_i} its own term and
 * {@code v = M⁻¹h}, so {@code Σ IF² = A + 2vᵀB + vᵀCv} with {@code A = Σa²}, {@code B = Σ a s x},
 * {@code C = Σ s² x xᵀ}, {@code M = Σ e(1−e) x xᵀ} and {@code h = Σ (∂a_i/∂η) x}: all sums, so one pass suffices.
 */
final class WeightingInfluenceSums implements Accumulator<WeightingInfluenceSums> {
    private final List<String> covariates;
    private final String treatment;
    private final String outcome;
    private final double[] beta;
    private final Estimand estimand;
    private final double trim;
    private final boolean normalized;
    private final double[] centre;
    private final double[] scale;
    private final int p;
    final double[] information;
    final double[] slope;
    final double[] cross;
    final double[] scores;
    double squares;

    /**
     * For the Hajek estimate, {@code centre} holds μ0, μ1 and {@code scale} the arms' weight sums W0, W1; for
     * Horvitz–Thompson, {@code centre[0]} is θ and {@code scale[0]} the factor n_kept/focal.
     */
    WeightingInfluenceSums(List<String> covariates, String treatment, String outcome, double[] beta, Estimand estimand,
                           double trim, boolean normalized, double[] centre, double[] scale) {
        this.covariates = List.copyOf(covariates);
        this.treatment = treatment;
        this.outcome = outcome;
        this.beta = beta.clone();
        this.estimand = estimand;
        this.trim = trim;
        this.normalized = normalized;
        this.centre = centre.clone();
        this.scale = scale.clone();
        this.p = covariates.size() + 1;
        this.information = new double[p * p];
        this.slope = new double[p];
        this.cross = new double[p];
        this.scores = new double[p * p];
    }

    @Override
    public List<String> columns() {
        LinkedHashSet<String> all = new LinkedHashSet<>(covariates);
        all.add(treatment);
        all.add(outcome);
        return new ArrayList<>(all);
    }

    @Override
    public void add(RowBatch batch) {
        int[] columns = covariates.stream().mapToInt(batch::index).toArray();
        double[] t = batch.column(batch.index(treatment));
        double[] y = batch.column(batch.index(outcome));
        double[] x = new double[p];
        for (int r = 0; r < batch.rows(); r++) {
            int i = batch.start() + r;
            if (!complete(batch, columns, t[i], y[i], i)) {
                continue;
            }
            x[0] = 1;
            double eta = beta[0];
            for (int j = 0; j < columns.length; j++) {
                x[j + 1] = batch.column(columns[j])[i];
                eta += beta[j + 1] * x[j + 1];
            }
            double e = LogisticStep.logistic(eta);
            double s = t[i] - e;
            double v = e * (1 - e);
            double a = 0;
            double d = 0;
            if (e >= trim && e <= 1 - trim) {
                boolean treated = t[i] == 1.0;
                double w = weight(treated, e);
                double g = WeightingInfluence.weightSlope(estimand, t[i], e);
                if (normalized) {
                    int arm = treated ? 1 : 0;
                    double sign = treated ? 1 : -1;
                    a = sign * w * (y[i] - centre[arm]) / scale[arm];
                    d = sign * g * (y[i] - centre[arm]) / scale[arm];
                } else {
                    double sign = 2 * t[i] - 1;
                    a = scale[0] * sign * w * y[i] - centre[0];
                    d = scale[0] * sign * g * y[i];
                }
            }
            squares += a * a;
            for (int j = 0; j < p; j++) {
                slope[j] += d * x[j];
                cross[j] += a * s * x[j];
                double vj = v * x[j];
                double sj = s * s * x[j];
                for (int k = 0; k <= j; k++) {
                    information[j * p + k] += vj * x[k];
                    scores[j * p + k] += sj * x[k];
                }
            }
        }
    }

    /** {@code √(A + 2vᵀB + vᵀCv)} with {@code v = M⁻¹h}: the standard error times {@code divisor}. */
    double root() {
        DMatrixRMaj m = symmetric(information);
        DMatrixRMaj h = new DMatrixRMaj(p, 1, true, slope);
        DMatrixRMaj v = new DMatrixRMaj(p, 1);
        if (!CommonOps_DDRM.solve(m, h, v)) {
            throw new StreamException("the propensity model's information matrix is singular");
        }
        DMatrixRMaj c = symmetric(scores);
        double quadratic = 0;
        double linear = 0;
        for (int j = 0; j < p; j++) {
            linear += v.data[j] * cross[j];
            for (int k = 0; k < p; k++) {
                quadratic += v.data[j] * c.data[j * p + k] * v.data[k];
            }
        }
        return Math.sqrt(Math.max(0, squares + 2 * linear + quadratic));
    }

    private DMatrixRMaj symmetric(double[] lower) {
        DMatrixRMaj m = new DMatrixRMaj(p, p);
        for (int j = 0; j < p; j++) {
            for (int k = 0; k <= j; k++) {
                m.data[j * p + k] = lower[j * p + k];
                m.data[k * p + j] = lower[j * p + k];
            }
        }
        return m;
    }

    private double weight(boolean treated, double e) {
        return switch (estimand) {
            case ATE -> treated ? 1 / e : 1 / (1 - e);
            case ATT -> treated ? 1 : e / (1 - e);
            case ATC -> treated ? (1 - e) / e : 1;
            case LATE, CATE -> throw new IllegalStateException("checked by the caller");
        };
    }

    private static boolean complete(RowBatch batch, int[] columns, double t, double y, int i) {
        if (Double.isNaN(t) || Double.isNaN(y)) {
            return false;
        }
        for (int j : columns) {
            if (Double.isNaN(batch.column(j)[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void merge(WeightingInfluenceSums later) {
        squares += later.squares;
        for (int j = 0; j < p; j++) {
            slope[j] += later.slope[j];
            cross[j] += later.cross[j];
        }
        for (int j = 0; j < p * p; j++) {
            information[j] += later.information[j];
            scores[j] += later.scores[j];
        }
    }
}

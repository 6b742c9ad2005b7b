package causal.estimate;

import causal.learn.DesignMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The standard error of an inverse-probability-weighted estimate that accounts for the propensity score being
 * estimated: M-estimation over the stacked equations of the logistic score and the weighted means (Lunceford and
 * Davidian 2004; WeightIt's {@code vcov = "asympt"}).
 *
 * <p>The logistic equations {@code x(t − e)} do not depend on the means, so the Jacobian is block lower triangular
 * and the influence of row i on a weighted mean μ is {@code (ψ_i + hᵀ M⁻¹ x_i (t_i − e_i)) / D}, where
 * {@code ψ_i} is its own estimating-equation term, {@code M = mean e(1−e)xxᵀ} the logistic information,
 * {@code h = mean ∂ψ/∂β} and {@code D = −mean ∂ψ/∂μ}. The SE is {@code √(Σ IF²) / n}.
 */
public final class WeightingInfluence {
    private final DesignMatrix covariates;
    private final double[] t;
    private final double[] e;
    private final DMatrixRMaj information;

    WeightingInfluence(DesignMatrix covariates, double[] t, double[] e) {
        this.covariates = covariates;
        this.t = t;
        this.e = e;
        this.information = information();
    }

    /**
     * SE of the normalized (Hájek) difference {@code μ1 − μ0}, rows with weight 0 (trimmed) left out of the means.
     * Not modified: any argument.
     */
    double hajek(Estimand estimand, double[] y, double[] w, double mu1, double mu0) {
        int n = t.length;
        double[] psi = new double[n];
        double[] slope = new double[n];
        double d1 = 0;
        double d0 = 0;
        for (int i = 0; i < n; i++) {
            if (w[i] == 0) {
                continue;
            }
            double g = weightSlope(estimand, t[i], e[i]);
            if (t[i] == 1.0) {
                psi[i] = w[i] * (y[i] - mu1);
                slope[i] = g * (y[i] - mu1);
                d1 += w[i];
            } else {
                psi[i] = w[i] * (y[i] - mu0);
                slope[i] = g * (y[i] - mu0);
                d0 += w[i];
            }
        }
        // Separate corrections for the two means, because their denominators differ.
        double[] u1 = correction(slope, 1.0);
        double[] u0 = correction(slope, 0.0);
        double[][] block = covariates.newBlock(0);
        double sum = 0;
        for (int from = 0; from < n; from += DesignMatrix.BLOCK_ROWS) {
            int length = Math.min(DesignMatrix.BLOCK_ROWS, n - from);
            covariates.fill(from, length, block);
            for (int r = 0; r < length; r++) {
                int i = from + r;
                double score = t[i] - e[i];
                double influence1 = t[i] == 1.0 ? psi[i] / d1 : 0;
                double influence0 = t[i] == 1.0 ? 0 : psi[i] / d0;
                influence1 += score * dot(u1, block, r) / d1;
                influence0 += score * dot(u0, block, r) / d0;
                double influence = (influence1 - influence0) * n;
                sum += influence * influence;
            }
        }
        return Math.sqrt(sum) / n;
    }

    /**
     * SE of the Horvitz–Thompson estimate {@code θ = Σ s(2t − 1)wy / n_kept}, {@code s = n_kept / focal}, the
     * scale treated as fixed. Not modified: any argument.
     */
    double horvitzThompson(Estimand estimand, double[] y, double[] w, double scale, double theta) {
        int n = t.length;
        double[] slope = new double[n];
        double[] psi = new double[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (w[i] == 0) {
                continue;
            }
            kept++;
            double sign = 2 * t[i] - 1;
            psi[i] = scale * sign * w[i] * y[i] - theta;
            slope[i] = scale * sign * weightSlope(estimand, t[i], e[i]) * y[i];
        }
        double[] u = correction(slope, Double.NaN);
        double[][] block = covariates.newBlock(0);
        double sum = 0;
        for (int from = 0; from < n; from += DesignMatrix.BLOCK_ROWS) {
            int length = Math.min(DesignMatrix.BLOCK_ROWS, n - from);
            covariates.fill(from, length, block);
            for (int r = 0; r < length; r++) {
                int i = from + r;
                double influence = (psi[i] + (t[i] - e[i]) * dot(u, block, r)) * n / kept;
                sum += influence * influence;
            }
        }
        return Math.sqrt(sum) / n;
    }

    /** {@code dw/dη} for the linear predictor η of the logistic model: how a row's weight moves with the score. */
    public static double weightSlope(Estimand estimand, double t, double e) {
        boolean treated = t == 1.0;
        return switch (estimand) {
            case ATE -> treated ? -(1 - e) / e : e / (1 - e);
            case ATT -> treated ? 0 : e / (1 - e);
            case ATC -> treated ? -(1 - e) / e : 0;
            case LATE, CATE -> throw new IllegalStateException("weighting takes ATE, ATT or ATC only");
        };
    }

    /** {@code M⁻¹ h} with {@code h = Σ slope_i x_i} over the rows of {@code group} (NaN: every row). */
    private double[] correction(double[] slope, double group) {
        int p = covariates.columns();
        DMatrixRMaj h = new DMatrixRMaj(p, 1);
        double[][] block = covariates.newBlock(0);
        int n = t.length;
        for (int from = 0; from < n; from += DesignMatrix.BLOCK_ROWS) {
            int length = Math.min(DesignMatrix.BLOCK_ROWS, n - from);
            covariates.fill(from, length, block);
            for (int r = 0; r < length; r++) {
                int i = from + r;
                if (slope[i] == 0 || (!Double.isNaN(group) && t[i] != group)) {
                    continue;
                }
                for (int j = 0; j < p; j++) {
                    h.data[j] += slope[i] * block[j][r];
                }
            }
        }
        DMatrixRMaj u = new DMatrixRMaj(p, 1);
        CommonOps_DDRM.solve(information, h, u);
        return u.data;
    }

    /** {@code Σ e(1−e) x xᵀ} (unscaled, as h is: the scales cancel in {@code M⁻¹ h}). */
    private DMatrixRMaj information() {
        int p = covariates.columns();
        DMatrixRMaj m = new DMatrixRMaj(p, p);
        double[][] block = covariates.newBlock(0);
        int n = t.length;
        for (int from = 0; from < n; from += DesignMatrix.BLOCK_ROWS) {
            int length = Math.min(DesignMatrix.BLOCK_ROWS, n - from);
            covariates.fill(from, length, block);
            for (int r = 0; r < length; r++) {
                double v = e[from + r] * (1 - e[from + r]);
                for (int j = 0; j < p; j++) {
                    double xj = v * block[j][r];
                    for (int k = 0; k <= j; k++) {
                        m.data[j * p + k] += xj * block[k][r];
                    }
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                m.data[k * p + j] = m.data[j * p + k];
            }
        }
        return m;
    }

    private static double dot(double[] u, double[][] block, int r) {
        double s = 0;
        for (int j = 0; j < u.length; j++) {
            s += u[j] * block[j][r];
        }
        return s;
    }
}

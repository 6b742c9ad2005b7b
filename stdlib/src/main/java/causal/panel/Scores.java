package causal.panel;

/**
 * The demeaned regressors x̃ and residuals e of a fit, and the "meat" matrices of sandwich covariances built from
 * the scores x̃ᵢeᵢ, each in one pass per regressor. Matrices are row-major k × k, without any small-sample
 * factor.
 */
final class Scores {
    private final double[][] x;
    private final double[] residual;
    private final int k;

    Scores(double[][] demeanedRegressors, double[] residual) {
        this.x = demeanedRegressors;
        this.residual = residual;
        this.k = demeanedRegressors.length;
    }

    /** Σᵢ eᵢ² x̃ᵢx̃ᵢ': White's HC0 meat. */
    double[] heteroskedasticMeat() {
        int n = residual.length;
        double[] e2 = new double[n];
        for (int i = 0; i < n; i++) {
            e2[i] = residual[i] * residual[i];
        }
        double[] meat = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                double[] xa = x[a];
                double[] xb = x[b];
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += e2[i] * xa[i] * xb[i];
                }
                meat[a * k + b] = s;
                meat[b * k + a] = s;
            }
        }
        return meat;
    }

    /** Σ_g (Σ_{i∈g} x̃ᵢeᵢ)(Σ_{i∈g} x̃ᵢeᵢ)': the cluster meat of CR0. */
    double[] clusterMeat(Factor cluster) {
        int g = cluster.levels();
        int[] code = cluster.codes();
        double[][] sums = new double[k][g];
        for (int a = 0; a < k; a++) {
            double[] xa = x[a];
            double[] s = sums[a];
            for (int i = 0; i < residual.length; i++) {
                s[code[i]] += xa[i] * residual[i];
            }
        }
        double[] meat = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                double s = 0;
                double[] sa = sums[a];
                double[] sb = sums[b];
                for (int level = 0; level < g; level++) {
                    s += sa[level] * sb[level];
                }
                meat[a * k + b] = s;
                meat[b * k + a] = s;
            }
        }
        return meat;
    }
}

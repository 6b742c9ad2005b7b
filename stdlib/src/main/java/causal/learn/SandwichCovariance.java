package causal.learn;

/**
 * Covariance matrices of least-squares coefficients, each from one more pass over the rows after the fit, following
 * R's {@code sandwich} package for {@code lm} objects with weights: the score of row i is {@code w_i e_i x_i}, the
 * bread {@code (X'WX)^-1}. The overloads that take a residual sum of squares or a meat summed elsewhere (streamed)
 * finish the same way. Results are row-major {@code p x p} arrays.
 */
public final class SandwichCovariance {
    private SandwichCovariance() {
    }

    /** {@code σ² (X'WX)^-1} with {@code σ² = Σ w e² / (n - p)}: R's {@code vcov(lm(...))}. */
    public static double[] classical(LinearFit fit, DesignMatrix x, double[] y, double[] w) {
        double[] rss = new double[1];
        residualPass(fit, x, y, w, (block, length, from, residual, score) -> {
            for (int i = 0; i < length; i++) {
                rss[0] += residual[i] * score[i];
            }
        });
        return classical(fit, rss[0]);
    }

    /** {@code σ² (X'WX)^-1} with {@code σ² = residualSumOfSquares / (n - p)}. */
    public static double[] classical(LinearFit fit, double residualSumOfSquares) {
        double sigma2 = residualSumOfSquares / fit.residualDegreesOfFreedom();
        double[] bread = fit.bread();
        double[] out = new double[bread.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = sigma2 * bread[i];
        }
        return out;
    }

    /** {@code sandwich::vcovHC(fit, type = "HC0" | "HC1" | "HC3")}. */
    public static double[] heteroskedastic(LinearFit fit, DesignMatrix x, double[] y, double[] w, CovarianceType type) {
        int p = fit.parameters();
        double[] meat = new double[p * p];
        double[] bread = fit.bread();
        double[] weight = new double[DesignMatrix.BLOCK_ROWS];
        double[][] scratch = GramMatrix.scratch(p);
        double[] leverage = new double[DesignMatrix.BLOCK_ROWS];
        residualPass(fit, x, y, w, (block, length, from, residual, score) -> {
            if (type == CovarianceType.HC3) {
                leverages(block, p, length, bread, w, from, leverage);
            }
            for (int i = 0; i < length; i++) {
                double s2 = score[i] * score[i];
                weight[i] = type == CovarianceType.HC3 ? s2 / ((1 - leverage[i]) * (1 - leverage[i])) : s2;
            }
            GramMatrix.accumulate(block, p, length, weight, meat, scratch);
        });
        GramMatrix.symmetrize(meat, p);
        return heteroskedastic(fit, meat, type);
    }

    /**
     * The same from {@code meat}, {@code Σ s_i² x_i x_i'} (HC3's {@code (1 - h_i)²} already divided out), row-major
     * {@code p x p}: HC1 scales it by {@code n / (n - p)}. Not modified: meat.
     */
    public static double[] heteroskedastic(LinearFit fit, double[] meat, CovarianceType type) {
        return sandwich(fit.bread(), meat, fit.parameters(), heteroskedasticScale(fit, type));
    }

    /**
     * The diagonal entries {@code coefficients} of {@link #heteroskedastic}'s covariance, without the rest: with
     * {@code a} a coefficient's row of the bread, its entry {@code a' M a} of the meat {@code M = Σ s_i² x_i x_i'} is
     * {@code Σ s_i² (a'x_i)²}, so each costs two passes of p multiply-adds over a block (a'x, then the sum) instead
     * of the meat's {@code p(p + 1)/2}. An effect reports one coefficient's standard error (and a modifier's each).
     * Equal to the diagonal of {@link #heteroskedastic} to rounding.
     */
    public static double[] heteroskedasticVariances(LinearFit fit, DesignMatrix x, double[] y, double[] w,
            CovarianceType type, int... coefficients) {
        int p = fit.parameters();
        double[] bread = fit.bread();
        double[] sums = new double[coefficients.length];
        double[] leverage = new double[DesignMatrix.BLOCK_ROWS];
        double[] deflated = new double[DesignMatrix.BLOCK_ROWS];
        double[] along = new double[DesignMatrix.BLOCK_ROWS];
        residualPass(fit, x, y, w, (block, length, from, residual, score) -> {
            System.arraycopy(score, 0, deflated, 0, length);
            if (type == CovarianceType.HC3) {
                leverages(block, p, length, bread, w, from, leverage);
                for (int i = 0; i < length; i++) {
                    deflated[i] /= 1 - leverage[i];
                }
            }
            for (int k = 0; k < coefficients.length; k++) {
                int row = coefficients[k] * p;
                java.util.Arrays.fill(along, 0, length, 0.0);
                for (int a = 0; a < p; a++) {
                    double c = bread[row + a];
                    double[] column = block[a];
                    for (int i = 0; i < length; i++) {
                        along[i] += c * column[i];
                    }
                }
                for (int i = 0; i < length; i++) {
                    along[i] *= deflated[i];
                }
                sums[k] += GramMatrix.dot(along, along, length);
            }
        });
        double factor = heteroskedasticScale(fit, type);
        for (int k = 0; k < sums.length; k++) {
            sums[k] *= factor;
        }
        return sums;
    }

    /** What multiplies the sandwich: HC1's {@code n / (n - p)}, 1 for HC0 and HC3. */
    public static double heteroskedasticScale(LinearFit fit, CovarianceType type) {
        return type == CovarianceType.HC1 ? (double) fit.observations() / fit.residualDegreesOfFreedom() : 1.0;
    }

    /**
     * Cluster-robust CR1: {@code sandwich::vcovCL(fit, cluster = g, type = "HC1")}, i.e. the sum over clusters of the
     * outer products of summed scores, times {@code G/(G-1) · (n-1)/(n-p)}. {@code cluster[i]} in {@code 0..clusters-1}.
     */
    public static double[] clustered(LinearFit fit, DesignMatrix x, double[] y, double[] w, int[] cluster,
            int clusters) {
        int p = fit.parameters();
        double[] sums = new double[clusters * p];
        residualPass(fit, x, y, w, (block, length, from, residual, score) -> {
            for (int j = 0; j < p; j++) {
                double[] column = block[j];
                for (int i = 0; i < length; i++) {
                    sums[cluster[from + i] * p + j] += score[i] * column[i];
                }
            }
        });
        double[] meat = new double[p * p];
        for (int g = 0; g < clusters; g++) {
            int base = g * p;
            for (int a = 0; a < p; a++) {
                double sa = sums[base + a];
                for (int b = 0; b < p; b++) {
                    meat[a * p + b] += sa * sums[base + b];
                }
            }
        }
        return clustered(fit, meat, clusters);
    }

    /** CR1 from {@code meat}, {@code Σ_g u_g u_g'} over {@code clusters} clusters, row-major. Not modified: meat. */
    public static double[] clustered(LinearFit fit, double[] meat, long clusters) {
        long n = fit.observations();
        int p = fit.parameters();
        double factor = (double) clusters / (clusters - 1) * (n - 1.0) / (n - p);
        return sandwich(fit.bread(), meat, p, factor);
    }

    // Hat values of weighted least squares, h_i = w_i x_i' (X'WX)^-1 x_i, as R's hatvalues(lm).
    private static void leverages(double[][] block, int p, int length, double[] bread, double[] w, int from,
            double[] out) {
        java.util.Arrays.fill(out, 0, length, 0.0);
        for (int a = 0; a < p; a++) {
            double[] xa = block[a];
            for (int b = 0; b < p; b++) {
                double c = bread[a * p + b];
                double[] xb = block[b];
                for (int i = 0; i < length; i++) {
                    out[i] += c * xa[i] * xb[i];
                }
            }
        }
        if (w != null) {
            for (int i = 0; i < length; i++) {
                out[i] *= w[from + i];
            }
        }
    }

    /** {@code factor · bread · meat · bread} of row-major {@code p x p} matrices: the sandwich every robust error is. */
    public static double[] sandwich(double[] bread, double[] meat, int p, double factor) {
        double[] half = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double s = 0;
                for (int m = 0; m < p; m++) {
                    s += bread[a * p + m] * meat[m * p + b];
                }
                half[a * p + b] = s;
            }
        }
        double[] out = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double s = 0;
                for (int m = 0; m < p; m++) {
                    s += half[a * p + m] * bread[m * p + b];
                }
                out[a * p + b] = factor * s;
            }
        }
        return out;
    }

    /** What a residual pass hands over per block: the regressors, residuals {@code e} and scores {@code w e}. */
    private interface BlockVisitor {
        void visit(double[][] block, int length, int from, double[] residual, double[] score);
    }

    private static void residualPass(LinearFit fit, DesignMatrix x, double[] y, double[] w, BlockVisitor visitor) {
        int p = fit.parameters();
        double[] beta = fit.coefficients();
        double[][] block = x.newBlock(0);
        double[] residual = new double[DesignMatrix.BLOCK_ROWS];
        double[] score = new double[DesignMatrix.BLOCK_ROWS];
        int n = x.rows();
        for (int from = 0; from < n; from += DesignMatrix.BLOCK_ROWS) {
            int length = Math.min(DesignMatrix.BLOCK_ROWS, n - from);
            x.fill(from, length, block);
            System.arraycopy(y, from, residual, 0, length);
            for (int j = 0; j < p; j++) {
                double b = beta[j];
                double[] column = block[j];
                for (int i = 0; i < length; i++) {
                    residual[i] -= b * column[i];
                }
            }
            for (int i = 0; i < length; i++) {
                score[i] = w == null ? residual[i] : w[from + i] * residual[i];
            }
            visitor.visit(block, length, from, residual, score);
        }
    }
}

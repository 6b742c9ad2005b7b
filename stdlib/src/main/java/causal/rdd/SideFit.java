package causal.rdd;

/**
 * One side's contribution to the RD estimate at bandwidths h and b (Calonico, Cattaneo and Titiunik 2014): the
 * order-p intercept {@code Σ ω_i y_i} and its bias-corrected version
 * {@code Σ ω_i y_i - (Σ ω_j u_j^{p+1}) β̂_{p+1}}, with β̂_{p+1} the coefficient of {@code u^{p+1}} in the order-q fit
 * at b. Both are linear in y, so each is kept as row weights; their variances are {@code Σ ω_i² e_i²} with the
 * residuals of {@link Residuals} (rdrobust's {@code V_Y_cl} and {@code V_Y_rb}).
 */
final class SideFit {
    final Side side;
    /** Rows with a positive weight at h or at b: all the rows any weight below touches. */
    final int rows;
    /** Rows with a positive weight at h (rdrobust's effective number of observations). */
    final int effective;
    final double[] conventionalWeights;
    final double[] biasCorrectedWeights;
    /** Residuals for the conventional variance, {@code [response][row]}. */
    final double[][] conventionalResiduals;
    /** Residuals for the robust variance: the same as the conventional for nearest neighbours, else the q-fit's. */
    final double[][] robustResiduals;

    private SideFit(Side side, int rows, int effective, double[] conventionalWeights, double[] biasCorrectedWeights,
            double[][] conventionalResiduals, double[][] robustResiduals) {
        this.side = side;
        this.rows = rows;
        this.effective = effective;
        this.conventionalWeights = conventionalWeights;
        this.biasCorrectedWeights = biasCorrectedWeights;
        this.conventionalResiduals = conventionalResiduals;
        this.robustResiduals = robustResiduals;
    }

    /**
     * Fits the side at h (order p) and b (order q).
     *
     * @throws RegressionDiscontinuityException when too few distinct values of x lie within h or b
     */
    static SideFit of(Side side, double h, double b, DiscontinuityOptions options) {
        int p = options.order();
        int q = options.biasOrderOrDefault();
        requireDistinct(side, options.kernel(), h, p, "h", "order");
        requireDistinct(side, options.kernel(), b, q, "b", "bias_order");
        LocalFit point = LocalFit.of(side, options.kernel(), p, h);
        LocalFit bias = LocalFit.of(side, options.kernel(), q, b);
        int rows = Math.max(point.rows, bias.rows);
        double[] omega = point.equivalentWeights(0, rows);
        double[] slope = bias.equivalentWeights(p + 1, rows);
        double biasFactor = 0;
        for (int i = 0; i < point.rows; i++) {
            biasFactor += omega[i] * Math.pow(side.u[i] / b, p + 1);
        }
        double[] corrected = new double[rows];
        for (int i = 0; i < rows; i++) {
            corrected[i] = omega[i] - biasFactor * slope[i];
        }
        double[][] conventionalResiduals = Residuals.of(point, rows, options.variance(), options.neighbours());
        double[][] robustResiduals = options.variance() == VarianceEstimator.NEAREST_NEIGHBOUR
                ? conventionalResiduals
                : Residuals.of(bias, rows, options.variance(), options.neighbours());
        return new SideFit(side, rows, point.rows, omega, corrected, conventionalResiduals, robustResiduals);
    }

    /** The conventional intercept of response r. */
    double conventional(int response) {
        return dot(conventionalWeights, side.columns[response]);
    }

    /** The bias-corrected intercept of response r. */
    double biasCorrected(int response) {
        return dot(biasCorrectedWeights, side.columns[response]);
    }

    /** The conventional variance of the combination {@code Σ s_r intercept_r}. */
    double conventionalVariance(double[] s) {
        return Residuals.variance(conventionalWeights, Residuals.combine(conventionalResiduals, s));
    }

    /** The robust variance of the bias-corrected combination {@code Σ s_r intercept_r}. */
    double robustVariance(double[] s) {
        return Residuals.variance(biasCorrectedWeights, Residuals.combine(robustResiduals, s));
    }

    private double dot(double[] weights, double[] y) {
        double s = 0;
        for (int i = 0; i < rows; i++) {
            s += weights[i] * y[i];
        }
        return s;
    }

    private static void requireDistinct(Side side, Kernel kernel, double bandwidth, int order, String name,
            String orderOption) {
        int within = side.rowsWithin(kernel, bandwidth);
        int distinct = side.distinct(within);
        if (distinct < order + 1) {
            throw new RegressionDiscontinuityException("too few observations within the bandwidth " + name + " = "
                    + Side.format(bandwidth) + " " + side.label + ": " + within + " row" + (within == 1 ? "" : "s")
                    + " with " + distinct + " distinct value" + (distinct == 1 ? "" : "s")
                    + " of the running variable, and a polynomial of order " + order + " (" + orderOption
                    + ") needs at least " + (order + 1) + "; widen the bandwidth or lower the order");
        }
    }
}

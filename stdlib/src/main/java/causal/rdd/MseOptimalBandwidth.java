package causal.rdd;

/**
 * The MSE-optimal common bandwidth for the RD point estimate ({@code h}) and its bias correction ({@code b}),
 * rdrobust's default {@code bwselect = "mserd"} (Calonico, Cattaneo and Titiunik 2014, Econometrica 82(6);
 * Calonico, Cattaneo and Farrell 2020, Econometrics Journal 23(2)), step by step as {@code rdbwselect} of
 * rdrobust 4.0.0:
 * <ol>
 * <li>a rule-of-thumb pilot {@code c = C_K · min(sd(x), IQR(x)/1.349) · N^(-1/5)}, at most the farther distance from
 * the cutoff to the data (with mass points: N counts distinct values, and c covers at least 10 distinct values on
 * each side when 20% or more of the rows are repeats);
 * <li>{@code d} for the derivative of order q+1, from a fit of order q+2 over each whole side;
 * <li>{@code b} for the derivative of order p+1 with fits of order q+1 at d;
 * <li>{@code h} for the jump with fits of order q at b.
 * </ol>
 * Each step is {@code (V_left + V_right) / ((B_right - B_left)² + R_left + R_right)} to the power {@code 1/(2o+3)},
 * where V is the variance constant of the order-o fit at the pilot c, B its leading bias and R the regularisation
 * term (3 times the variance of the bias estimate; none for d), and each bandwidth is at most the farther range.
 */
final class MseOptimalBandwidth {
    /** rdrobust's minimum count of distinct values within the pilot bandwidth when mass points are found. */
    private static final int DISTINCT_MINIMUM = 10;
    /** rdrobust's share of repeated values from which the running variable is said to have mass points. */
    private static final double MASS_SHARE = 0.2;

    /** One side's constants for one bandwidth: variance, leading bias, regularisation and the rate exponent. */
    private record Pilot(double variance, double bias, double regularization, double rate) {
    }

    private final Side left;
    private final Side right;
    /** The responses whose ratio is estimated: {1} for a sharp design, {outcome, treatment} for a fuzzy one. */
    private final boolean fuzzy;
    private final DiscontinuityOptions options;

    MseOptimalBandwidth(Side left, Side right, boolean fuzzy, DiscontinuityOptions options) {
        this.left = left;
        this.right = right;
        this.fuzzy = fuzzy;
        this.options = options;
    }

    /**
     * h and b for the design.
     *
     * @throws RegressionDiscontinuityException when a side has too few distinct values of x for the pilot fits
     */
    Bandwidths select(RunningVariable running) {
        int p = options.order();
        int q = options.biasOrderOrDefault();
        Kernel kernel = options.kernel();
        double spread = Math.min(running.standardDeviation(), running.interquartileRange() / 1.349);
        int distinctLeft = left.distinct();
        int distinctRight = right.distinct();
        double count = options.massPoints() ? distinctLeft + distinctRight : running.n();
        double maxLeft = left.range();
        double maxRight = right.range();
        double max = Math.max(maxLeft, maxRight);
        double pilot = Math.min(kernel.pilotConstant() * spread * Math.pow(count, -0.2), max);
        double floor = 0;
        if (options.massPoints() && (1 - distinctLeft / (double) left.size() >= MASS_SHARE
                || 1 - distinctRight / (double) right.size() >= MASS_SHARE)) {
            floor = Math.max(left.distanceOfDistinct(Math.min(DISTINCT_MINIMUM, distinctLeft)),
                    right.distanceOfDistinct(Math.min(DISTINCT_MINIMUM, distinctRight))) + 1e-8;
            pilot = Math.max(pilot, floor);
        }

        Pilot dLeft = pilot(left, q + 1, q + 1, q + 2, pilot, maxLeft, 0);
        Pilot dRight = pilot(right, q + 1, q + 1, q + 2, pilot, maxRight, 0);
        double d = Math.min(combine(dLeft, dRight, 0), max);
        d = Math.max(d, floor);

        Pilot bLeft = pilot(left, q, p + 1, q + 1, pilot, d, 1);
        Pilot bRight = pilot(right, q, p + 1, q + 1, pilot, d, 1);
        double b = Math.min(combine(bLeft, bRight, 1), max);

        Pilot hLeft = pilot(left, p, 0, q, pilot, b, 1);
        Pilot hRight = pilot(right, p, 0, q, pilot, b, 1);
        double h = Math.min(combine(hLeft, hRight, 1), max);
        return new Bandwidths(h, b, "mserd");
    }

    private static double combine(Pilot l, Pilot r, double regularization) {
        double bias = r.bias() - l.bias();
        return Math.pow((l.variance() + r.variance())
                / (bias * bias + regularization * (l.regularization() + r.regularization())), l.rate());
    }

    /**
     * rdrobust's {@code rdrobust_bw}: the variance constant of the derivative of order {@code nu} from a fit of
     * order {@code o} at the pilot bandwidth, and its bias from the coefficient of order o+1 of a fit of order
     * {@code biasOrder} at {@code biasBandwidth}.
     */
    private Pilot pilot(Side side, int o, int nu, int biasOrder, double pilot, double biasBandwidth,
            double regularization) {
        Kernel kernel = options.kernel();
        requireDistinct(side, pilot, o);
        LocalFit variance = LocalFit.of(side, kernel, o, pilot);
        double[] s = combination(variance, nu);
        double[] omega = variance.equivalentWeights(nu, variance.rows);
        double[][] residuals = Residuals.of(variance, variance.rows, options.variance(), options.neighbours());
        double v = (2 * nu + 1) * pilot * Residuals.variance(omega, Residuals.combine(residuals, s));
        double constant = 0;
        for (int i = 0; i < variance.rows; i++) {
            constant += omega[i] * Math.pow(side.u[i] / pilot, o + 1);
        }

        requireDistinct(side, biasBandwidth, biasOrder);
        LocalFit bias = LocalFit.of(side, kernel, biasOrder, biasBandwidth);
        double leading = 0;
        for (int r = 0; r < s.length; r++) {
            leading += s[r] * bias.coefficient(r, o + 1);
        }
        double regularizer = 0;
        if (regularization > 0) {
            double[] biasOmega = bias.equivalentWeights(o + 1, bias.rows);
            double[][] biasResiduals = Residuals.of(bias, bias.rows, options.variance(), options.neighbours());
            double biasVariance = Residuals.variance(biasOmega, Residuals.combine(biasResiduals, s))
                    / Math.pow(biasBandwidth, 2.0 * (o + 1));
            regularizer = regularization * 2 * (o + 1 - nu) * 3 * constant * constant * biasVariance;
        }
        double b = Math.sqrt(2.0 * (o + 1 - nu)) * constant * leading;
        return new Pilot(v, b, regularizer, 1.0 / (2 * o + 3));
    }

    /**
     * The weights of outcome and treatment in the linearised ratio (1 for a sharp design): {@code (1/τ_T,
     * -τ_Y/τ_T²)} with the derivatives of order nu of the pilot fit, as rdrobust.
     */
    private double[] combination(LocalFit fit, int nu) {
        if (!fuzzy) {
            return new double[] {1};
        }
        double factorial = 1;
        for (int k = 2; k <= nu; k++) {
            factorial *= k;
        }
        double tauY = factorial * fit.coefficient(0, nu);
        double tauT = factorial * fit.coefficient(1, nu);
        return new double[] {1 / tauT, -tauY / (tauT * tauT)};
    }

    private void requireDistinct(Side side, double h, int order) {
        int distinct = side.distinct(side.rowsWithin(options.kernel(), h));
        if (distinct < order + 1) {
            throw new RegressionDiscontinuityException("too few observations near the cutoff to select a "
                    + "bandwidth: the pilot polynomial of order " + order + " within " + Side.format(h) + " "
                    + side.label + " has " + distinct + " distinct value" + (distinct == 1 ? "" : "s")
                    + " of the running variable and needs " + (order + 1) + "; give a bandwidth");
        }
    }
}

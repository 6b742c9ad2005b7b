package causal.rdd;

/**
 * The local polynomial density estimator of Cattaneo, Jansson and Ma (2020, JASA 115(531)) on each side of the
 * cutoff, as rddensity's {@code rddensity_fV} with {@code fitselect = "unrestricted"} and {@code vce = "jackknife"}:
 * the empirical distribution function is regressed on {@code (1, t, …, t^order)}, {@code t = x/h}, with kernel
 * weights, separately left ({@code -h_l <= x < 0}) and right ({@code 0 <= x <= h_r}) of the cutoff (x centred at it);
 * the coefficient of x is the density. Its jackknife variance sums, over the rows, the squared leave-in share of
 * the later rows' weights.
 */
final class DensityFit {
    /** Density left and right of the cutoff (coefficient of x). */
    final double left;
    final double right;
    /** The coefficient of {@code x^derivative} on each side (rddensity's column "s"). */
    final double leftDerivative;
    final double rightDerivative;
    /** Jackknife variances of the left density, the right density, their difference and their sum. */
    final double varianceLeft;
    final double varianceRight;
    final double varianceDifference;
    final double varianceSum;
    final int rowsLeft;
    final int rowsRight;

    private DensityFit(double[] estimates, double[] variances, int rowsLeft, int rowsRight) {
        this.left = estimates[0];
        this.right = estimates[1];
        this.leftDerivative = estimates[2];
        this.rightDerivative = estimates[3];
        this.varianceLeft = variances[0];
        this.varianceRight = variances[1];
        this.varianceDifference = variances[2];
        this.varianceSum = variances[3];
        this.rowsLeft = rowsLeft;
        this.rowsRight = rowsRight;
    }

    /**
     * Fits the rows of {@code x} (sorted, centred at the cutoff) within {@code [-hl, hr]}.
     *
     * @param cdf        the empirical distribution function at each row, {@code rank/(N-1)}
     * @param massPoints whether tied rows share the jackknife term of the first of them (rddensity's mass-point
     *                   correction)
     * @throws RegressionDiscontinuityException when a side has too few distinct values for the order
     */
    static DensityFit of(double[] x, double[] cdf, double hl, double hr, int order, int derivative, Kernel kernel,
            boolean massPoints) {
        int from = 0;
        while (from < x.length && x[from] < -hl) {
            from++;
        }
        int zero = from;
        while (zero < x.length && x[zero] < 0) {
            zero++;
        }
        int to = zero;
        while (to < x.length && x[to] <= hr) {
            to++;
        }
        double[] omegaLeft = new double[to - from];
        double[] omegaRight = new double[to - from];
        double[] leftFit = side(x, cdf, from, zero, hl, order, derivative, kernel, omegaLeft, 0);
        double[] rightFit = side(x, cdf, zero, to, hr, order, derivative, kernel, omegaRight, zero - from);
        double[] variances = jackknife(x, from, omegaLeft, omegaRight, x.length - 1, massPoints);
        return new DensityFit(new double[] {leftFit[0], rightFit[0], leftFit[1], rightFit[1]}, variances,
                zero - from, to - zero);
    }

    /**
     * One side's weighted fit of the distribution function: returns the slope and the coefficient of
     * {@code x^derivative}, and fills {@code omega} (from {@code offset}) with each row's weight in the slope.
     */
    private static double[] side(double[] x, double[] cdf, int from, int to, double h, int order, int derivative,
            Kernel kernel, double[] omega, int offset) {
        int k = order + 1;
        double[] gram = new double[k * k];
        double[] moment = new double[k];
        double[] powers = new double[k];
        double[] weight = new double[to - from];
        for (int i = from; i < to; i++) {
            double t = x[i] / h;
            double w = kernel.weight(t) / h;
            weight[i - from] = w;
            LocalFit.fillPowers(t, powers);
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    gram[a * k + b] += w * powers[a] * powers[b];
                }
                moment[a] += w * powers[a] * cdf[i];
            }
        }
        double[] inverse = SymmetricInverse.of(gram, k);
        if (inverse == null) {
            throw new RegressionDiscontinuityException("too few distinct values of the running variable within "
                    + Side.format(h) + (from < to && x[from] < 0 ? " left" : " right") + " of the cutoff for a "
                    + "local polynomial density of order " + order + "; give a wider bandwidth");
        }
        double[] gamma = SymmetricInverse.times(inverse, k, moment);
        for (int i = from; i < to; i++) {
            LocalFit.fillPowers(x[i] / h, powers);
            double s = 0;
            for (int b = 0; b < k; b++) {
                s += inverse[k + b] * powers[b];
            }
            omega[offset + i - from] = weight[i - from] * s / h;
        }
        return new double[] {gamma[1] / h, gamma[derivative] / Math.pow(h, derivative)};
    }

    /**
     * rddensity's jackknife: row i's term is the sum of the slope weights of the rows after it over {@code N - 1};
     * the variance of each density is the sum of the squared terms, and the two sides' terms covary.
     */
    private static double[] jackknife(double[] x, int from, double[] omegaLeft, double[] omegaRight, int nMinusOne,
            boolean massPoints) {
        int n = omegaLeft.length;
        double[] a = new double[n];
        double[] c = new double[n];
        double laterLeft = 0;
        double laterRight = 0;
        for (int i = n - 1; i >= 0; i--) {
            a[i] = laterLeft / nMinusOne;
            c[i] = laterRight / nMinusOne;
            laterLeft += omegaLeft[i];
            laterRight += omegaRight[i];
        }
        if (massPoints) {
            for (int i = 1; i < n; i++) {
                if (x[from + i] == x[from + i - 1]) {
                    a[i] = a[i - 1];
                    c[i] = c[i - 1];
                }
            }
        }
        double vl = 0;
        double vr = 0;
        double cov = 0;
        for (int i = 0; i < n; i++) {
            vl += a[i] * a[i];
            vr += c[i] * c[i];
            cov += a[i] * c[i];
        }
        return new double[] {vl, vr, vl + vr - 2 * cov, vl + vr + 2 * cov};
    }
}

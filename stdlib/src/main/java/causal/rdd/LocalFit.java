package causal.rdd;

/**
 * Kernel-weighted least squares of every response of a {@link Side} on {@code (1, t, …, t^order)}, {@code t = u/h},
 * over the leading rows with a positive weight {@code K(t)}. Working in {@code t} rather than in {@code u} (as
 * rdrobust does) keeps the Gram matrix well scaled whatever the units of x; a coefficient of {@code u^j} is the
 * one of {@code t^j} divided by {@code h^j}.
 */
final class LocalFit {
    final Side side;
    final int rows;
    final int order;
    final double bandwidth;
    final double[] weight;
    /** Inverse of {@code Σ w t t'}, row-major, {@code (order+1)²}. */
    private final double[] inverse;
    /** {@code coefficients[k][j]}: response k's coefficient of {@code t^j}. */
    private final double[][] coefficients;

    private LocalFit(Side side, int rows, int order, double bandwidth, double[] weight, double[] inverse,
            double[][] coefficients) {
        this.side = side;
        this.rows = rows;
        this.order = order;
        this.bandwidth = bandwidth;
        this.weight = weight;
        this.inverse = inverse;
        this.coefficients = coefficients;
    }

    /**
     * Fits the rows of {@code side} within bandwidth {@code h}. The caller has checked that they hold at least
     * {@code order + 1} distinct values of x.
     */
    static LocalFit of(Side side, Kernel kernel, int order, double h) {
        int rows = side.rowsWithin(kernel, h);
        int k = order + 1;
        double[] weight = new double[rows];
        double[] gram = new double[k * k];
        double[][] moments = new double[side.responses()][k];
        double[] powers = new double[k];
        for (int i = 0; i < rows; i++) {
            double t = side.u[i] / h;
            double w = kernel.weight(t);
            weight[i] = w;
            fillPowers(t, powers);
            for (int a = 0; a < k; a++) {
                double wa = w * powers[a];
                for (int b = a; b < k; b++) {
                    gram[a * k + b] += wa * powers[b];
                }
                for (int r = 0; r < moments.length; r++) {
                    moments[r][a] += wa * side.columns[r][i];
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < a; b++) {
                gram[a * k + b] = gram[b * k + a];
            }
        }
        double[] inverse = SymmetricInverse.of(gram, k);
        if (inverse == null) {
            throw new RegressionDiscontinuityException("the local polynomial of order " + order + " within "
                    + h + " of the cutoff is numerically singular (" + rows + " observations, "
                    + side.distinct(rows) + " distinct values of the running variable); widen the bandwidth or "
                    + "lower the order");
        }
        double[][] coefficients = new double[moments.length][];
        for (int r = 0; r < moments.length; r++) {
            coefficients[r] = SymmetricInverse.times(inverse, k, moments[r]);
        }
        return new LocalFit(side, rows, order, h, weight, inverse, coefficients);
    }

    static void fillPowers(double t, double[] powers) {
        double p = 1;
        for (int a = 0; a < powers.length; a++) {
            powers[a] = p;
            p *= t;
        }
    }

    /** Response k's coefficient of {@code u^j}. */
    double coefficient(int response, int j) {
        return coefficients[response][j] / Math.pow(bandwidth, j);
    }

    /**
     * The weight of each row in the coefficient of {@code t^j}: {@code ω_i = w_i e_j' G⁻¹ (1, t_i, …)}, so that the
     * coefficient is {@code Σ ω_i y_i}. Length {@code length ≥ rows}; rows past the fit have weight 0.
     */
    double[] equivalentWeights(int j, int length) {
        int k = order + 1;
        double[] omega = new double[length];
        double[] powers = new double[k];
        for (int i = 0; i < rows; i++) {
            fillPowers(side.u[i] / bandwidth, powers);
            double s = 0;
            for (int b = 0; b < k; b++) {
                s += inverse[j * k + b] * powers[b];
            }
            omega[i] = weight[i] * s;
        }
        return omega;
    }

    /** Response k's fitted value at distance u from the cutoff. */
    double predict(int response, double u) {
        double t = u / bandwidth;
        double s = 0;
        double power = 1;
        for (int b = 0; b <= order; b++) {
            s += coefficients[response][b] * power;
            power *= t;
        }
        return s;
    }

    /** Response k's fitted values on the first {@code length} rows of the side (also past the fit's own rows). */
    double[] fitted(int response, int length) {
        double[] fit = new double[length];
        double[] powers = new double[order + 1];
        for (int i = 0; i < length; i++) {
            fillPowers(side.u[i] / bandwidth, powers);
            double s = 0;
            for (int b = 0; b <= order; b++) {
                s += coefficients[response][b] * powers[b];
            }
            fit[i] = s;
        }
        return fit;
    }

    /** The leverage {@code w_i t_i' G⁻¹ t_i} of the first {@code length} rows, 0 past the fit's rows. */
    double[] leverage(int length) {
        int k = order + 1;
        double[] h = new double[length];
        double[] powers = new double[k];
        for (int i = 0; i < rows; i++) {
            fillPowers(side.u[i] / bandwidth, powers);
            double s = 0;
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    s += powers[a] * inverse[a * k + b] * powers[b];
                }
            }
            h[i] = weight[i] * s;
        }
        return h;
    }
}

package causal.rdd;

/**
 * The residuals that enter the sandwich variance of a local fit, one column per response, as rdrobust's
 * {@code rdrobust_res}: nearest-neighbour residuals for {@link VarianceEstimator#NEAREST_NEIGHBOUR}, else the fit's
 * residuals with the HC0–HC3 scaling.
 */
final class Residuals {
    /** rdrobust floors {@code 1 - leverage} here so that HC2/HC3 stay finite. */
    private static final double LEVERAGE_FLOOR = 1e-8;

    private Residuals() {
    }

    /**
     * {@code [response][row]} for the first {@code n} rows of the fit's side. The fitted values are those of
     * {@code fit}, whose own rows may be fewer than n (a fit at the smaller of two bandwidths).
     */
    static double[][] of(LocalFit fit, int n, VarianceEstimator estimator, int neighbours) {
        return estimator == VarianceEstimator.NEAREST_NEIGHBOUR
                ? nearestNeighbour(fit.side, n, neighbours)
                : scaled(fit, n, estimator);
    }

    /**
     * For each row, the rows within the smallest window around it (ties in x kept together) that holds at least
     * {@code min(neighbours, n-1)} other rows, growing on the nearer side and on both at a tie in distance; the
     * residual is {@code sqrt(J/(J+1)) (y_i - mean of the J others)}.
     */
    static double[][] nearestNeighbour(Side side, int n, int neighbours) {
        double[] u = side.u;
        int[] ties = side.tieCount;
        int wanted = Math.min(neighbours, n - 1);
        double[][] residuals = new double[side.responses()][n];
        for (int pos = 0; pos < n; pos++) {
            int after = ties[pos] - side.tieIndex[pos];
            int before = side.tieIndex[pos] - 1;
            while (before + after < wanted) {
                int below = pos - before - 1;
                int above = pos + after + 1;
                if (below < 0) {
                    after += ties[above];
                } else if (above >= n) {
                    before += ties[below];
                } else {
                    double toBelow = Math.abs(u[pos] - u[below]);
                    double toAbove = Math.abs(u[above] - u[pos]);
                    if (toBelow > toAbove) {
                        after += ties[above];
                    } else if (toBelow < toAbove) {
                        before += ties[below];
                    } else {
                        after += ties[above];
                        before += ties[below];
                    }
                }
            }
            int from = Math.max(0, pos - before);
            int to = Math.min(n - 1, pos + after);
            int others = to - from;
            double scale = Math.sqrt(others / (others + 1.0));
            for (int r = 0; r < residuals.length; r++) {
                double[] y = side.columns[r];
                double sum = 0;
                for (int i = from; i <= to; i++) {
                    sum += y[i];
                }
                residuals[r][pos] = scale * (y[pos] - (sum - y[pos]) / others);
            }
        }
        return residuals;
    }

    private static double[][] scaled(LocalFit fit, int n, VarianceEstimator estimator) {
        Side side = fit.side;
        double[] leverage = estimator == VarianceEstimator.HC2 || estimator == VarianceEstimator.HC3
                ? fit.leverage(n)
                : null;
        double hc1 = Math.sqrt(n / (double) (n - fit.order - 1));
        double[][] residuals = new double[side.responses()][];
        for (int r = 0; r < residuals.length; r++) {
            double[] fitted = fit.fitted(r, n);
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                double factor = switch (estimator) {
                    case HC1 -> hc1;
                    case HC2 -> 1 / Math.sqrt(Math.max(1 - leverage[i], LEVERAGE_FLOOR));
                    case HC3 -> 1 / Math.max(1 - leverage[i], LEVERAGE_FLOOR);
                    default -> 1;
                };
                e[i] = factor * (side.columns[r][i] - fitted[i]);
            }
            residuals[r] = e;
        }
        return residuals;
    }

    /** {@code Σ_k s_k e_k}: the residual of the linear combination s of the responses. */
    static double[] combine(double[][] residuals, double[] s) {
        double[] out = new double[residuals[0].length];
        for (int r = 0; r < residuals.length; r++) {
            if (s[r] != 0) {
                for (int i = 0; i < out.length; i++) {
                    out[i] += s[r] * residuals[r][i];
                }
            }
        }
        return out;
    }

    /** {@code Σ (ω_i e_i)²}: the sandwich variance of the estimate {@code Σ ω_i y_i}. */
    static double variance(double[] omega, double[] e) {
        double v = 0;
        for (int i = 0; i < e.length; i++) {
            double a = omega[i] * e[i];
            v += a * a;
        }
        return v;
    }
}

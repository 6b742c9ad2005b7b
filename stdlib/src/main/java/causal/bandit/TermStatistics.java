package causal.bandit;

import causal.inference.ZStatistic;

/**
 * Standard errors of the off-policy estimators from their per-row terms, and the normal confidence interval: the
 * estimators are means (IPS, DR) or ratios of means (SNIPS, replay) of independent rows.
 */
final class TermStatistics {
    private TermStatistics() {
    }

    /** The mean of {@code terms} with standard error {@code sd(terms) / sqrt(n)}, sd with divisor n − 1. */
    static PolicyValueEstimate mean(String estimator, double[] terms, double level) {
        int n = terms.length;
        double mean = 0;
        for (double t : terms) {
            mean += t;
        }
        mean /= n;
        double squares = 0;
        for (double t : terms) {
            squares += (t - mean) * (t - mean);
        }
        double se = n > 1 ? Math.sqrt(squares / (n - 1) / n) : Double.NaN;
        return withInterval(estimator, mean, se, level);
    }

    /**
     * {@code V = Σ w_i r_i / Σ w_i} with the delta-method standard error
     * {@code sqrt(n / (n − 1) · Σ w_i² (r_i − V)²) / Σ w_i}: the ratio's linearisation {@code w_i (r_i − V)} has
     * mean 0, and its sample variance (divisor n − 1) over n, divided by the squared mean weight, is this.
     */
    static PolicyValueEstimate ratio(String estimator, double[] weight, double[] reward, double level) {
        int n = weight.length;
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            weighted += weight[i] * reward[i];
            total += weight[i];
        }
        double value = weighted / total;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double u = weight[i] * (reward[i] - value);
            squares += u * u;
        }
        double se = n > 1 ? Math.sqrt(squares * n / (n - 1)) / total : Double.NaN;
        return withInterval(estimator, value, se, level);
    }

    private static PolicyValueEstimate withInterval(String estimator, double value, double se, double level) {
        double z = ZStatistic.critical(level);
        return new PolicyValueEstimate(estimator, value, se, value - z * se, value + z * se);
    }
}

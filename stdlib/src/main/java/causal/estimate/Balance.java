package causal.estimate;

import causal.learn.DesignMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Balance of each covariate (design column, intercept excluded) before and after matching or weighting, from its
 * rows: the moments of each group, then {@link BalanceTable.Row#of} (MatchIt's {@code std.mean.diff}).
 */
final class Balance {
    private Balance() {
    }

    /** {@code after[i]} is row i's matching or balancing weight (0: not in the adjusted sample). */
    static BalanceTable of(DesignMatrix design, double[] treatment, double[] after, Estimand estimand) {
        List<BalanceTable.Row> rows = new ArrayList<>();
        for (int j = 1; j < design.columns(); j++) {
            double[] x = design.column(j);
            Moments treated = Moments.of(x, treatment, 1.0, null);
            Moments control = Moments.of(x, treatment, 0.0, null);
            Moments treatedAfter = Moments.of(x, treatment, 1.0, after);
            Moments controlAfter = Moments.of(x, treatment, 0.0, after);
            rows.add(BalanceTable.Row.of(design.names().get(j), isBinary(x), estimand, treated.mean,
                    treated.variance, control.mean, control.variance, treatedAfter.mean, controlAfter.mean));
        }
        return new BalanceTable(rows);
    }

    private static boolean isBinary(double[] x) {
        for (double v : x) {
            if (v != 0.0 && v != 1.0) {
                return false;
            }
        }
        return true;
    }

    /** Weighted mean and the unbiased (reliability-weighted, as {@code cov.wt}) variance of one group. */
    private record Moments(double mean, double variance) {
        static Moments of(double[] x, double[] treatment, double group, double[] weight) {
            double sw = 0;
            double sw2 = 0;
            double swx = 0;
            for (int i = 0; i < x.length; i++) {
                if (treatment[i] == group) {
                    double w = weight == null ? 1.0 : weight[i];
                    sw += w;
                    sw2 += w * w;
                    swx += w * x[i];
                }
            }
            double mean = swx / sw;
            double ss = 0;
            for (int i = 0; i < x.length; i++) {
                if (treatment[i] == group) {
                    double w = weight == null ? 1.0 : weight[i];
                    ss += w * (x[i] - mean) * (x[i] - mean);
                }
            }
            double variance = (ss / sw) / (1 - sw2 / (sw * sw));
            return new Moments(mean, variance);
        }
    }
}

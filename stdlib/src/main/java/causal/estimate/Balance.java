package causal.estimate;

import causal.learn.DesignMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Balance of each covariate (design column, intercept excluded) before and after matching or weighting. The SMD is
 * MatchIt's {@code std.mean.diff}: the difference in means over the standard deviation of the focal group in the
 * full sample (treated for ATT, controls for ATC, {@code sqrt((s1² + s0²) / 2)} for ATE), with {@code sqrt(p(1-p))}
 * for a 0/1 covariate; the same denominator is used after, so the two are comparable.
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
            double sd = denominator(isBinary(x), treated, control, estimand);
            rows.add(new BalanceTable.Row(design.names().get(j), treated.mean, control.mean,
                    smd(treated.mean - control.mean, sd), treatedAfter.mean, controlAfter.mean,
                    smd(treatedAfter.mean - controlAfter.mean, sd)));
        }
        return new BalanceTable(rows);
    }

    // A covariate with no spread in the reference group has no scale; report 0 rather than infinity.
    private static double smd(double difference, double sd) {
        return sd > 0 ? difference / sd : 0.0;
    }

    private static double denominator(boolean binary, Moments treated, Moments control, Estimand estimand) {
        double v1 = binary ? treated.mean * (1 - treated.mean) : treated.variance;
        double v0 = binary ? control.mean * (1 - control.mean) : control.variance;
        return switch (estimand) {
            case ATT -> Math.sqrt(v1);
            case ATC -> Math.sqrt(v0);
            // Only the instrumental-variable estimators take the LATE (their specs say so).
            case LATE, CATE -> throw new IllegalStateException("this estimator takes ATE, ATT or ATC only");
            case ATE -> Math.sqrt((v1 + v0) / 2);
        };
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

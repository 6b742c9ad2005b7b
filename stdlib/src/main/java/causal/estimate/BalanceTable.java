package causal.estimate;

import java.util.List;

/**
 * Covariate means by group before and after matching or weighting, with standardized mean differences (SMD):
 * the difference in means over a standard deviation that stays the same before and after (see the estimator).
 */
public record BalanceTable(List<Row> rows) {

    public BalanceTable {
        rows = List.copyOf(rows);
    }

    public record Row(String covariate, double meanTreated, double meanControl, double smdBefore,
            double meanTreatedAfter, double meanControlAfter, double smdAfter) {

        /**
         * The row of a covariate from each group's moments in the full sample (mean, and the unbiased variance,
         * unused for a 0/1 covariate) and its means after: MatchIt's {@code std.mean.diff}, the difference in means
         * over the standard deviation of the focal group in the full sample (treated for ATT, controls for ATC,
         * {@code sqrt((s1² + s0²) / 2)} for ATE), {@code sqrt(p(1-p))} for a 0/1 covariate; the same denominator
         * after, so the two are comparable. The in-memory and the streamed estimators both build rows here.
         */
        public static Row of(String covariate, boolean binary, Estimand estimand, double meanTreated,
                double varianceTreated, double meanControl, double varianceControl, double meanTreatedAfter,
                double meanControlAfter) {
            double v1 = binary ? meanTreated * (1 - meanTreated) : varianceTreated;
            double v0 = binary ? meanControl * (1 - meanControl) : varianceControl;
            double sd = switch (estimand) {
                case ATT -> Math.sqrt(v1);
                case ATC -> Math.sqrt(v0);
                case ATE -> Math.sqrt((v1 + v0) / 2);
                // Only the instrumental-variable estimators take the LATE (their specs say so).
                case LATE, CATE -> throw new IllegalStateException("balance is reported for ATE, ATT or ATC only");
            };
            return new Row(covariate, meanTreated, meanControl, smd(meanTreated - meanControl, sd),
                    meanTreatedAfter, meanControlAfter, smd(meanTreatedAfter - meanControlAfter, sd));
        }

        // A covariate with no spread in the reference group has no scale; report 0 rather than infinity.
        private static double smd(double difference, double sd) {
            return sd > 0 ? difference / sd : 0.0;
        }
    }
}

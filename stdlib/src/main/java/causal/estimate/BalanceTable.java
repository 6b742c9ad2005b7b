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
    }
}

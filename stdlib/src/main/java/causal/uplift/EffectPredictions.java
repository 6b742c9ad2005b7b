package causal.uplift;

import causal.data.NumericColumn;
import causal.inference.ZStatistic;

/**
 * Predicted effects with their standard errors, one row per predicted row: the column {@code cate} holds
 * {@code τ̂(x)} and {@code std_error} its standard error, and the 95% interval is {@code τ̂ ± 1.96 se} (normal, as
 * grf's {@code predict(..., estimate.variance = TRUE)} is used).
 */
public record EffectPredictions(NumericColumn effect, NumericColumn stdError) {
    public int size() {
        return effect.size();
    }

    /** The lower end of row {@code row}'s 95% interval. */
    public double ciLow(int row) {
        return effect.get(row) - ZStatistic.CRITICAL_95 * stdError.get(row);
    }

    /** The upper end of row {@code row}'s 95% interval. */
    public double ciHigh(int row) {
        return effect.get(row) + ZStatistic.CRITICAL_95 * stdError.get(row);
    }
}

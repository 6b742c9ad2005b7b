package causal.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Treatment against control: the difference (treatment − control), its standard error, a {@code confidence}-level
 * interval [ciLow, ciHigh], the two-sided p-value of no difference, and further named statistics in a fixed order
 * with snake_case keys ({@code control_mean}, {@code df}, …). Bayesian comparisons report the posterior sd, a
 * credible interval and a NaN p-value (they have none). The statistics map keeps its order and cannot be modified.
 */
public record ArmComparison(double difference, double stdError, double ciLow, double ciHigh, double pValue,
                            double confidence, Map<String, Double> statistics) {
    public ArmComparison {
        statistics = Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
    }

    /** A named statistic, or NaN when this comparison has none of that name. */
    public double statistic(String key) {
        return statistics.getOrDefault(key, Double.NaN);
    }
}

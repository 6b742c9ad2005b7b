package causal.design;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Treatment minus control on one metric, with its inference and named statistics (snake_case keys, in print
 * order). {@code pValue} is NaN for a Bayesian comparison, whose evidence is in {@code statistics}.
 */
public record ArmComparison(double difference, double stdError, double ciLow, double ciHigh, double pValue,
        Map<String, Double> statistics) {
    public ArmComparison {
        statistics = Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
    }
}

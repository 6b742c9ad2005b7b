package causal.recommend;

import java.util.List;
import java.util.Optional;

/**
 * What {@code evaluate mf on ratings split 0.2 seed 7 metrics rmse, ndcg@10} reports: the method, the split, the
 * sizes of the parts, how many users were tested, and each metric's value in the order asked.
 */
public record EvaluationResult(String method, Optional<Split> split, int trainingInteractions,
        int testInteractions, int testUsers, List<MetricValue> values) {

    public EvaluationResult {
        values = List.copyOf(values);
    }

    /** The value of the metric named {@code name} as {@link MetricValue#name()} or as asked ("coverage"). */
    public Optional<Double> value(String name) {
        return values.stream().filter(v -> v.name().equals(name) || v.metric().name().equals(name))
                .map(MetricValue::value).findFirst();
    }
}

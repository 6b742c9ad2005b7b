package causal.recommend;

/** One metric's value in an {@link EvaluationResult}, with the k its list metrics used. */
public record MetricValue(Metric metric, int listLength, double value) {

    /** The metric's name with the list length it used: "ndcg@10", "coverage@10", "rmse". */
    public String name() {
        return metric.kind().list() ? metric.kind().keyword() + "@" + listLength : metric.name();
    }
}

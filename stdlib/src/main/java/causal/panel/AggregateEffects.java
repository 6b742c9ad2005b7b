package causal.panel;

import java.util.List;

/**
 * ATT(g,t) averaged as {@code did::aggte}: the {@code overall} effect and, except for {@link Aggregation#SIMPLE},
 * one effect per event time, cohort or period ({@code parts}, in increasing order of key). Standard errors come
 * from the influence functions, including the estimation of the cohort-share weights. The overall interval is
 * pointwise; the parts' intervals use {@code criticalValue}, of a uniform band when {@code uniformBand}.
 */
public record AggregateEffects(Aggregation type, Effect overall, List<Effect> parts, double criticalValue,
        boolean uniformBand, double confidenceLevel) {
    /**
     * One average: {@code key} is the event time, cohort or period it is for (see {@link Aggregation#partName()});
     * 0 for an overall effect.
     */
    public record Effect(int key, double estimate, double stdError, double low, double high, double pValue) {}

    public AggregateEffects {
        parts = List.copyOf(parts);
    }

    /** The part with this key. */
    public Effect part(int key) {
        if (parts.isEmpty()) {
            throw new PanelException("the " + type.keyword() + " aggregation has only an overall effect");
        }
        for (Effect e : parts) {
            if (e.key() == key) {
                return e;
            }
        }
        throw new PanelException("the " + type.keyword() + " aggregation has no " + type.partName() + " " + key
                + "; it has " + parts.stream().map(Effect::key).toList());
    }
}

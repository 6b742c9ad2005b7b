package causal.graph;

import java.util.List;

/**
 * An instrument for the effect of a treatment on an outcome, valid once the nodes of {@code conditionedOn} are
 * conditioned on (empty for an unconditional instrument); see {@link Instruments}.
 */
public record Instrument(String instrument, List<String> conditionedOn) {
    public Instrument {
        conditionedOn = List.copyOf(conditionedOn);
    }
}

package causal.graph;

/** The verdict on a user's instrument and conditioning set; see {@link Instruments#check}. */
public sealed interface InstrumentCheck {
    /** Why the instrument fails, in words for a user; empty for {@link Valid}. */
    String reason();

    /** The instrument is associated with the treatment and separated from the outcome but for the effect. */
    record Valid() implements InstrumentCheck {
        @Override
        public String reason() {
            return "";
        }
    }

    /** The instrument, or a node conditioned on, is latent or not among the observed nodes. */
    record Unobserved(String node) implements InstrumentCheck {
        @Override
        public String reason() {
            return node + " is not observed";
        }
    }

    /**
     * A node conditioned on is affected by the treatment on its way to the outcome (a mediator) or by the outcome;
     * {@code directedPath} shows how, from the treatment or from the outcome.
     */
    record ConditionsOnEffect(String node, Path directedPath) implements InstrumentCheck {
        @Override
        public String reason() {
            return "cannot condition on " + node + ", an effect of " + directedPath.nodes().get(0) + " along "
                    + directedPath.render();
        }
    }

    /** The instrument is d-separated from the treatment given the conditioning set: it carries no information. */
    record NotAssociated() implements InstrumentCheck {
        @Override
        public String reason() {
            return "the instrument is independent of the treatment";
        }
    }

    /** This path from the instrument to the outcome is open, bypassing the treatment's effect. */
    record OpenToOutcome(Path path) implements InstrumentCheck {
        @Override
        public String reason() {
            return "the path " + path.render() + " from the instrument to the outcome is open";
        }
    }
}

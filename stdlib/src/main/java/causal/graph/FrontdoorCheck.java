package causal.graph;

/**
 * The verdict on a set of mediators under the front-door criterion; see {@link FrontdoorCriterion#check}. Each
 * failing verdict names the condition of Pearl (2009, definition 3.3.3) it breaks and the path that breaks it.
 */
public sealed interface FrontdoorCheck {
    /** Why the set fails, in words for a user; empty for {@link Valid}. */
    String reason();

    /** The set meets all three conditions. */
    record Valid() implements FrontdoorCheck {
        @Override
        public String reason() {
            return "";
        }
    }

    /** Condition (i) fails: this directed path from the treatment to the outcome avoids every mediator. */
    record NotIntercepting(Path path) implements FrontdoorCheck {
        @Override
        public String reason() {
            return "the causal path " + path.render() + " does not pass through the mediators";
        }
    }

    /** Condition (ii) fails: this backdoor path from the treatment to the mediator is open. */
    record BackdoorToMediator(String mediator, Path path) implements FrontdoorCheck {
        @Override
        public String reason() {
            return "the backdoor path " + path.render() + " from the treatment to mediator " + mediator
                    + " is open";
        }
    }

    /** Condition (iii) fails: this backdoor path from the mediator to the outcome is open given the treatment. */
    record UnblockedMediatorOutcome(String mediator, Path path) implements FrontdoorCheck {
        @Override
        public String reason() {
            return "the backdoor path " + path.render() + " from mediator " + mediator
                    + " to the outcome is not blocked by the treatment";
        }
    }

    /** The set names a node that is latent or not among the observed nodes. */
    record Unobserved(String node) implements FrontdoorCheck {
        @Override
        public String reason() {
            return "mediator " + node + " is not observed";
        }
    }
}

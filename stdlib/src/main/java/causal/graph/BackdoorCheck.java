package causal.graph;

import java.util.Optional;

/** The verdict on an adjustment set under the backdoor criterion; see {@link BackdoorCriterion#check}. */
public sealed interface BackdoorCheck {
    /** The set blocks every backdoor path and holds no descendant of a treatment. */
    record Valid() implements BackdoorCheck {}

    /** The set holds a descendant of a treatment (a mediator, say), reached from a treatment along this path. */
    record Descendant(String node, Path fromTreatment) implements BackdoorCheck {}

    /**
     * A backdoor path the set leaves open. When the path is open only because the set holds a collider on it, or a
     * descendant of one, {@code openedCollider} names that collider.
     */
    record OpenPath(Path path, Optional<String> openedCollider) implements BackdoorCheck {}

    /** The set names a node that may not be adjusted for: latent, or not among the observed nodes. */
    record Unobserved(String node) implements BackdoorCheck {}
}

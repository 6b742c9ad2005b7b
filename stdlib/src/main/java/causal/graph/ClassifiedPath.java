package causal.graph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One path between a treatment X and an outcome Y, with its kind and, when it is blocked given a conditioning set
 * Z, the nodes that block it (Pearl 2009, definition 1.2.3): a non-collider in Z, or a collider that is not in Z
 * and has no descendant in Z. The path is open exactly when nothing blocks it.
 *
 * @param blockers every blocking node, in order along the path from X
 */
public record ClassifiedPath(Path path, Kind kind, List<Blocker> blockers) {
    /** What the path carries from X to Y. */
    public enum Kind {
        /** Every edge points away from X: {@code x -> m -> y}. */
        CAUSAL("causal"),
        /** The first edge points into X, so the path can carry confounding: {@code x <- u -> y}, {@code x <-> y}. */
        BACKDOOR("backdoor"),
        /** Leaves X along an edge out of X but turns against the arrows later: {@code x -> c <- y}. */
        OTHER_NONCAUSAL("non-causal");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Why a node blocks a path. */
    public enum Reason {
        /** A chain or fork node that is conditioned on. */
        CONDITIONED_NON_COLLIDER,
        /** A collider that is not conditioned on and none of whose descendants is. */
        UNCONDITIONED_COLLIDER
    }

    /** A node that blocks the path, and why. */
    public record Blocker(String node, Reason reason) {
        /** The reason in words, naming the node. */
        public String explain() {
            return switch (reason) {
                case CONDITIONED_NON_COLLIDER -> node + " is conditioned on and is not a collider on this path";
                case UNCONDITIONED_COLLIDER -> node
                        + " is a collider on this path and neither it nor any of its descendants is conditioned on";
            };
        }
    }

    public ClassifiedPath {
        blockers = List.copyOf(blockers);
    }

    public boolean isOpen() {
        return blockers.isEmpty();
    }

    /** One line for a user: {@code x <- u -> y (backdoor, blocked: u is conditioned on and ...)}. */
    public String describe() {
        String state = isOpen() ? "open"
                : "blocked: " + blockers.stream().map(Blocker::explain).collect(Collectors.joining("; "));
        return path.render() + " (" + kind.words() + ", " + state + ")";
    }
}

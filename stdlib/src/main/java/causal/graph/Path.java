package causal.graph;

import java.util.List;
import java.util.Optional;

/**
 * A path in a DAG: its nodes in order and the arrow between each pair of consecutive nodes, so
 * {@code arrows.size() == nodes.size() - 1}.
 */
public record Path(List<String> nodes, List<Arrow> arrows) {
    /** How the edge between two consecutive nodes points, read from the earlier node to the later one. */
    public enum Arrow {
        /** {@code a -> b}. */
        FORWARD(" -> "),
        /** {@code a <- b}. */
        BACKWARD(" <- "),
        /** {@code a <-> b}, an unnamed latent common cause. */
        BIDIRECTED(" <-> ");

        private final String text;

        Arrow(String text) {
            this.text = text;
        }
    }

    public Path {
        nodes = List.copyOf(nodes);
        arrows = List.copyOf(arrows);
        if (nodes.isEmpty() || arrows.size() != nodes.size() - 1) {
            throw new IllegalArgumentException("a path needs one arrow between each pair of consecutive nodes");
        }
    }

    /** The path as a script would write it: {@code treat <- ability -> lwage}. */
    public String render() {
        StringBuilder text = new StringBuilder(nodes.get(0));
        for (int k = 0; k < arrows.size(); k++) {
            text.append(arrows.get(k).text).append(nodes.get(k + 1));
        }
        return text.toString();
    }

    /** Whether both arrows next to the node at {@code position} point into it. */
    public boolean isCollider(int position) {
        if (position <= 0 || position >= nodes.size() - 1) {
            return false;
        }
        return arrows.get(position - 1) != Arrow.BACKWARD && arrows.get(position) != Arrow.FORWARD;
    }

    /** The first collider from the start of the path, if any. */
    public Optional<String> firstCollider() {
        for (int k = 1; k < nodes.size() - 1; k++) {
            if (isCollider(k)) {
                return Optional.of(nodes.get(k));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return render();
    }
}

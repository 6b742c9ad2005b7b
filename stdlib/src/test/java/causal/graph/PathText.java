package causal.graph;

import java.util.ArrayList;
import java.util.List;

/** Expected paths written as a script would: {@code "m <- w -> Y"}, {@code "tar <-> cancer"}. */
final class PathText {
    private PathText() {}

    static Path path(String text) {
        String[] parts = text.split(" ");
        List<String> nodes = new ArrayList<>(List.of(parts[0]));
        List<Path.Arrow> arrows = new ArrayList<>();
        for (int k = 1; k < parts.length; k += 2) {
            arrows.add(switch (parts[k]) {
                case "->" -> Path.Arrow.FORWARD;
                case "<-" -> Path.Arrow.BACKWARD;
                case "<->" -> Path.Arrow.BIDIRECTED;
                default -> throw new IllegalArgumentException("not an arrow: " + parts[k]);
            });
            nodes.add(parts[k + 1]);
        }
        return new Path(nodes, arrows);
    }
}

package causal.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Shortest directed paths by breadth-first search along children, in name order. */
final class DirectedPaths {
    private DirectedPaths() {}

    /**
     * The shortest path from a node of {@code from} to a node of {@code to} whose interior avoids {@code avoided},
     * or empty; a source that is also a target is a path of one node.
     */
    static Optional<Path> shortest(Dag g, BitSet from, BitSet to, BitSet avoided) {
        int[] predecessor = new int[g.size()];
        Arrays.fill(predecessor, -2);
        int[] queue = new int[g.size()];
        int tail = 0;
        for (int v = from.nextSetBit(0); v >= 0; v = from.nextSetBit(v + 1)) {
            predecessor[v] = -1;
            queue[tail++] = v;
        }
        CompressedRows children = g.childRows();
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            if (to.get(v)) {
                return Optional.of(toPath(g, predecessor, v));
            }
            for (int k = children.start(v); k < children.end(v); k++) {
                int c = children.at(k);
                if (predecessor[c] == -2 && (!avoided.get(c) || to.get(c))) {
                    predecessor[c] = v;
                    queue[tail++] = c;
                }
            }
        }
        return Optional.empty();
    }

    private static Path toPath(Dag g, int[] predecessor, int end) {
        List<String> nodes = new ArrayList<>();
        for (int v = end; v >= 0; v = predecessor[v]) {
            nodes.add(0, g.name(v));
        }
        return new Path(nodes, Collections.nCopies(nodes.size() - 1, Path.Arrow.FORWARD));
    }
}

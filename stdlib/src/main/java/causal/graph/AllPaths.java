package causal.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Every simple path between a treatment X and an outcome Y, edges taken in either direction and a bidirected edge
 * {@code a <-> b} taken as one edge, each classified as causal, backdoor or other non-causal, and as open or
 * blocked given a conditioning set Z with the nodes that block it (dagitty's {@code paths(x, from, to, Z)} lists
 * the same paths and open flags). A node pair joined by both {@code a -> b} and {@code a <-> b} yields a path
 * through each edge.
 *
 * <p>The depth-first search only steps to a node from which Y can still be reached without revisiting the path so
 * far, so every branch ends in a path and the work is O(P · L · (V + E)) for P paths of length at most L; the
 * number of paths is capped, since it grows exponentially with the graph.
 */
public final class AllPaths {
    /** The default cap on the number of paths listed. */
    public static final int DEFAULT_LIMIT = 10_000;

    private final Dag g;
    private final int target;
    private final int limit;
    private final int[][] neighbours;
    private final Path.Arrow[][] arrows;
    private final int[] pathNodes;
    private final Path.Arrow[] pathArrows;
    private final BitSet onPath = new BitSet();
    private final List<FoundPath> found = new ArrayList<>();

    /** A path as node indices and the arrow after each node but the last. */
    record FoundPath(int[] nodes, Path.Arrow[] arrows) {}

    private AllPaths(Dag g, int target, int limit) {
        this.g = g;
        this.target = target;
        this.limit = limit;
        this.neighbours = new int[g.size()][];
        this.arrows = new Path.Arrow[g.size()][];
        this.pathNodes = new int[g.size()];
        this.pathArrows = new Path.Arrow[g.size()];
        for (int v = 0; v < g.size(); v++) {
            if (!g.isHidden(v)) {
                collectNeighbours(v);
            }
        }
    }

    /** {@link #between(Dag, String, String, Set, int)} with {@link #DEFAULT_LIMIT}. */
    public static List<ClassifiedPath> between(Dag g, String x, String y, Set<String> given) {
        return between(g, x, y, given, DEFAULT_LIMIT);
    }

    /**
     * The paths from {@code x} to {@code y}, sorted by number of edges, then by their rendered text. X, Y and the
     * nodes of {@code given} must be nodes of the graph, X and Y distinct and neither in {@code given}, otherwise
     * {@link IllegalArgumentException}; more than {@code limit} paths is a {@link PathLimitException}. Nothing is
     * modified.
     */
    public static List<ClassifiedPath> between(Dag g, String x, String y, Set<String> given, int limit) {
        int from = g.index(x);
        int to = g.index(y);
        BitSet conditioned = g.indices(given);
        if (from == to) {
            throw new IllegalArgumentException("a path needs two different ends");
        }
        if (conditioned.get(from) || conditioned.get(to)) {
            throw new IllegalArgumentException("the ends of a path cannot be conditioned on");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("the path limit must be at least 1");
        }
        AllPaths search = new AllPaths(g, to, limit);
        search.pathNodes[0] = from;
        search.extend(1);
        PathClassifier classifier = new PathClassifier(g, conditioned);
        List<ClassifiedPath> result = new ArrayList<>();
        for (FoundPath path : search.found) {
            result.add(classifier.classify(path));
        }
        result.sort(Comparator.<ClassifiedPath>comparingInt(p -> p.path().arrows().size())
                .thenComparing(p -> p.path().render()));
        return List.copyOf(result);
    }

    /** Neighbours of a named node with the arrow from it: children, named parents, bidirected partners. */
    private void collectNeighbours(int v) {
        List<Integer> to = new ArrayList<>();
        List<Path.Arrow> how = new ArrayList<>();
        CompressedRows children = g.childRows();
        for (int k = children.start(v); k < children.end(v); k++) {
            to.add(children.at(k));
            how.add(Path.Arrow.FORWARD);
        }
        CompressedRows parents = g.parentRows();
        for (int k = parents.start(v); k < parents.end(v); k++) {
            int p = parents.at(k);
            if (!g.isHidden(p)) {
                to.add(p);
                how.add(Path.Arrow.BACKWARD);
                continue;
            }
            // The hidden cause of a <-> b has exactly the two ends as children.
            for (int j = children.start(p); j < children.end(p); j++) {
                if (children.at(j) != v) {
                    to.add(children.at(j));
                    how.add(Path.Arrow.BIDIRECTED);
                }
            }
        }
        neighbours[v] = to.stream().mapToInt(Integer::intValue).toArray();
        arrows[v] = how.toArray(new Path.Arrow[0]);
    }

    /** Depth-first from the path's last node; found paths go to {@link #found}. */
    private void extend(int length) {
        int last = pathNodes[length - 1];
        onPath.set(last);
        for (int k = 0; k < neighbours[last].length; k++) {
            int next = neighbours[last][k];
            if (onPath.get(next)) {
                continue;
            }
            pathNodes[length] = next;
            pathArrows[length - 1] = arrows[last][k];
            if (next == target) {
                record(length + 1);
            } else if (reachesTargetAvoidingPath(next)) {
                extend(length + 1);
            }
        }
        onPath.clear(last);
    }

    private void record(int length) {
        if (found.size() >= limit) {
            throw new PathLimitException(g.name(pathNodes[0]), g.name(target), limit);
        }
        found.add(new FoundPath(Arrays.copyOf(pathNodes, length), Arrays.copyOf(pathArrows, length - 1)));
    }

    /** Whether the target can be reached from {@code start} over any edges without entering the current path. */
    private boolean reachesTargetAvoidingPath(int start) {
        BitSet seen = new BitSet(g.size());
        int[] stack = new int[g.size()];
        int top = 0;
        stack[top++] = start;
        seen.set(start);
        while (top > 0) {
            int v = stack[--top];
            for (int w : neighbours[v]) {
                if (w == target) {
                    return true;
                }
                if (!seen.get(w) && !onPath.get(w)) {
                    seen.set(w);
                    stack[top++] = w;
                }
            }
        }
        return false;
    }
}

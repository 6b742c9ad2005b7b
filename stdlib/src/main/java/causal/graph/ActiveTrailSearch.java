package causal.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Breadth-first search for a path from a set of sources to a set of targets that is open given a conditioning
 * set: Bayes-ball (Shachter 1998; Koller and Friedman 2009, algorithm 3.1) with predecessors kept, so it runs in
 * O(V + E) and also returns the shortest open path.
 *
 * <p>A search state is a node with the way the path arrived at it: with the arrowhead at the node (from a parent
 * or through a bidirected edge) or with the tail at it (from a child). At a node reached with its head the path
 * may continue to a child only if the node is not conditioned on, and turn back up to a parent (a collider) only
 * if the node is an ancestor of the conditioning set; a node reached with its tail passes the path on either way
 * if it is not conditioned on. Sources and targets never appear inside a path.
 *
 * <p>The shortest walk obeying these local rules is a simple path, so the path returned is a real one: a walk that
 * revisits a node can be shortened at that node without breaking a rule there.
 */
final class ActiveTrailSearch {
    private final Dag graph;
    private final BitSet cut;
    private final BitSet conditioned;
    private final BitSet conditionedAncestors;
    private final BitSet interiorAllowed;

    /**
     * @param cut nodes whose outgoing edges are ignored (the treatments, for the backdoor criterion)
     * @param interiorAllowed the only nodes a path may pass through, or null for every node
     */
    ActiveTrailSearch(Dag graph, BitSet cut, BitSet conditioned, BitSet interiorAllowed) {
        this.graph = graph;
        this.cut = cut;
        this.conditioned = conditioned;
        this.conditionedAncestors = graph.ancestorsOf(conditioned, cut);
        this.interiorAllowed = interiorAllowed;
    }

    boolean connects(BitSet sources, BitSet targets) {
        return new Frontier(sources, targets).search() >= 0;
    }

    Optional<Path> shortestPath(BitSet sources, BitSet targets) {
        Frontier frontier = new Frontier(sources, targets);
        int end = frontier.search();
        return end < 0 ? Optional.empty() : Optional.of(toPath(end, frontier.predecessor));
    }

    /** One breadth-first search; a state is 2 * node, plus 1 if the path reached the node by its head. */
    private final class Frontier {
        private final BitSet sources;
        private final BitSet targets;
        private final int[] predecessor = new int[2 * graph.size()];
        private final int[] queue = new int[2 * graph.size()];
        private final BitSet seen = new BitSet(2 * graph.size());
        private int tail;

        Frontier(BitSet sources, BitSet targets) {
            this.sources = sources;
            this.targets = targets;
        }

        /** The final state of the first open path found, or -1. */
        int search() {
            for (int x = sources.nextSetBit(0); x >= 0; x = sources.nextSetBit(x + 1)) {
                seen.set(2 * x);
                predecessor[2 * x] = -1;
                queue[tail++] = 2 * x;
            }
            for (int head = 0; head < tail; head++) {
                int state = queue[head];
                int v = state >> 1;
                boolean passesOn = !conditioned.get(v);
                if (passesOn && !cut.get(v)) {
                    CompressedRows children = graph.childRows();
                    for (int k = children.start(v); k < children.end(v); k++) {
                        int next = 2 * children.at(k) + 1;
                        if (step(state, next)) {
                            return next;
                        }
                    }
                }
                boolean arrivedByHead = (state & 1) == 1;
                if (arrivedByHead ? conditionedAncestors.get(v) : passesOn) {
                    CompressedRows parents = graph.parentRows();
                    for (int k = parents.start(v); k < parents.end(v); k++) {
                        int p = parents.at(k);
                        if (!cut.get(p) && step(state, 2 * p)) {
                            return 2 * p;
                        }
                    }
                }
            }
            return -1;
        }

        /** Takes one step; true when it reached a target. */
        private boolean step(int from, int next) {
            int w = next >> 1;
            if (targets.get(w)) {
                predecessor[next] = from;
                return true;
            }
            if (seen.get(next) || sources.get(w) || (interiorAllowed != null && !interiorAllowed.get(w))) {
                return false;
            }
            seen.set(next);
            predecessor[next] = from;
            queue[tail++] = next;
            return false;
        }
    }

    private Path toPath(int end, int[] predecessor) {
        List<Integer> states = new ArrayList<>();
        for (int s = end; s >= 0; s = predecessor[s]) {
            states.add(0, s);
        }
        List<String> nodes = new ArrayList<>();
        List<Path.Arrow> arrows = new ArrayList<>();
        nodes.add(graph.name(states.get(0) >> 1));
        for (int k = 1; k < states.size(); k++) {
            int v = states.get(k) >> 1;
            if (graph.isHidden(v)) {
                // a <- U -> b: the hidden cause of a bidirected edge, shown as a <-> b.
                arrows.add(Path.Arrow.BIDIRECTED);
                nodes.add(graph.name(states.get(++k) >> 1));
            } else {
                arrows.add((states.get(k) & 1) == 1 ? Path.Arrow.FORWARD : Path.Arrow.BACKWARD);
                nodes.add(graph.name(v));
            }
        }
        return new Path(nodes, arrows);
    }
}

package causal.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lists every minimal separator of the treatment and outcome vertices of a {@link MoralGraph} that uses removable
 * vertices only.
 *
 * <p>A minimal separator S is known by the component A of the treatment once S is removed; S is then exactly the
 * neighbourhood of A. The search starts from the separator closest to the treatment and moves one vertex s of S
 * over to the treatment's side at a time, then closes up again (Kloks and Kratsch 1998; Takata 2010). Every
 * minimal separator T is reached, since from any S whose treatment side lies inside T's some vertex of S lies on
 * T's treatment side. Work is polynomial per separator listed; separators already seen are remembered.
 */
final class MinimalSeparators {
    private final MoralGraph graph;
    /** One work stack for every traversal: the enumeration makes one per separator and vertex, so reuse matters. */
    private final int[] stack;

    private MinimalSeparators(MoralGraph graph) {
        this.graph = graph;
        this.stack = new int[graph.size()];
    }

    /** Each separator as a set of vertices, in the order found. */
    static List<BitSet> of(MoralGraph graph) {
        return new MinimalSeparators(graph).list();
    }

    /**
     * The minimal separator nearest the treatment vertex, or empty if unremovable vertices connect treatment and
     * outcome: the removable vertices reachable from the treatment, trimmed to those adjacent to the outcome's
     * side (van der Zander, Liśkiewicz and Textor 2019, algorithm FindMinSep; dagitty's closeSeparator).
     */
    static Optional<BitSet> nearest(MoralGraph graph) {
        BitSet start = new BitSet();
        start.set(MoralGraph.TREATMENT);
        return new MinimalSeparators(graph).closest(start).map(Separator::vertices);
    }

    private record Separator(BitSet vertices, BitSet treatmentSide) {}

    private List<BitSet> list() {
        BitSet start = new BitSet();
        start.set(MoralGraph.TREATMENT);
        List<BitSet> found = new ArrayList<>();
        Set<BitSet> seen = new HashSet<>();
        Deque<Separator> pending = new ArrayDeque<>();
        closest(start).ifPresent(pending::add);
        while (!pending.isEmpty()) {
            Separator s = pending.pop();
            if (!seen.add(s.vertices())) {
                continue;
            }
            found.add(s.vertices());
            for (int v = s.vertices().nextSetBit(0); v >= 0; v = s.vertices().nextSetBit(v + 1)) {
                // Most moves lead to a separator already found: test that before the treatment side is computed.
                Optional<BitSet> next = closestAfterMoving(s, v);
                if (next.isPresent() && !seen.contains(next.get())) {
                    pending.push(new Separator(next.get(), component(MoralGraph.TREATMENT, next.get())));
                }
            }
        }
        return found;
    }

    /**
     * The minimal separator closest to a connected vertex set K holding the treatment, with K on the treatment's
     * side, or empty if none exists. K first takes in every unremovable neighbour (no separator can contain
     * one); the outcome's component B beyond K's neighbourhood then gives the separator N(B).
     */
    Optional<Separator> closest(BitSet side) {
        return closestVertices(side).map(separator -> new Separator(separator,
                component(MoralGraph.TREATMENT, separator)));
    }

    /** The vertices of {@link #closest}'s separator, without its treatment side. */
    private Optional<BitSet> closestVertices(BitSet side) {
        BitSet k = (BitSet) side.clone();
        if (!absorbUnremovableNeighbours(k)) {
            return Optional.empty();
        }
        BitSet closedK = neighbourhood(k);
        closedK.or(k);
        BitSet outcomeSide = component(MoralGraph.OUTCOME, closedK);
        return Optional.of(neighbourhood(outcomeSide));
    }

    /**
     * {@link #closestVertices} of S's treatment side A with v of S moved over to it, in time for the vertices that
     * join A rather than for A: A already holds each of its unremovable neighbours (S has removable vertices only),
     * so only v's need absorbing, and A's neighbourhood is S itself, so K's closed neighbourhood is
     * {@code K ∪ S ∪ N(joined)}.
     */
    private Optional<BitSet> closestAfterMoving(Separator s, int v) {
        BitSet k = (BitSet) s.treatmentSide().clone();
        BitSet closedK = (BitSet) s.vertices().clone();
        k.set(v);
        int top = 0;
        stack[top++] = v;
        while (top > 0) {
            int u = stack[--top];
            for (int e = graph.start(u); e < graph.end(u); e++) {
                int w = graph.neighbourAt(e);
                closedK.set(w);
                if (!k.get(w) && !graph.isRemovable(w)) {
                    if (w == MoralGraph.OUTCOME) {
                        return Optional.empty();
                    }
                    k.set(w);
                    stack[top++] = w;
                }
            }
        }
        closedK.or(k);
        BitSet outcomeSide = component(MoralGraph.OUTCOME, closedK);
        return Optional.of(neighbourhood(outcomeSide));
    }

    /** Grows k over unremovable neighbours; false if that reaches the outcome. */
    private boolean absorbUnremovableNeighbours(BitSet k) {
        int top = 0;
        for (int v = k.nextSetBit(0); v >= 0; v = k.nextSetBit(v + 1)) {
            stack[top++] = v;
        }
        while (top > 0) {
            int v = stack[--top];
            for (int e = graph.start(v); e < graph.end(v); e++) {
                int w = graph.neighbourAt(e);
                if (!k.get(w) && !graph.isRemovable(w)) {
                    if (w == MoralGraph.OUTCOME) {
                        return false;
                    }
                    k.set(w);
                    stack[top++] = w;
                }
            }
        }
        return true;
    }

    /** The vertices outside the set adjacent to it. */
    BitSet neighbourhood(BitSet set) {
        BitSet result = new BitSet(graph.size());
        for (int v = set.nextSetBit(0); v >= 0; v = set.nextSetBit(v + 1)) {
            for (int e = graph.start(v); e < graph.end(v); e++) {
                result.set(graph.neighbourAt(e));
            }
        }
        result.andNot(set);
        return result;
    }

    /** The connected component of {@code from} once the vertices in {@code removed} are taken out. */
    BitSet component(int from, BitSet removed) {
        BitSet seen = new BitSet(graph.size());
        int top = 0;
        seen.set(from);
        stack[top++] = from;
        while (top > 0) {
            int v = stack[--top];
            for (int e = graph.start(v); e < graph.end(v); e++) {
                int w = graph.neighbourAt(e);
                if (!seen.get(w) && !removed.get(w)) {
                    seen.set(w);
                    stack[top++] = w;
                }
            }
        }
        return seen;
    }
}

package causal.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The latent projection of a DAG onto its observed nodes (Verma and Pearl 1990; Tian and Pearl 2002, section 2):
 * a → b when the DAG has a directed path from a to b whose inner nodes are all unobserved, and a ↔ b when some
 * unobserved node has directed paths to a and to b through unobserved nodes only. A latent node with two observed
 * children thus becomes a bidirected edge between them, and a latent chain a → u → b a directed edge. The
 * projection has the same d-separations among observed nodes and the same identifiable effects as the DAG, which
 * is why the ID algorithm may run on it.
 *
 * <p>Nodes are indices 0 … n-1, in name order. Sets of nodes are {@link BitSet}s that callers do not modify.
 */
final class LatentProjection {
    private final String[] names;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final BitSet[] parents;
    private final BitSet[] children;
    private final BitSet[] siblings;
    private final int[] rank;

    private LatentProjection(String[] names, BitSet[] parents, BitSet[] siblings) {
        this.names = names;
        for (int v = 0; v < names.length; v++) {
            indexByName.put(names[v], v);
        }
        this.parents = parents;
        this.siblings = siblings;
        this.children = new BitSet[names.length];
        for (int v = 0; v < names.length; v++) {
            children[v] = new BitSet(names.length);
        }
        for (int v = 0; v < names.length; v++) {
            for (int p = parents[v].nextSetBit(0); p >= 0; p = parents[v].nextSetBit(p + 1)) {
                children[p].set(v);
            }
        }
        this.rank = topologicalRanks();
    }

    /** Projects away every node that is latent, hidden, or named but missing from {@code observed}. */
    static LatentProjection of(Dag g, Collection<String> observed) {
        int[] local = new int[g.size()];
        Arrays.fill(local, -1);
        List<String> kept = new ArrayList<>(new TreeSet<>(observed));
        kept.removeIf(name -> !g.has(name) || g.isLatent(name));
        String[] names = kept.toArray(new String[0]);
        for (int k = 0; k < names.length; k++) {
            local[g.index(names[k])] = k;
        }
        BitSet[] parents = new BitSet[names.length];
        BitSet[] siblings = new BitSet[names.length];
        for (int k = 0; k < names.length; k++) {
            parents[k] = new BitSet(names.length);
            siblings[k] = new BitSet(names.length);
        }
        for (int k = 0; k < names.length; k++) {
            BitSet reached = observedReach(g, g.index(names[k]), local);
            for (int c = reached.nextSetBit(0); c >= 0; c = reached.nextSetBit(c + 1)) {
                parents[c].set(k);
            }
        }
        for (int u = 0; u < g.size(); u++) {
            if (local[u] < 0) {
                BitSet reached = observedReach(g, u, local);
                for (int a = reached.nextSetBit(0); a >= 0; a = reached.nextSetBit(a + 1)) {
                    siblings[a].or(reached);
                    siblings[a].clear(a);
                }
            }
        }
        return new LatentProjection(names, parents, siblings);
    }

    /** The observed nodes (local indices) reached from DAG node {@code from} through unobserved nodes only. */
    private static BitSet observedReach(Dag g, int from, int[] local) {
        CompressedRows rows = g.childRows();
        BitSet result = new BitSet();
        BitSet seen = new BitSet(g.size());
        int[] stack = new int[g.size()];
        int top = 0;
        stack[top++] = from;
        seen.set(from);
        while (top > 0) {
            int v = stack[--top];
            for (int k = rows.start(v); k < rows.end(v); k++) {
                int w = rows.at(k);
                if (seen.get(w)) {
                    continue;
                }
                seen.set(w);
                if (local[w] >= 0) {
                    result.set(local[w]);
                } else {
                    stack[top++] = w;
                }
            }
        }
        return result;
    }

    int size() {
        return names.length;
    }

    String name(int v) {
        return names[v];
    }

    /** The local index of an observed node, or -1. */
    int indexOf(String name) {
        return indexByName.getOrDefault(name, -1);
    }

    BitSet all() {
        BitSet set = new BitSet(names.length);
        set.set(0, names.length);
        return set;
    }

    BitSet indices(Collection<String> of) {
        BitSet set = new BitSet(names.length);
        of.forEach(name -> set.set(indexOf(name)));
        return set;
    }

    SortedSet<String> names(BitSet set) {
        TreeSet<String> result = new TreeSet<>();
        for (int v = set.nextSetBit(0); v >= 0; v = set.nextSetBit(v + 1)) {
            result.add(names[v]);
        }
        return result;
    }

    BitSet parents(int v) {
        return parents[v];
    }

    BitSet children(int v) {
        return children[v];
    }

    BitSet siblings(int v) {
        return siblings[v];
    }

    /**
     * The ancestors of {@code of} (included) in the subgraph induced by {@code within}, ignoring the edges into the
     * nodes of {@code cut} (so the ancestors in G[within] with X's incoming edges removed, for cut = X).
     */
    BitSet ancestors(BitSet of, BitSet within, BitSet cut) {
        BitSet seen = (BitSet) of.clone();
        seen.and(within);
        ArrayList<Integer> stack = new ArrayList<>();
        for (int v = seen.nextSetBit(0); v >= 0; v = seen.nextSetBit(v + 1)) {
            stack.add(v);
        }
        while (!stack.isEmpty()) {
            int v = stack.remove(stack.size() - 1);
            if (cut.get(v)) {
                continue;
            }
            BitSet up = (BitSet) parents[v].clone();
            up.and(within);
            up.andNot(seen);
            for (int p = up.nextSetBit(0); p >= 0; p = up.nextSetBit(p + 1)) {
                seen.set(p);
                stack.add(p);
            }
        }
        return seen;
    }

    /**
     * The c-components (districts) of the subgraph induced by {@code within}: its classes of nodes joined by
     * bidirected paths inside it (Tian and Pearl 2002). Ordered by their first node in topological order.
     */
    List<BitSet> components(BitSet within) {
        List<BitSet> result = new ArrayList<>();
        BitSet left = (BitSet) within.clone();
        for (int start : topological(within)) {
            if (!left.get(start)) {
                continue;
            }
            BitSet component = new BitSet(names.length);
            component.set(start);
            ArrayList<Integer> stack = new ArrayList<>(List.of(start));
            while (!stack.isEmpty()) {
                int v = stack.remove(stack.size() - 1);
                BitSet next = (BitSet) siblings[v].clone();
                next.and(left);
                next.andNot(component);
                for (int w = next.nextSetBit(0); w >= 0; w = next.nextSetBit(w + 1)) {
                    component.set(w);
                    stack.add(w);
                }
            }
            left.andNot(component);
            result.add(component);
        }
        return result;
    }

    /** The nodes of {@code within} in a topological order of the projection, ties broken by name. */
    int[] topological(BitSet within) {
        return within.stream().boxed().sorted((a, b) -> Integer.compare(rank[a], rank[b]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The nodes of {@code within} that come before {@code v} in the topological order. */
    BitSet predecessors(int v, BitSet within) {
        BitSet result = new BitSet(names.length);
        for (int w = within.nextSetBit(0); w >= 0; w = within.nextSetBit(w + 1)) {
            if (rank[w] < rank[v]) {
                result.set(w);
            }
        }
        return result;
    }

    /**
     * The projection as a {@link Dag} over the observed names, without the edges into {@code into} (directed and
     * bidirected) and the directed edges out of {@code outOf}: the graph G with X overlined and Z underlined.
     */
    Dag mutilated(BitSet into, BitSet outOf) {
        Dag.Builder b = Dag.builder();
        for (String name : names) {
            b.node(name);
        }
        for (int v = 0; v < names.length; v++) {
            for (int p = parents[v].nextSetBit(0); p >= 0; p = parents[v].nextSetBit(p + 1)) {
                if (!into.get(v) && !outOf.get(p)) {
                    b.edge(names[p], names[v]);
                }
            }
            for (int s = siblings[v].nextSetBit(v + 1); s >= 0; s = siblings[v].nextSetBit(s + 1)) {
                if (!into.get(v) && !into.get(s)) {
                    b.bidirected(names[v], names[s]);
                }
            }
        }
        return b.build();
    }

    /** Kahn's algorithm, always taking the available node that comes first by name. */
    private int[] topologicalRanks() {
        int n = names.length;
        int[] waiting = new int[n];
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int v = 0; v < n; v++) {
            waiting[v] = parents[v].cardinality();
            if (waiting[v] == 0) {
                ready.add(v);
            }
        }
        int[] result = new int[n];
        int next = 0;
        while (!ready.isEmpty()) {
            int v = ready.poll();
            result[v] = next++;
            for (int c = children[v].nextSetBit(0); c >= 0; c = children[v].nextSetBit(c + 1)) {
                if (--waiting[c] == 0) {
                    ready.add(c);
                }
            }
        }
        return result;
    }
}

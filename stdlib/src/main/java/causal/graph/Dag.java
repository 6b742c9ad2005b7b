package causal.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable causal DAG whose nodes are named; a bidirected edge {@code a <-> b} stands for an unnamed latent
 * common cause {@code a <- U -> b}.
 *
 * <p>Inside, nodes are indices: the named nodes first, in declaration order, then one hidden latent node per
 * bidirected edge. Parents and children are kept in compressed rows, each row sorted by node name so that every
 * search visits neighbours in the same order whatever order the edges were declared in.
 */
public final class Dag {
    /** An edge as declared; a bidirected edge is stored once, with its ends in name order. */
    public record Edge(String from, String to, boolean bidirected) {}

    private final String[] names;
    private final int namedCount;
    private final boolean[] latent;
    private final Map<String, Integer> indexByName;
    private final CompressedRows parents;
    private final CompressedRows children;
    private final List<Edge> edges;
    /** Computed on first use; a benign race (two threads may both compute the same string). */
    private String structure;

    private Dag(String[] names, int namedCount, boolean[] latent, int[][] parentsOf, List<Edge> edges) {
        this.names = names;
        this.namedCount = namedCount;
        this.latent = latent;
        this.indexByName = new HashMap<>();
        for (int v = 0; v < namedCount; v++) {
            indexByName.put(names[v], v);
        }
        int[] rank = rankByName(names);
        this.parents = CompressedRows.of(parentsOf, rank);
        this.children = CompressedRows.of(CompressedRows.transpose(parentsOf), rank);
        this.edges = List.copyOf(edges);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The named nodes in declaration order (the hidden causes of bidirected edges are not listed). */
    public List<String> nodes() {
        return List.of(Arrays.copyOf(names, namedCount));
    }

    public boolean has(String name) {
        return indexByName.containsKey(name);
    }

    /** Whether the node was declared latent; unknown names are an {@link IllegalArgumentException}. */
    public boolean isLatent(String name) {
        return latent[index(name)];
    }

    /**
     * This graph without the directed edges {@code drop} accepts: the same nodes (named ones keep their indices, so
     * node indices of this graph serve for the copy) and every bidirected edge.
     */
    Dag withoutDirectedEdges(java.util.function.Predicate<Edge> drop) {
        Builder b = builder();
        for (int v = 0; v < namedCount; v++) {
            if (latent[v]) {
                b.latent(names[v]);
            } else {
                b.node(names[v]);
            }
        }
        for (Edge edge : edges) {
            if (edge.bidirected()) {
                b.bidirected(edge.from(), edge.to());
            } else if (!drop.test(edge)) {
                b.edge(edge.from(), edge.to());
            }
        }
        return b.build();
    }

    /** The named nodes not declared latent, sorted: the ones data can hold. */
    public SortedSet<String> observed() {
        SortedSet<String> observed = new TreeSet<>();
        for (int v = 0; v < namedCount; v++) {
            if (!latent[v]) {
                observed.add(names[v]);
            }
        }
        return observed;
    }

    /** The named parents of a node, sorted; the hidden cause of a bidirected edge is not a parent. */
    public SortedSet<String> parents(String name) {
        int v = index(name);
        return namedNodes(parents, v);
    }

    public SortedSet<String> children(String name) {
        int v = index(name);
        return namedNodes(children, v);
    }

    /** The named ancestors of the given nodes, the nodes themselves included (dagitty's convention). */
    public SortedSet<String> ancestors(Set<String> of) {
        return namedNodes(ancestorsOf(indices(of), new BitSet()));
    }

    /** The descendants of the given nodes, the nodes themselves included (dagitty's convention). */
    public SortedSet<String> descendants(Set<String> of) {
        return namedNodes(descendantsOf(indices(of)));
    }

    /** Every edge, directed edges in declaration order, then bidirected ones. */
    public List<Edge> edges() {
        return edges;
    }

    /**
     * The graph's nodes (with latent marks) and edges as one string: two graphs with the same structure give the same
     * string, so a cache of answers can key on it without holding the graph.
     */
    public String structure() {
        String known = structure;
        if (known == null) {
            StringBuilder sb = new StringBuilder();
            for (int v = 0; v < namedCount; v++) {
                sb.append(names[v]).append(latent[v] ? "*" : "").append(',');
            }
            sb.append('|');
            for (Edge e : edges) {
                sb.append(e.from()).append(e.bidirected() ? "<->" : "->").append(e.to()).append(',');
            }
            known = sb.toString();
            structure = known;
        }
        return known;
    }

    @Override
    public String toString() {
        return "Dag" + edges;
    }

    int size() {
        return names.length;
    }

    String name(int v) {
        return names[v];
    }

    /** A hidden node is the unnamed latent cause of a bidirected edge. */
    boolean isHidden(int v) {
        return v >= namedCount;
    }

    boolean isLatent(int v) {
        return latent[v];
    }

    /** The parents of each node, hidden causes of bidirected edges included, each row in name order. */
    CompressedRows parentRows() {
        return parents;
    }

    CompressedRows childRows() {
        return children;
    }

    int index(String name) {
        Integer v = indexByName.get(name);
        if (v == null) {
            throw new IllegalArgumentException("unknown node " + name);
        }
        return v;
    }

    BitSet indices(Collection<String> of) {
        BitSet set = new BitSet(names.length);
        for (String name : of) {
            set.set(index(name));
        }
        return set;
    }

    SortedSet<String> namedNodes(BitSet set) {
        SortedSet<String> result = new TreeSet<>();
        for (int v = set.nextSetBit(0); v >= 0 && v < namedCount; v = set.nextSetBit(v + 1)) {
            result.add(names[v]);
        }
        return Collections.unmodifiableSortedSet(result);
    }

    /**
     * The ancestors of {@code from} (included), ignoring the outgoing edges of the nodes in {@code cut}: the
     * graph in which the backdoor criterion is tested.
     */
    BitSet ancestorsOf(BitSet from, BitSet cut) {
        return reach(from, parents, cut);
    }

    BitSet descendantsOf(BitSet from) {
        return reach(from, children, new BitSet());
    }

    /** The descendants of {@code from} (included) along directed paths that do not enter {@code avoided}. */
    BitSet descendantsOf(BitSet from, BitSet avoided) {
        return reach(from, children, avoided);
    }

    /** {@code from} and every node reached from it along {@code edges}, not leaving the nodes in {@code cut}. */
    private BitSet reach(BitSet from, CompressedRows edges, BitSet cut) {
        BitSet seen = (BitSet) from.clone();
        int[] stack = new int[names.length];
        int top = 0;
        for (int v = from.nextSetBit(0); v >= 0; v = from.nextSetBit(v + 1)) {
            stack[top++] = v;
        }
        while (top > 0) {
            int v = stack[--top];
            for (int k = edges.start(v); k < edges.end(v); k++) {
                int w = edges.at(k);
                if (!seen.get(w) && !cut.get(w)) {
                    seen.set(w);
                    stack[top++] = w;
                }
            }
        }
        return seen;
    }

    private SortedSet<String> namedNodes(CompressedRows rows, int v) {
        SortedSet<String> result = new TreeSet<>();
        for (int k = rows.start(v); k < rows.end(v); k++) {
            if (rows.at(k) < namedCount) {
                result.add(names[rows.at(k)]);
            }
        }
        return Collections.unmodifiableSortedSet(result);
    }

    private static int[] rankByName(String[] names) {
        Integer[] order = new Integer[names.length];
        for (int v = 0; v < names.length; v++) {
            order[v] = v;
        }
        Arrays.sort(order, (u, w) -> names[u].compareTo(names[w]));
        int[] rank = new int[names.length];
        for (int r = 0; r < names.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** Collects nodes and edges; duplicate declarations are harmless. */
    public static final class Builder {
        private final Map<String, Boolean> latentByName = new LinkedHashMap<>();
        private final Set<List<String>> directed = new LinkedHashSet<>();
        private final Set<List<String>> bidirected = new LinkedHashSet<>();

        private Builder() {}

        public Builder node(String name) {
            latentByName.putIfAbsent(name, false);
            return this;
        }

        public Builder latent(String name) {
            latentByName.put(name, true);
            return this;
        }

        public Builder edge(String from, String to) {
            node(from);
            node(to);
            directed.add(List.of(from, to));
            return this;
        }

        /** Adds {@code a <-> b}; a node cannot be bidirected to itself. */
        public Builder bidirected(String a, String b) {
            if (a.equals(b)) {
                throw new IllegalArgumentException("a node cannot have a bidirected edge to itself: " + a);
            }
            node(a);
            node(b);
            bidirected.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
            return this;
        }

        /** A directed cycle as node names in order, the first node repeated at the end: {@code [a, b, c, a]}. */
        public Optional<List<String>> findCycle() {
            List<String> order = new ArrayList<>(latentByName.keySet());
            Map<String, Integer> index = indexOf(order);
            return DirectedCycle.find(namedParents(index)).map(cycle -> cycle.stream().map(order::get).toList());
        }

        /** The DAG; an {@link IllegalStateException} if the edges form a cycle (check {@link #findCycle} first). */
        public Dag build() {
            findCycle().ifPresent(cycle -> {
                throw new IllegalStateException("the graph has a cycle: " + String.join(" -> ", cycle));
            });
            List<String> order = new ArrayList<>(latentByName.keySet());
            Map<String, Integer> index = indexOf(order);
            int namedCount = order.size();
            int total = namedCount + bidirected.size();
            String[] names = new String[total];
            boolean[] latent = new boolean[total];
            int[][] parentsOf = Arrays.copyOf(namedParents(index), total);
            for (int v = 0; v < namedCount; v++) {
                names[v] = order.get(v);
                latent[v] = latentByName.get(names[v]);
            }
            List<Edge> edges = new ArrayList<>();
            directed.forEach(e -> edges.add(new Edge(e.get(0), e.get(1), false)));
            int hidden = namedCount;
            for (List<String> pair : bidirected) {
                // The name only shows in debugging: paths render a hidden cause as a <-> b.
                names[hidden] = pair.get(0) + " <-> " + pair.get(1);
                latent[hidden] = true;
                parentsOf[hidden] = new int[0];
                for (String end : pair) {
                    int v = index.get(end);
                    parentsOf[v] = Arrays.copyOf(parentsOf[v], parentsOf[v].length + 1);
                    parentsOf[v][parentsOf[v].length - 1] = hidden;
                }
                edges.add(new Edge(pair.get(0), pair.get(1), true));
                hidden++;
            }
            return new Dag(names, namedCount, latent, parentsOf, edges);
        }

        private static Map<String, Integer> indexOf(List<String> order) {
            Map<String, Integer> index = new HashMap<>();
            for (int v = 0; v < order.size(); v++) {
                index.put(order.get(v), v);
            }
            return index;
        }

        private int[][] namedParents(Map<String, Integer> index) {
            List<List<Integer>> parents = new ArrayList<>();
            for (int v = 0; v < index.size(); v++) {
                parents.add(new ArrayList<>());
            }
            for (List<String> e : directed) {
                parents.get(index.get(e.get(1))).add(index.get(e.get(0)));
            }
            int[][] result = new int[index.size()][];
            for (int v = 0; v < result.length; v++) {
                result[v] = parents.get(v).stream().mapToInt(Integer::intValue).toArray();
            }
            return result;
        }
    }
}

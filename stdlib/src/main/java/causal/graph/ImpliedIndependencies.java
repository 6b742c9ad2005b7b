package causal.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A basis of the conditional independencies a DAG implies, in the manner of dagitty's
 * {@code impliedConditionalIndependencies(g, type = "missing.edge")}: one statement for each pair of observed
 * nodes joined by no edge (directed or bidirected).
 *
 * <p>Choice of conditioning set: the smallest set of observed nodes that d-separates the pair, ties broken by the
 * sorted name list (see {@link MinimumVertexCut}). dagitty lists every inclusion-minimal separator of each pair
 * (all of them lie in An(x ∪ y), where it searches); a smallest one is one of those, so each statement here is one
 * of dagitty's lines, and for a pair with a single minimal separator it is exactly dagitty's line. Without latent
 * nodes a separator always exists (the parents of whichever of the two is not an ancestor of the other); with
 * latent nodes or bidirected edges a non-adjacent pair may have none, and is reported in
 * {@link #unseparated()} instead (dagitty lists nothing for such a pair).
 *
 * @param statements one per separable non-adjacent observed pair, {@code x} before {@code y} by name, sorted by x
 *     then y
 * @param unseparated the non-adjacent observed pairs that no set of observed nodes d-separates, in the same order
 */
public record ImpliedIndependencies(List<Independence> statements, List<Pair> unseparated) {
    /** Two nodes, named in name order. */
    public record Pair(String x, String y) {}

    public ImpliedIndependencies {
        statements = List.copyOf(statements);
        unseparated = List.copyOf(unseparated);
    }

    /**
     * The implications of {@code g}; latent nodes are neither tested nor conditioned on. O(V²) separator searches
     * (each a small maximum flow on the moral graph of An(x ∪ y)). Nothing is modified.
     */
    public static ImpliedIndependencies of(Dag g) {
        List<String> observed = g.nodes().stream().filter(v -> !g.isLatent(v)).sorted().toList();
        BitSet conditionable = g.indices(observed);
        List<Independence> statements = new ArrayList<>();
        List<Pair> unseparated = new ArrayList<>();
        Set<Pair> adjacent = adjacentPairs(g);
        for (int i = 0; i < observed.size(); i++) {
            for (int j = i + 1; j < observed.size(); j++) {
                String x = observed.get(i);
                String y = observed.get(j);
                if (adjacent.contains(new Pair(x, y))) {
                    continue;
                }
                Optional<List<String>> given = smallestSeparator(g, g.index(x), g.index(y), conditionable);
                if (given.isPresent()) {
                    statements.add(new Independence(x, y, given.get()));
                } else {
                    unseparated.add(new Pair(x, y));
                }
            }
        }
        return new ImpliedIndependencies(statements, unseparated);
    }

    private static Set<Pair> adjacentPairs(Dag g) {
        Set<Pair> pairs = new HashSet<>();
        for (Dag.Edge e : g.edges()) {
            boolean inOrder = e.from().compareTo(e.to()) < 0;
            pairs.add(inOrder ? new Pair(e.from(), e.to()) : new Pair(e.to(), e.from()));
        }
        return pairs;
    }

    /**
     * {@link MoralGraph} cuts the outgoing edges of its first node set, as the backdoor criterion needs. Putting
     * there the node that is not an ancestor of the other makes the cut empty: within An(x ∪ y) such a node has no
     * children, since a child would be an ancestor of x or y. So the moral graph is the plain one, in which
     * separation is d-separation (Lauritzen et al. 1990).
     */
    private static Optional<List<String>> smallestSeparator(Dag g, int x, int y, BitSet conditionable) {
        BitSet first = single(x);
        BitSet second = single(y);
        if (g.ancestorsOf(second, new BitSet()).get(x)) {
            first = single(y);
            second = single(x);
        }
        BitSet removable = (BitSet) conditionable.clone();
        removable.clear(x);
        removable.clear(y);
        MoralGraph moral = MoralGraph.of(g, first, second, removable);
        return MinimumVertexCut.of(moral).map(vertices -> vertices.stream().map(moral::name).sorted().toList());
    }

    private static BitSet single(int v) {
        BitSet set = new BitSet();
        set.set(v);
        return set;
    }
}

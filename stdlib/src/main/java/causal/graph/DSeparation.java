package causal.graph;

import java.util.BitSet;
import java.util.Set;

/** d-separation by reachability (Bayes-ball), in O(V + E) time. */
public final class DSeparation {
    private DSeparation() {}

    /**
     * Whether every path between a node of {@code x} and a node of {@code y} is blocked by {@code z} (Pearl 2009,
     * definition 1.2.3); a bidirected edge counts as a latent common cause. The three sets must be disjoint and
     * name nodes of the graph, otherwise {@link IllegalArgumentException}. Nothing is modified.
     */
    public static boolean separated(Dag g, Set<String> x, Set<String> y, Set<String> z) {
        BitSet xs = g.indices(x);
        BitSet ys = g.indices(y);
        BitSet zs = g.indices(z);
        requireDisjoint(xs, ys, zs);
        return !new ActiveTrailSearch(g, new BitSet(), zs, null).connects(xs, ys);
    }

    static void requireDisjoint(BitSet x, BitSet y, BitSet z) {
        if (x.intersects(y) || x.intersects(z) || y.intersects(z)) {
            throw new IllegalArgumentException("the sets of nodes must be disjoint");
        }
    }
}

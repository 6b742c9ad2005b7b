package causal.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The smallest set of removable vertices separating treatment from outcome in a {@link MoralGraph}, ties broken
 * by names: among all smallest separators, the one whose sorted name list is lexicographically first.
 *
 * <p>Size: the maximum flow in the vertex-split network (each removable vertex an arc of capacity 1, everything
 * else unbounded; Menger's theorem). Tie-break, exactly: a vertex belongs to some minimum cut if and only if its
 * arc is saturated and its two ends lie in different strongly connected components of the residual network
 * (Picard and Queyranne 1980). The separator is built greedily: take the first name among the vertices in some
 * minimum cut, delete it, and repeat on the smaller problem. Any smaller name would have been in some minimum
 * cut together with the names already taken, so it would have been taken earlier. Cost: O(k² (V + E)) for a
 * separator of k vertices.
 */
final class MinimumVertexCut {
    private final MoralGraph graph;
    private final FlowNetwork network;

    private MinimumVertexCut(MoralGraph graph) {
        this.graph = graph;
        this.network = FlowNetwork.splitting(graph);
    }

    /** The separator's vertices, empty if unremovable vertices alone connect treatment and outcome. */
    static Optional<List<Integer>> of(MoralGraph graph) {
        return new MinimumVertexCut(graph).find();
    }

    private Optional<List<Integer>> find() {
        int size = network.maximumFlow();
        if (size < 0) {
            return Optional.empty();
        }
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < size) {
            int next = firstNameInSomeMinimumCut();
            chosen.add(next);
            network.deleteVertex(next);
            network.maximumFlow();
        }
        return Optional.of(chosen);
    }

    private int firstNameInSomeMinimumCut() {
        int[] component = network.residualComponents();
        int best = -1;
        for (int v = 2; v < graph.size(); v++) {
            if (network.isSaturated(v) && component[FlowNetwork.in(v)] != component[FlowNetwork.out(v)]
                    && (best < 0 || graph.name(v).compareTo(graph.name(best)) < 0)) {
                best = v;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("a positive flow has no minimum cut vertex");
        }
        return best;
    }
}

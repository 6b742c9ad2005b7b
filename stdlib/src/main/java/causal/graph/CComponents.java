package causal.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * The c-components (districts) of a DAG with latent nodes (Tian and Pearl 2002): the classes of observed nodes
 * joined by bidirected paths in the latent projection onto the observed nodes. Its joint distribution factorises
 * into one factor Q[S] per c-component S, which is what the {@link IdAlgorithm} recurses on.
 */
public final class CComponents {
    private CComponents() {}

    /**
     * The c-components of the observed nodes, each sorted, listed by their first node in a topological order (ties
     * by name). Names in {@code observed} that are not nodes of the graph are ignored; latent nodes are never
     * observed. Nothing is modified.
     */
    public static List<SortedSet<String>> of(Dag g, Set<String> observed) {
        LatentProjection projection = LatentProjection.of(g, observed);
        List<SortedSet<String>> result = new ArrayList<>();
        for (BitSet component : projection.components(projection.all())) {
            result.add(Collections.unmodifiableSortedSet(projection.names(component)));
        }
        return List.copyOf(result);
    }
}

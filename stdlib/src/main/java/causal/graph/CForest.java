package causal.graph;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An R-rooted C-forest (Shpitser and Pearl 2006, definition 4) in the latent projection of a DAG: a set of observed
 * nodes joined into one c-component by its bidirected edges, in which every node outside the root set R has exactly
 * one chosen child inside the forest and the chosen directed edges lead every node to a root.
 *
 * @param nodes the nodes of the forest, sorted
 * @param roots R, the nodes with no chosen child, sorted
 * @param directedEdges the chosen edge out of each non-root node, sorted by their tail
 * @param bidirectedEdges the bidirected edges of the projection among the nodes, ends in name order
 */
public record CForest(SortedSet<String> nodes, SortedSet<String> roots, List<Dag.Edge> directedEdges,
        List<Dag.Edge> bidirectedEdges) {
    public CForest {
        nodes = Collections.unmodifiableSortedSet(new TreeSet<>(nodes));
        roots = Collections.unmodifiableSortedSet(new TreeSet<>(roots));
        directedEdges = List.copyOf(directedEdges);
        bidirectedEdges = List.copyOf(bidirectedEdges);
    }
}

package causal.analysis;

import causal.graph.Path;
import causal.syntax.Stmt;

import java.util.List;
import java.util.Optional;

/**
 * The answer to an {@code identify} statement, computed by the checker from the graph alone.
 *
 * @param backdoorSets every minimal backdoor set of non-latent nodes
 * @param openPath     when no backdoor set exists, a backdoor path no observed set can block
 */
public record IdentifyPlan(Stmt.Identify statement, String dag, String estimand, String treatment, String outcome,
                           List<List<String>> backdoorSets, Optional<Path> openPath) {
    public IdentifyPlan {
        backdoorSets = backdoorSets.stream().map(List::copyOf).toList();
    }

    public boolean backdoorIdentifiable() {
        return !backdoorSets.isEmpty();
    }
}

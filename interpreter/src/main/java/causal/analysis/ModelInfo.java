package causal.analysis;

import causal.syntax.Stmt;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A declared structural model: each variable's parents, the latent ones, and the ones drawn from a bernoulli. */
public record ModelInfo(Stmt.Model declaration, Map<String, List<String>> parents, Set<String> latent,
                        Set<String> binary) {
    public ModelInfo {
        parents = Map.copyOf(parents);
        latent = Set.copyOf(latent);
        binary = Set.copyOf(binary);
    }

    public String name() {
        return declaration.name().text();
    }

    /** Observed variables in line order: the columns {@code simulate} emits. */
    public List<String> observed() {
        return declaration.lines().stream().filter(l -> !l.latent()).map(l -> l.variable().text()).toList();
    }
}

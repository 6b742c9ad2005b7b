package causal.analysis;

import causal.syntax.Stmt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A declared structural model: each variable's parents, the latent ones, and the ones drawn from a bernoulli. */
public record ModelInfo(Stmt.Model declaration, Map<String, List<String>> parents, Set<String> latent,
                        Set<String> binary) {
    public ModelInfo {
        // Kept in declaration order: printing a model or `dag of` it must be the same on every run.
        parents = Collections.unmodifiableMap(new LinkedHashMap<>(parents));
        latent = Collections.unmodifiableSet(new LinkedHashSet<>(latent));
        binary = Collections.unmodifiableSet(new LinkedHashSet<>(binary));
    }

    public String name() {
        return declaration.name().text();
    }

    /** Observed variables in line order: the columns {@code simulate} emits. */
    public List<String> observed() {
        return declaration.lines().stream().filter(l -> !l.latent()).map(l -> l.variable().text()).toList();
    }
}

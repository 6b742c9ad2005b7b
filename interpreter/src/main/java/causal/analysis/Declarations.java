package causal.analysis;

import causal.syntax.Stmt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The names a script declares, in order, each with what the checker learnt of it. */
public final class Declarations {
    private final Map<String, DatasetInfo> datasets = new LinkedHashMap<>();
    private final Map<String, DagInfo> dags = new LinkedHashMap<>();
    private final Map<String, ModelInfo> models = new LinkedHashMap<>();
    private final Map<String, Stmt> all = new LinkedHashMap<>();
    private final Map<String, EstimatePlan> results = new LinkedHashMap<>();

    public Map<String, DatasetInfo> datasets() {
        return datasets;
    }

    public Map<String, DagInfo> dags() {
        return dags;
    }

    public Map<String, ModelInfo> models() {
        return models;
    }

    /** Named results ({@code let e = estimate …}). */
    public Map<String, EstimatePlan> results() {
        return results;
    }

    /** Every declared name with its declaring statement (also those whose checks failed). */
    public Map<String, Stmt> all() {
        return all;
    }

    public Optional<Stmt> declaration(String name) {
        return Optional.ofNullable(all.get(name));
    }
}

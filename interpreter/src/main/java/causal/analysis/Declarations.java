package causal.analysis;

import causal.syntax.Stmt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The names a script declares, in order, each with what the checker learnt of it. Read-only outside the checker. */
public final class Declarations {
    private final Map<String, DatasetInfo> datasets = new LinkedHashMap<>();
    private final Map<String, DagInfo> dags = new LinkedHashMap<>();
    private final Map<String, ModelInfo> models = new LinkedHashMap<>();
    private final Map<String, DesignInfo> designs = new LinkedHashMap<>();
    private final Map<String, Stmt> all = new LinkedHashMap<>();
    private final Map<String, EstimatePlan> results = new LinkedHashMap<>();
    private final Map<String, PolicyInfo> policies = new LinkedHashMap<>();
    private final Map<String, RecommenderInfo> recommenders = new LinkedHashMap<>();

    public Map<String, DatasetInfo> datasets() {
        return Collections.unmodifiableMap(datasets);
    }

    public Map<String, DagInfo> dags() {
        return Collections.unmodifiableMap(dags);
    }

    public Map<String, ModelInfo> models() {
        return Collections.unmodifiableMap(models);
    }

    public Map<String, DesignInfo> designs() {
        return Collections.unmodifiableMap(designs);
    }

    /** Named results ({@code let e = estimate …}). */
    public Map<String, EstimatePlan> results() {
        return Collections.unmodifiableMap(results);
    }

    /** Declared policies ({@code policy NAME = …}) whose checks passed. */
    public Map<String, PolicyInfo> policies() {
        return Collections.unmodifiableMap(policies);
    }

    /** Declared recommenders whose checks passed. */
    public Map<String, RecommenderInfo> recommenders() {
        return Collections.unmodifiableMap(recommenders);
    }

    /** Every declared name with its declaring statement (also those whose checks failed). */
    public Map<String, Stmt> all() {
        return Collections.unmodifiableMap(all);
    }

    void declare(String name, Stmt statement) {
        all.put(name, statement);
    }

    void putDataset(String name, DatasetInfo info) {
        datasets.put(name, info);
    }

    void putDag(String name, DagInfo info) {
        dags.put(name, info);
    }

    void putModel(String name, ModelInfo info) {
        models.put(name, info);
    }

    void putDesign(String name, DesignInfo info) {
        designs.put(name, info);
    }

    void putRecommender(String name, RecommenderInfo info) {
        recommenders.put(name, info);
    }

    void putPolicy(String name, PolicyInfo info) {
        policies.put(name, info);
    }

    void putResult(String name, EstimatePlan plan) {
        results.put(name, plan);
    }

    public Optional<Stmt> declaration(String name) {
        return Optional.ofNullable(all.get(name));
    }
}

package causal.runtime;

import causal.data.Table;
import causal.engine.DistributedEngine;
import causal.engine.EngineProvider;
import causal.analysis.Analysis;
import causal.output.ResultSink;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host side of one run: the checked script, the options, where results go, and the values statements bind
 * (datasets, named results). Handed to the Truffle language on the thread that evaluates the script
 * ({@link Runner}).
 */
public final class RunSession {
    private final Analysis analysis;
    private final RunOptions options;
    private final ResultSink sink;
    private final Map<String, Object> values;
    private final int firstOffset;
    private RunFailure failure;

    public RunSession(Analysis analysis, RunOptions options, ResultSink sink) {
        this(analysis, options, sink, new HashMap<>(), 0);
    }

    /**
     * A session that runs only the statements starting at or after {@code firstOffset} of the script, binding into
     * {@code values}, which earlier sessions filled: how the REPL runs one input after another.
     */
    public RunSession(Analysis analysis, RunOptions options, ResultSink sink, Map<String, Object> values,
                      int firstOffset) {
        this.analysis = analysis;
        this.options = options;
        this.sink = sink;
        this.values = values;
        this.firstOffset = firstOffset;
    }

    /** Statements before this offset of the script ran in an earlier session. */
    public int firstOffset() {
        return firstOffset;
    }

    public Analysis analysis() {
        return analysis;
    }

    public RunOptions options() {
        return options;
    }

    public ResultSink sink() {
        return sink;
    }

    public void bind(String name, Object value) {
        values.put(name, value);
    }

    public Optional<Object> value(String name) {
        Object v = values.get(name);
        if (v instanceof EngineData lazy) {
            // Read on first use by a statement that needs the whole table; kept for the statements after it.
            Table table = lazy.read();
            values.put(name, table);
            return Optional.of(table);
        }
        return Optional.ofNullable(v);
    }

    /** A dataset not yet read from the embedded engine, for statements that can stream it; empty otherwise. */
    public Optional<EngineData> unread(String name) {
        return values.get(name) instanceof EngineData lazy ? Optional.of(lazy) : Optional.empty();
    }

    /** Where the session's values keep the distributed engine, so that REPL inputs share one. */
    private static final String ENGINE = "(engine)";

    /** The distributed engine statements run on, if the script or {@code --engine} chose one. */
    public Optional<DistributedEngine> engine() {
        return Optional.ofNullable((DistributedEngine) values.get(ENGINE));
    }

    /**
     * Runs later statements on engine {@code name} (e.g. {@code spark}) at {@code master}, or in memory when
     * {@code name} is empty. Opening Spark takes seconds; the same engine and master is kept.
     *
     * @throws CausalException when the engine's module is not on the class path
     */
    public void useEngine(String name, String master, causal.syntax.Span at) {
        Optional<DistributedEngine> current = engine();
        String wanted = name.isEmpty() ? "" : name + "(" + master + ")";
        if (current.isPresent() && current.get().description().equals(wanted)) {
            return;
        }
        current.ifPresent(DistributedEngine::close);
        values.remove(ENGINE);
        if (name.isEmpty()) {
            return;
        }
        EngineProvider provider = EngineProvider.find(name).orElseThrow(() -> CausalException.at(at, "engine "
                + name + " is not installed: its module (engine-" + name + ") is not on the class path; build it "
                + "with mvn package, and ./causal adds it"));
        values.put(ENGINE, provider.open(master, resolve(".")));
    }

    /** What {@link #reuse} keeps under a key: the inputs a value was computed from, and the value. */
    private record Reused(List<?> inputs, Object value) {
    }

    /**
     * The value {@code compute} gives, computed once for the same {@code inputs}: a later call with the same
     * {@code key} and equal inputs (the same objects, for inputs without a value equality) returns the kept value.
     * One value is kept per key, so an input that changes (a REPL input defining a dataset again) replaces it. How
     * statements share a recommender fitted on all its data within a run and across the REPL's inputs.
     */
    @SuppressWarnings("unchecked")
    public <T> T reuse(String key, List<?> inputs, java.util.function.Supplier<T> compute) {
        String slot = "(reuse) " + key;
        if (values.get(slot) instanceof Reused kept && kept.inputs().equals(inputs)) {
            return (T) kept.value();
        }
        T value = compute.get();
        values.put(slot, new Reused(List.copyOf(inputs), value));
        return value;
    }

    void fail(RunFailure f) {
        this.failure = f;
    }

    public Optional<RunFailure> failure() {
        return Optional.ofNullable(failure);
    }

    /** A path the script wrote, resolved against the script's folder. */
    public Path resolve(String path) {
        return causal.analysis.ScriptPaths.resolve(analysis.source().name(), path);
    }
}

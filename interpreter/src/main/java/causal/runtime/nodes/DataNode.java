package causal.runtime.nodes;

import causal.analysis.EngineSources;
import causal.data.ColumnType;
import causal.data.CsvReader;
import causal.data.Schema;
import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;
import causal.engine.DataStep;
import causal.random.RandomSource;
import causal.runtime.CausalContext;
import causal.runtime.CausalException;
import causal.runtime.CausalLanguage;
import causal.runtime.EngineData;
import causal.runtime.RunSession;
import causal.runtime.expr.ColumnExpressions;
import causal.runtime.expr.ExpressionHost;
import causal.runtime.expr.ModelSimulation;
import causal.syntax.Expr;
import causal.syntax.Stmt;
import causal.syntax.Stmt.DataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code data NAME = SOURCE}: reads, simulates, filters and extends a table, then binds it to the name. */
final class DataNode extends StatementNode {
    private final Stmt.Data statement;

    DataNode(Stmt.Data statement) {
        super(statement.span());
        this.statement = statement;
    }

    @Override
    protected void run(RunSession session) {
        Optional<SqlQuery> query = engineQuery(statement.source(), session);
        Optional<OnEngine> onEngine = session.engine().isPresent() ? onEngine(statement.source(), session)
                : Optional.empty();
        // Steps only with the embedded query that holds them too, for statements that read the table.
        if (onEngine.isPresent() && (onEngine.get().steps().isEmpty() || query.isPresent())) {
            // A distributed engine reads the CSV file or Parquet glob itself, and does the where and with; the table
            // is read here only if a statement the engine does not run needs it.
            DataSource.Read r = onEngine.get().read();
            session.bind(statement.name().text(), new EngineData(query, Optional.of(session.resolve(r.location())),
                    onEngine.get().steps(), r.location()));
            return;
        }
        session.bind(statement.name().text(), query.isPresent() ? EngineData.of(query.get())
                : table(statement.source(), session));
    }

    /** A file a distributed engine reads, the where and with it does over it, and the columns they leave. */
    private record OnEngine(DataSource.Read read, List<DataStep> steps, List<Schema.Field> fields) {
    }

    /**
     * The CSV file or Parquet glob under {@code source} and its {@code where} conditions and {@code with} columns in
     * the distributed engine's SQL (Spark's), or empty when one of them must be computed in Causal. A CSV file's
     * column types are known only once the engine has read it, so over CSV only the file itself goes.
     */
    private static Optional<OnEngine> onEngine(DataSource source, RunSession session) {
        if (source instanceof DataSource.Read r && r.format() != DataSource.Format.SQL) {
            List<Schema.Field> fields = r.format() == DataSource.Format.PARQUET
                    ? DuckDbEngine.shared().describeForOtherEngines(EngineSources.query(r, session.resolve(".")))
                    .fields()
                    : List.of();
            return Optional.of(new OnEngine(r, List.of(), fields));
        }
        if (source instanceof DataSource.Where w) {
            return onEngine(w.input(), session).flatMap(input -> EngineSources.predicate(w.condition(),
                    new Schema(input.fields()), EngineSources.Dialect.SPARK).map(condition -> new OnEngine(
                    input.read(), append(input.steps(), new DataStep.Filter(condition)), input.fields())));
        }
        if (source instanceof DataSource.With w) {
            Optional<OnEngine> result = onEngine(w.input(), session);
            for (Stmt.Assignment a : w.assignments()) {
                result = result.flatMap(input -> {
                    String name = a.name().text();
                    return EngineSources.column(a.value(), new Schema(input.fields()), EngineSources.Dialect.SPARK)
                            .flatMap(c -> withColumn(input.fields(), name, c.type()).map(f -> new OnEngine(
                                    input.read(), append(input.steps(), new DataStep.Computed(name, c.sql())), f)));
                });
            }
            return result;
        }
        return Optional.empty();
    }

    private static List<DataStep> append(List<DataStep> steps, DataStep step) {
        List<DataStep> out = new ArrayList<>(steps);
        out.add(step);
        return out;
    }

    /**
     * {@code fields} with {@code name} a computed column of {@code type}: in place of its namesake, else after the
     * others; empty when another column's name differs from it only in case (engines that ignore case would take one
     * for the other).
     */
    private static Optional<List<Schema.Field>> withColumn(List<Schema.Field> fields, String name, ColumnType type) {
        Schema.Field computed = new Schema.Field(name, type);
        List<Schema.Field> out = new ArrayList<>(fields);
        if (fields.stream().anyMatch(f -> f.name().equals(name))) {
            out.replaceAll(f -> f.name().equals(name) ? computed : f);
            return Optional.of(out);
        }
        if (fields.stream().anyMatch(f -> f.name().equalsIgnoreCase(name))) {
            return Optional.empty();
        }
        out.add(computed);
        return Optional.of(out);
    }

    /**
     * The query of {@code parquet(…)} / {@code sql(…)}, with the {@code where} conditions and {@code with} columns
     * over it that the engine computes exactly pushed into it ({@link EngineSources}); empty for any other source,
     * and when one of them must be computed in Causal: then the source is read (or computed) now.
     */
    private static Optional<SqlQuery> engineQuery(DataSource source, RunSession session) {
        if (EngineSources.isEngineRead(source)) {
            return Optional.of(EngineSources.query((DataSource.Read) source, session.resolve(".")));
        }
        if (source instanceof DataSource.Where w) {
            return engineQuery(w.input(), session).flatMap(query -> EngineSources.predicate(w.condition(),
                    DuckDbEngine.shared().describe(query)).map(query::where));
        }
        if (source instanceof DataSource.With w) {
            Optional<SqlQuery> input = engineQuery(w.input(), session);
            if (input.isEmpty()) {
                return input;
            }
            // Described once: each pushed column after the others or in place of its namesake.
            SqlQuery query = input.get();
            List<Schema.Field> fields = DuckDbEngine.shared().describe(query).fields();
            for (Stmt.Assignment a : w.assignments()) {
                String name = a.name().text();
                Schema schema = new Schema(fields);
                Optional<EngineSources.ComputedColumn> computed = EngineSources.column(a.value(), schema,
                        EngineSources.Dialect.DUCKDB);
                // DuckDB's names ignore case: withColumn refuses a name that differs from another only in case.
                Optional<List<Schema.Field>> after = computed.isEmpty() ? Optional.empty()
                        : withColumn(fields, name, computed.get().type());
                if (after.isEmpty()) {
                    return Optional.empty();
                }
                query = query.withColumn(name, computed.get().sql(), schema.field(name).isPresent());
                fields = after.get();
            }
            return Optional.of(query);
        }
        return Optional.empty();
    }

    private ExpressionHost host() {
        return CausalContext.get(this).expressionHost(CausalLanguage.get(this));
    }

    private Table table(DataSource source, RunSession session) {
        if (source instanceof DataSource.Read r) {
            return EngineSources.isEngineRead(r) ? DuckDbEngine.shared().read(EngineSources.query(r, session.resolve(".")))
                    : CsvReader.read(session.resolve(r.location()), r.location());
        }
        if (source instanceof DataSource.Simulate s) {
            Stmt.Model model = (Stmt.Model) session.analysis().declarations().all().get(s.model().text());
            long seed = s.seed().map(DataNode::whole).orElse(session.options().seed());
            return ModelSimulation.simulate(model, (int) whole(s.n()), seed, host());
        }
        if (source instanceof DataSource.Ref r) {
            return (Table) session.value(r.name().text()).orElseThrow(() -> CausalException.at(r.span(),
                    "dataset " + r.name().text() + " has no value yet"));
        }
        RandomSource rng = new RandomSource(session.options().seed()).stream(source.span().offset());
        if (source instanceof DataSource.Where w) {
            Table input = table(w.input(), session);
            return input.filter(ColumnExpressions.where(w.condition(), input, rng, host()));
        }
        DataSource.With w = (DataSource.With) source;
        Table t = table(w.input(), session);
        for (Stmt.Assignment a : w.assignments()) {
            t = t.with(ColumnExpressions.evaluate(a.value(), t, a.name().text(), rng, host()));
        }
        return t;
    }

    private static long whole(Expr e) {
        return (long) ((Expr.Number) e).value();
    }
}

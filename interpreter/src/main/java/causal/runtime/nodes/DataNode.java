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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code data NAME = SOURCE}: reads, simulates, filters and extends a table, then binds it to the name. */
final class DataNode extends StatementNode {
    private final Stmt.Data statement;

    DataNode(Stmt.Data statement) {
        super(statement.span());
        this.statement = statement;
    }

    @Override
    protected void run(RunSession session) {
        ExpressionHost host = host();
        Optional<SqlQuery> query = pushed(statement.source(), EngineSources.Dialect.DUCKDB, session)
                .map(p -> p.query(session));
        Optional<Pushed> onEngine = session.engine().isPresent()
                ? pushed(statement.source(), EngineSources.Dialect.SPARK, session) : Optional.empty();
        if (onEngine.isPresent()) {
            // A distributed engine reads the CSV file or Parquet glob itself, and does the where and with; the table
            // is read here (through the embedded engine's query, or as Causal reads and computes it) only if a
            // statement the engine does not run needs it.
            Pushed p = onEngine.get();
            Path file = session.resolve(p.read().location());
            Supplier<Schema> columns = p.read().format() == DataSource.Format.CSV && p.steps().isEmpty()
                    ? StreamedEstimates.once(() -> csvColumns(session, file)) : () -> new Schema(p.fields());
            session.bind(statement.name().text(), new EngineData(query, Optional.of(file), p.steps(), columns,
                    () -> query.isPresent() ? DuckDbEngine.shared().read(query.get())
                            : table(statement.source(), session, host), p.read().location()));
            return;
        }
        session.bind(statement.name().text(), query.isPresent() ? EngineData.of(query.get())
                : table(statement.source(), session, host));
    }

    /**
     * A source a query engine reads and its columns, the {@code where} conditions and {@code with} columns the
     * engine does over it (in its SQL, in order), and the columns they leave.
     */
    private record Pushed(DataSource.Read read, List<Schema.Field> source, List<DataStep> steps,
                          List<Schema.Field> fields) {
        Pushed then(DataStep step, List<Schema.Field> after) {
            List<DataStep> more = new ArrayList<>(steps);
            more.add(step);
            return new Pushed(read, source, more, after);
        }

        /** The embedded engine's query: the source's, with the steps nested over it. */
        SqlQuery query(RunSession session) {
            SqlQuery query = EngineSources.query(read, session.resolve("."));
            java.util.Set<String> names = new java.util.HashSet<>();
            source.forEach(f -> names.add(f.name()));
            for (DataStep step : steps) {
                if (step instanceof DataStep.Filter f) {
                    query = query.where(f.condition());
                } else {
                    DataStep.Computed c = (DataStep.Computed) step;
                    query = query.withColumn(c.name(), c.expression(), !names.add(c.name()));
                }
            }
            return query;
        }
    }

    /**
     * The source under {@code source} that the engine of {@code dialect} reads, and its {@code where} conditions and
     * {@code with} columns in that engine's SQL ({@link EngineSources}: only where they mean there what they mean in
     * Causal); empty when the engine does not read the source or one of them must be computed in Causal. DuckDB reads
     * {@code parquet(…)} and {@code sql(…)}; Spark reads {@code parquet(…)} and {@code csv(…)}, whose column types
     * it knows once it has typed the file: Spark is asked for them (a pass over the file, which its estimates reuse)
     * only when a where or with is over it and each of them could be pushed, judged by its form (no text literal:
     * text is compared in Causal over CSV; no function or power).
     */
    private static Optional<Pushed> pushed(DataSource source, EngineSources.Dialect dialect, RunSession session) {
        return pushed(source, dialect, session, !(source instanceof DataSource.Read) && mayPush(source));
    }

    /** Whether every where and with over the read could be pushed, as far as their form tells. */
    private static boolean mayPush(DataSource source) {
        if (source instanceof DataSource.Where w) {
            return EngineSources.mayPush(w.condition(), false) && mayPush(w.input());
        }
        if (source instanceof DataSource.With w) {
            return w.assignments().stream().allMatch(a -> EngineSources.mayPush(a.value(), false))
                    && mayPush(w.input());
        }
        return source instanceof DataSource.Read;
    }

    /**
     * As {@link #pushed(DataSource, EngineSources.Dialect, RunSession)}; {@code askTypes}: whether a CSV file's
     * types are worth asking the engine for.
     */
    private static Optional<Pushed> pushed(DataSource source, EngineSources.Dialect dialect, RunSession session,
                                           boolean askTypes) {
        if (source instanceof DataSource.Read r) {
            if (dialect == EngineSources.Dialect.DUCKDB ? !EngineSources.isEngineRead(r)
                    : r.format() == DataSource.Format.SQL) {
                return Optional.empty();
            }
            SqlQuery query = EngineSources.query(r, session.resolve("."));
            List<Schema.Field> fields = dialect == EngineSources.Dialect.DUCKDB
                    ? DuckDbEngine.shared().describe(query).fields()
                    : r.format() == DataSource.Format.PARQUET
                    ? DuckDbEngine.shared().describeForOtherEngines(query).fields()
                    : askTypes ? csvColumns(session, session.resolve(r.location())).fields() : List.of();
            return Optional.of(new Pushed(r, fields, List.of(), fields));
        }
        if (source instanceof DataSource.Where w) {
            return pushed(w.input(), dialect, session, askTypes).flatMap(input -> EngineSources.predicate(w.condition(),
                    new Schema(input.fields()), dialect).map(c -> input.then(new DataStep.Filter(c), input.fields())));
        }
        if (source instanceof DataSource.With w) {
            Optional<Pushed> result = pushed(w.input(), dialect, session, askTypes);
            for (Stmt.Assignment a : w.assignments()) {
                String name = a.name().text();
                result = result.flatMap(input -> EngineSources.column(a.value(), new Schema(input.fields()), dialect)
                        .flatMap(c -> withColumn(input.fields(), name, c.type())
                                .map(after -> input.then(new DataStep.Computed(name, c.sql()), after))));
            }
            return result;
        }
        return Optional.empty();
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
     * A CSV file's columns as the distributed engine types them, text untyped: the engine and Causal's reader may
     * trim a quoted cell's spaces differently, so a text comparison is left to Causal. No columns when the engine
     * cannot type the file (Causal's reader then reads it, and says what is wrong).
     */
    private static Schema csvColumns(RunSession session, Path file) {
        return new Schema(session.engine().orElseThrow().csvColumns(file).map(Schema::fields).orElse(List.of())
                .stream().map(f -> f.type().equals(Optional.of(ColumnType.CATEGORICAL))
                        ? new Schema.Field(f.name(), Optional.empty()) : f).toList());
    }

    private ExpressionHost host() {
        return CausalContext.get(this).expressionHost(CausalLanguage.get(this));
    }

    private static Table table(DataSource source, RunSession session, ExpressionHost host) {
        if (source instanceof DataSource.Read r) {
            return EngineSources.isEngineRead(r) ? DuckDbEngine.shared().read(EngineSources.query(r, session.resolve(".")))
                    : CsvReader.read(session.resolve(r.location()), r.location());
        }
        if (source instanceof DataSource.Simulate s) {
            Stmt.Model model = (Stmt.Model) session.analysis().declarations().all().get(s.model().text());
            long seed = s.seed().map(DataNode::whole).orElse(session.options().seed());
            return ModelSimulation.simulate(model, (int) whole(s.n()), seed, host);
        }
        if (source instanceof DataSource.Ref r) {
            return (Table) session.value(r.name().text()).orElseThrow(() -> CausalException.at(r.span(),
                    "dataset " + r.name().text() + " has no value yet"));
        }
        RandomSource rng = new RandomSource(session.options().seed()).stream(source.span().offset());
        if (source instanceof DataSource.Where w) {
            Table input = table(w.input(), session, host);
            return input.filter(ColumnExpressions.where(w.condition(), input, rng, host));
        }
        DataSource.With w = (DataSource.With) source;
        Table t = table(w.input(), session, host);
        for (Stmt.Assignment a : w.assignments()) {
            t = t.with(ColumnExpressions.evaluate(a.value(), t, a.name().text(), rng, host));
        }
        return t;
    }

    private static long whole(Expr e) {
        return (long) ((Expr.Number) e).value();
    }
}

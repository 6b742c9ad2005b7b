package causal.runtime.nodes;

import causal.analysis.EngineSources;
import causal.data.ColumnType;
import causal.data.CsvReader;
import causal.data.Schema;
import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;
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
        if (session.engine().isPresent() && statement.source() instanceof DataSource.Read r
                && r.format() != DataSource.Format.SQL) {
            // A distributed engine reads the CSV file or Parquet glob itself; the table is read here only if a
            // statement the engine does not run needs it.
            session.bind(statement.name().text(), new EngineData(query, Optional.of(session.resolve(r.location())),
                    r.location()));
            return;
        }
        session.bind(statement.name().text(), query.isPresent() ? EngineData.of(query.get())
                : table(statement.source(), session));
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
            // Described once: each pushed column is a DOUBLE, after the others or in place of its namesake.
            SqlQuery query = input.get();
            List<Schema.Field> fields = new ArrayList<>(DuckDbEngine.shared().describe(query).fields());
            for (Stmt.Assignment a : w.assignments()) {
                String name = a.name().text();
                Schema schema = new Schema(fields);
                boolean replacing = schema.field(name).isPresent();
                // DuckDB's names ignore case, Causal's do not: Age beside age stays in Causal.
                if (!replacing && fields.stream().anyMatch(f -> f.name().equalsIgnoreCase(name))) {
                    return Optional.empty();
                }
                Optional<String> sql = EngineSources.numericExpression(a.value(), schema);
                if (sql.isEmpty()) {
                    return Optional.empty();
                }
                query = query.withColumn(name, sql.get(), replacing);
                Schema.Field computed = new Schema.Field(name, ColumnType.NUMERIC);
                if (replacing) {
                    fields.replaceAll(f -> f.name().equals(name) ? computed : f);
                } else {
                    fields.add(computed);
                }
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

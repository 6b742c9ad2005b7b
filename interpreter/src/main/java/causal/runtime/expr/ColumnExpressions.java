package causal.runtime.expr;

import causal.analysis.Suggestions;
import causal.analysis.ExpressionNames;
import causal.data.Column;
import causal.data.Table;
import causal.random.RandomSource;
import causal.runtime.CausalException;
import causal.syntax.Expr;
import causal.syntax.Name;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates the expressions of {@code with { … }} and {@code where …} (LANGUAGE.md §2) over a whole table,
 * vectorised: values are columns, constants stand for every row, missing values propagate through arithmetic and
 * comparisons, and {@code and}/{@code or}/{@code not} use three-valued logic (see {@link BooleanVector}).
 */
public final class ColumnExpressions {
    private ColumnExpressions() {
    }

    /**
     * Evaluates {@code expr} over every row of {@code table}; names resolve to columns; returns a column called
     * {@code name}. Distribution calls draw from {@code rng.stream(i)} for the i-th call in the expression (in
     * source order), so the values depend only on {@code rng}'s seed. {@code rng} may be null if there are none.
     */
    public static Column evaluate(Expr expr, Table table, String name, RandomSource rng) {
        return evaluate(expr, table, name, rng, ExpressionHost.STANDALONE);
    }

    /** As {@link #evaluate(Expr, Table, String, RandomSource)}, with nodes belonging to {@code host}. */
    public static Column evaluate(Expr expr, Table table, String name, RandomSource rng, ExpressionHost host) {
        return run(expr, table, rng, host).toColumn(name);
    }

    /** The rows where {@code cond} is true (missing counts as false). */
    public static BitSet where(Expr cond, Table table, RandomSource rng) {
        return where(cond, table, rng, ExpressionHost.STANDALONE);
    }

    /** As {@link #where(Expr, Table, RandomSource)}, with nodes belonging to {@code host}. */
    public static BitSet where(Expr cond, Table table, RandomSource rng, ExpressionHost host) {
        ColumnAccumulator values = run(cond, table, rng, host);
        if (!values.isTrueFalse()) {
            throw CausalException.at(cond.span(), "where needs a true/false condition, not " + values.kind());
        }
        return values.trueRows();
    }

    /** Names an expression reads (columns or model variables), in order of first mention; never function names. */
    public static Set<String> namesUsed(Expr expr) {
        Set<String> names = new LinkedHashSet<>();
        for (Name n : ExpressionNames.references(expr)) {
            names.add(n.text());
        }
        return names;
    }

    private static ColumnAccumulator run(Expr expr, Table table, RandomSource rng, ExpressionHost host) {
        CompiledExpression compiled = ExpressionTranslator.compile(expr, host);
        List<Name> names = compiled.columns();
        ColumnSource[] columns = new ColumnSource[names.size()];
        for (int i = 0; i < columns.length; i++) {
            Name n = names.get(i);
            Column column = table.find(n.text()).orElseThrow(() -> CausalException.at(n.span(), "unknown column "
                    + n.text() + " in " + table.source() + Suggestions.hint(n.text(), table.columnNames())));
            columns[i] = new TableColumnSource(column);
        }
        RandomSource[] streams = new RandomSource[compiled.drawCount()];
        for (int i = 0; i < streams.length; i++) {
            streams[i] = rng.stream(i);
        }
        ColumnAccumulator out = new ColumnAccumulator(table.rowCount());
        compiled.evaluateAll(new EvaluationInput(columns, streams), table.rowCount(), out);
        return out;
    }
}

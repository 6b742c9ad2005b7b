package causal.runtime.nodes;

import causal.data.ColumnType;
import causal.data.NumericColumn;
import causal.data.Schema;
import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;
import causal.data.sql.SqlText;
import causal.estimate.EffectQuery;
import causal.stream.StreamingRegression;

import java.util.Optional;
import java.util.Set;

/**
 * The interactions {@code treatment·(m − m̄)} of a streamed {@code ols} with effect modifiers ({@code CATE … by m}),
 * computed inside the query as the in-memory fit computes them ({@code causal.estimate.RegressionAdjustment}):
 * {@code m̄} is m's mean over the rows the estimate uses, from one aggregation before the passes; the column is
 * named {@link StreamingRegression#interaction}. A modifier must be a number or true/false, as in memory.
 */
final class ModifierInteractions {
    private ModifierInteractions() {
    }

    /**
     * {@code sql} with the interaction of each of {@code query}'s modifiers (unchanged without modifiers), where
     * {@code used} are every column the estimate reads; empty when a modifier is text or another kind the in-memory
     * fit refuses (it then reports it), or an interaction's name is already a column.
     */
    static Optional<SqlQuery> of(SqlQuery sql, EffectQuery query, Set<String> used) {
        if (query.modifiers().isEmpty()) {
            return Optional.of(sql);
        }
        Schema schema = DuckDbEngine.shared().describe(sql);
        for (String m : query.modifiers()) {
            Optional<ColumnType> type = schema.field(m).flatMap(Schema.Field::type);
            if (type.isEmpty() || type.get() == ColumnType.CATEGORICAL
                    || schema.has(StreamingRegression.interaction(query.treatment(), m))) {
                return Optional.empty();
            }
        }
        Table means = DuckDbEngine.shared().read(sql.means(query.modifiers(), DummyCovariates.complete(schema, used)));
        SqlQuery out = sql;
        String treatment = "CAST(" + SqlText.identifier(query.treatment()) + " AS DOUBLE)";
        for (String m : query.modifiers()) {
            NumericColumn mean = (NumericColumn) means.column(m);
            if (means.rowCount() != 1 || mean.isMissing(0)) {
                return Optional.empty();  // no complete rows: the in-memory fit says so
            }
            out = out.withColumn(StreamingRegression.interaction(query.treatment(), m), treatment + " * (CAST("
                    + SqlText.identifier(m) + " AS DOUBLE) - " + SqlText.number(mean.get(0)) + ")", false);
        }
        return Optional.of(out);
    }
}

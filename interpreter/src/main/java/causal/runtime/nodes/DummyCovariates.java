package causal.runtime.nodes;

import causal.data.CategoricalColumn;
import causal.data.ColumnType;
import causal.data.Schema;
import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;
import causal.data.sql.SqlText;
import causal.estimate.EffectQuery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The text covariates of a streamed estimate as the 0/1 dummies the in-memory design matrix makes of them
 * ({@code causal.learn.DesignMatrix}): one per level present in the rows the estimate uses, except the first in
 * String order, named {@code column=level}, computed inside the query ({@code CAST((race = 'hispan') AS DOUBLE)},
 * NULL where the text is missing, so such a row is dropped as in memory). The levels come from one
 * {@code select distinct} over the complete rows. The query's covariates are the dummies in the covariate's place.
 *
 * @param sql   the query with the dummy columns after the others
 * @param query the estimate's query with each text covariate replaced by its dummies
 */
record DummyCovariates(SqlQuery sql, EffectQuery query) {
    /**
     * The dummies of {@code query}'s text covariates over {@code sql}, where {@code used} are every column the
     * estimate reads; unchanged when there are none. Empty when a text covariate cannot be expanded exactly: it is
     * not held as text (a date, a UUID, whose text DuckDB and Causal might write differently), has fewer than two
     * levels, or a dummy's name is already a column.
     */
    static Optional<DummyCovariates> of(SqlQuery sql, EffectQuery query, Set<String> used) {
        Schema schema = DuckDbEngine.shared().describeForOtherEngines(sql);
        List<String> text = query.covariates().stream().filter(c -> schema.field(c).flatMap(Schema.Field::type)
                .equals(Optional.of(ColumnType.CATEGORICAL))).toList();
        if (text.isEmpty()) {
            return Optional.of(new DummyCovariates(sql, query));
        }
        if (query.covariates().stream().anyMatch(c -> schema.field(c).flatMap(Schema.Field::type).isEmpty())) {
            return Optional.empty();
        }
        String complete = complete(schema, used);
        Set<String> names = new HashSet<>(schema.names());
        SqlQuery expanded = sql;
        java.util.Map<String, List<String>> dummies = new java.util.HashMap<>();
        for (String covariate : text) {
            List<String> levels = levels(sql, covariate, complete);
            if (levels.size() < 2) {
                return Optional.empty();
            }
            List<String> columns = new ArrayList<>();
            for (String level : levels.subList(1, levels.size())) {
                String name = covariate + "=" + level;
                if (!names.add(name)) {
                    return Optional.empty();
                }
                expanded = expanded.withColumn(name, "CAST((" + SqlText.identifier(covariate) + " = "
                        + SqlText.string(level) + ") AS DOUBLE)", false);
                columns.add(name);
            }
            dummies.put(covariate, columns);
        }
        return Optional.of(new DummyCovariates(expanded, new EffectQuery(query.estimand(), query.treatment(),
                query.outcome(), replaced(query.adjustment(), dummies), replaced(query.controls(), dummies),
                query.design(), replaced(query.modifiers(), dummies))));
    }

    /** The rows with a value in every used column: not NULL, and not NaN in a number column (missing in Causal). */
    static String complete(Schema schema, Set<String> used) {
        List<String> conditions = new ArrayList<>();
        for (String column : used) {
            String id = SqlText.identifier(column);
            boolean number = schema.field(column).flatMap(Schema.Field::type).equals(Optional.of(ColumnType.NUMERIC));
            conditions.add(number ? "(" + id + " IS NOT NULL AND NOT isnan(CAST(" + id + " AS DOUBLE)))"
                    : id + " IS NOT NULL");
        }
        return String.join(" AND ", conditions);
    }

    /** The covariate's levels in those rows, in String order as the table's levels are. */
    private static List<String> levels(SqlQuery sql, String covariate, String complete) {
        Table values = DuckDbEngine.shared().read(sql.distinct(covariate, complete));
        CategoricalColumn column = (CategoricalColumn) values.column(covariate);
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < column.size(); i++) {
            if (column.code(i) >= 0) {
                levels.add(column.level(i));
            }
        }
        levels.sort(null);
        return levels;
    }

    private static List<String> replaced(List<String> columns, java.util.Map<String, List<String>> dummies) {
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            out.addAll(dummies.getOrDefault(c, List.of(c)));
        }
        return out;
    }
}

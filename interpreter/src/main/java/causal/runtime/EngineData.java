package causal.runtime;

import causal.data.Schema;
import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;

import causal.engine.DataStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A dataset bound but not yet read: a query of the embedded engine ({@code parquet(…)}, {@code sql(…)}), which an
 * estimator that needs only sufficient statistics streams, and/or a file that a distributed engine
 * ({@code engine = spark(…)}) reads itself. Any other statement reads it into a table the first time it asks.
 *
 * @param query         the embedded engine's query, when the data is Parquet or SQL (with the script's where and
 *                      with in it)
 * @param file          the CSV file or Parquet glob, absolute, when a distributed engine may read it
 * @param steps         the script's {@code where} and {@code with} over {@code file}, for the distributed engine to do
 *                      (none: the file as it is); {@code table} does those the script wrote
 * @param engineColumns the columns after {@code steps} with the types the distributed engine gives them (a type
 *                      empty where a condition on the column may not mean there what it means in Causal), asked
 *                      for when an estimate needs them
 * @param table         reads the whole data, after the script's where and with, as Causal does
 * @param name          the path as the script wrote it, for messages
 */
public record EngineData(Optional<SqlQuery> query, Optional<Path> file, List<DataStep> steps,
                         Supplier<Schema> engineColumns, Supplier<Table> table, String name) {
    public EngineData {
        steps = List.copyOf(steps);
    }

    /** A query of the embedded engine. */
    public static EngineData of(SqlQuery query) {
        return new EngineData(Optional.of(query), Optional.empty(), List.of(), () -> new Schema(List.of()),
                () -> DuckDbEngine.shared().read(query), query.source());
    }

    /**
     * This data with one more column the distributed engine computes for an estimate (not part of the table the
     * script's statements read).
     */
    public EngineData then(DataStep.Computed step, Schema.Field computed) {
        List<DataStep> more = new ArrayList<>(steps);
        more.add(step);
        Supplier<Schema> before = engineColumns;
        return new EngineData(query, file, more, () -> {
            List<Schema.Field> fields = new ArrayList<>(before.get().fields());
            fields.removeIf(f -> f.name().equals(computed.name()));
            fields.add(computed);
            return new Schema(fields);
        }, table, name);
    }

    /** The whole data as a table. */
    public Table read() {
        return table.get();
    }
}

package causal.runtime;

import causal.data.CsvReader;
import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;

import causal.engine.DataStep;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A dataset bound but not yet read: a query of the embedded engine ({@code parquet(…)}, {@code sql(…)}), which an
 * estimator that needs only sufficient statistics streams, and/or a file that a distributed engine
 * ({@code engine = spark(…)}) reads itself. Any other statement reads it into a table the first time it asks.
 *
 * @param query the embedded engine's query, when the data is Parquet or SQL (with the script's where and with in it)
 * @param file  the CSV file or Parquet glob, absolute, when a distributed engine may read it
 * @param steps the script's {@code where} and {@code with} over {@code file}, for the distributed engine to do
 *              (none: the file as it is); a step is only ever here when {@code query} holds it too
 * @param name  the path as the script wrote it, for messages
 */
public record EngineData(Optional<SqlQuery> query, Optional<Path> file, List<DataStep> steps, String name) {
    public EngineData {
        steps = List.copyOf(steps);
    }

    /** A query of the embedded engine. */
    public static EngineData of(SqlQuery query) {
        return new EngineData(Optional.of(query), Optional.empty(), List.of(), query.source());
    }

    /** The whole data as a table. */
    public Table read() {
        return query.isPresent() ? DuckDbEngine.shared().read(query.get()) : CsvReader.read(file.orElseThrow(), name);
    }
}

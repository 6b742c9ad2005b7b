package causal.runtime;

import causal.data.CsvReader;
import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A dataset bound but not yet read: a query of the embedded engine ({@code parquet(…)}, {@code sql(…)}), which an
 * estimator that needs only sufficient statistics streams, and/or a file that a distributed engine
 * ({@code engine = spark(…)}) reads itself. Any other statement reads it into a table the first time it asks.
 *
 * @param query the embedded engine's query, when the data is Parquet or SQL
 * @param file  the CSV file or Parquet glob, absolute, when a distributed engine may read it
 * @param name  the path as the script wrote it, for messages
 */
public record EngineData(Optional<SqlQuery> query, Optional<Path> file, String name) {
    /** A query of the embedded engine. */
    public static EngineData of(SqlQuery query) {
        return new EngineData(Optional.of(query), Optional.empty(), query.source());
    }

    /** The whole data as a table. */
    public Table read() {
        return query.isPresent() ? DuckDbEngine.shared().read(query.get()) : CsvReader.read(file.orElseThrow(), name);
    }
}

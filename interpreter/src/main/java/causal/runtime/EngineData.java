package causal.runtime;

import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;

/**
 * A dataset of the embedded engine ({@code parquet(…)}, {@code sql(…)}) bound but not yet read: an estimator that
 * needs only sufficient statistics streams it (data larger than memory works), and any other statement reads it
 * into a table the first time it asks for the value.
 */
public record EngineData(SqlQuery query) {
    /** The whole result as a table. */
    public Table read() {
        return DuckDbEngine.shared().read(query);
    }
}

package causal.analysis;

import causal.data.DataException;
import causal.data.Schema;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;

import java.nio.file.Path;
import java.util.List;

/** Column names of data files, from headers only: the checker never reads rows. */
public interface SchemaProvider {

    /** The header of a CSV file; {@code displayName} is the path as the script wrote it, for errors. */
    List<String> csvColumns(Path file, String displayName) throws DataException;

    /** The columns and types of a {@code parquet(…)} or {@code sql(…)} query, from DuckDB's description. */
    default Schema querySchema(SqlQuery query) throws DataException {
        return DuckDbEngine.shared().describe(query);
    }
}

package causal.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/** Column references by a script's column name, whatever characters it holds. */
final class SparkColumns {
    private SparkColumns() {
    }

    /** The column called {@code name}: back-quoted, so dots and spaces are part of the name, not paths. */
    static Column column(String name) {
        return functions.col("`" + name.replace("`", "``") + "`");
    }
}

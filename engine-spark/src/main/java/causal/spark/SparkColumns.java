package causal.spark;

import causal.data.ColumnType;
import causal.data.Schema;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Column references by a script's column name, whatever characters it holds, and column types in Causal's terms. */
final class SparkColumns {
    private SparkColumns() {
    }

    /** The column called {@code name}: back-quoted, so dots and spaces are part of the name, not paths. */
    static Column column(String name) {
        return functions.col("`" + name.replace("`", "``") + "`");
    }

    /**
     * Spark's columns as Causal's: doubles numeric, booleans boolean, strings categorical; any other type (Parquet
     * may hold integers, dates…) untyped, since only a CSV read is typed by Causal's rules.
     */
    static Schema schema(StructType struct) {
        java.util.List<Schema.Field> fields = new java.util.ArrayList<>();
        for (StructField f : struct.fields()) {
            Optional<ColumnType> type = f.dataType().equals(DataTypes.DoubleType) ? Optional.of(ColumnType.NUMERIC)
                    : f.dataType().equals(DataTypes.BooleanType) ? Optional.of(ColumnType.BOOLEAN)
                    : f.dataType().equals(DataTypes.StringType) ? Optional.of(ColumnType.CATEGORICAL)
                    : Optional.empty();
            fields.add(new Schema.Field(f.name(), type));
        }
        return new Schema(fields);
    }
}

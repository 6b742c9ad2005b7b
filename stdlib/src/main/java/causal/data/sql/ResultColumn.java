package causal.data.sql;

import causal.data.ColumnType;
import causal.data.DataException;
import causal.data.DataLocation;

import java.util.Optional;
import java.util.Set;

/**
 * A column of a query's result: its name, DuckDB's type for it, and the Causal type it is read as.
 *
 * <p>The mapping: every DuckDB number (integers of any width, signed or not, FLOAT, DOUBLE, DECIMAL) is numeric,
 * read as a double; BOOLEAN is boolean; VARCHAR, ENUM, UUID and the dates and times (DATE, TIME, TIMESTAMP in all
 * precisions, with or without time zone) are categorical, holding DuckDB's text for the value (ISO 8601:
 * {@code 2024-03-01}, {@code 2024-03-01 09:30:00}, time zones shown in UTC). A column of untyped NULLs is numeric
 * and all missing, as an empty CSV column is. Anything else (lists, arrays, structs, maps, unions, BLOB, BIT,
 * INTERVAL, JSON) cannot be held by a {@code Table}: the query must convert or drop it.
 */
record ResultColumn(String name, String duckDbType, ColumnType type) {
    private static final Set<String> NUMBERS = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
            "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "\"NULL\"", "NULL");
    private static final Set<String> TEXTS = Set.of("VARCHAR", "ENUM", "UUID", "DATE", "TIME", "TIME_NS",
            "TIME WITH TIME ZONE", "TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS",
            "TIMESTAMP WITH TIME ZONE");

    /** The column {@code name} of DuckDB type {@code duckDbType}; {@link DataException} if Causal cannot hold it. */
    static ResultColumn of(String name, String duckDbType, String source) {
        ColumnType type = causalType(duckDbType).orElseThrow(() -> new DataException("column " + name
                + " has DuckDB type " + duckDbType + ", which a Causal table cannot hold (columns are numeric, "
                + "boolean or categorical); " + advice(name, duckDbType), DataLocation.column(source, name)));
        return new ResultColumn(name, duckDbType, type);
    }

    static Optional<ColumnType> causalType(String duckDbType) {
        if (NUMBERS.contains(duckDbType) || duckDbType.startsWith("DECIMAL")) {
            return Optional.of(ColumnType.NUMERIC);
        }
        if (duckDbType.equals("BOOLEAN")) {
            return Optional.of(ColumnType.BOOLEAN);
        }
        if (TEXTS.contains(duckDbType) || duckDbType.startsWith("ENUM")) {
            return Optional.of(ColumnType.CATEGORICAL);
        }
        return Optional.empty();
    }

    /**
     * The select-list entry that hands this column to JDBC in the form the reader takes: numbers as DOUBLE (so
     * DECIMAL and HUGEINT need no boxed BigDecimal per row), categories as DuckDB's VARCHAR text.
     */
    String selectExpression() {
        String quoted = SqlText.identifier(name);
        boolean asIs = switch (type) {
            case NUMERIC -> duckDbType.equals("DOUBLE");
            case BOOLEAN -> true;
            case CATEGORICAL -> duckDbType.equals("VARCHAR");
        };
        if (asIs) {
            return quoted;
        }
        String target = type == ColumnType.NUMERIC ? "DOUBLE" : "VARCHAR";
        return "CAST(" + quoted + " AS " + target + ") AS " + quoted;
    }

    private static String advice(String name, String duckDbType) {
        String quoted = SqlText.identifier(name);
        String drop = "or leave it out with select * exclude (" + quoted + ")";
        if (duckDbType.endsWith("]")) {
            return "pick an element in the SQL, e.g. " + quoted + "[1], or unnest it, " + drop;
        }
        if (duckDbType.startsWith("STRUCT")) {
            return "pick its fields in the SQL, e.g. " + quoted + ".field, " + drop;
        }
        if (duckDbType.startsWith("MAP")) {
            return "pick a key in the SQL, e.g. " + quoted + "['key'], " + drop;
        }
        if (duckDbType.equals("INTERVAL")) {
            return "convert it in the SQL, e.g. epoch(" + quoted + ") for seconds, " + drop;
        }
        if (duckDbType.equals("JSON")) {
            return "extract the values you need in the SQL, e.g. " + quoted + "->>'age', " + drop;
        }
        return "convert it in the SQL, e.g. CAST(" + quoted + " AS DOUBLE) or CAST(" + quoted + " AS VARCHAR), "
                + drop;
    }
}

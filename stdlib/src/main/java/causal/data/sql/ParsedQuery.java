package causal.data.sql;

import causal.data.DataException;
import causal.data.DataLocation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A query as DuckDB's own parser sees it ({@code json_serialize_sql}), without binding or running anything: whether
 * it is exactly one query, and the string literals in it that name files ({@code read_csv('x.csv')},
 * {@code read_parquet(['a.parquet', 'b.parquet'])}, {@code from 'x.parquet'}).
 */
final class ParsedQuery {
    /** DuckDB's table functions whose first argument is a file path or glob, or a list of them. */
    private static final Set<String> FILE_READERS = Set.of("read_csv", "read_csv_auto", "read_parquet",
            "parquet_scan", "read_json", "read_json_auto", "read_json_objects", "read_json_objects_auto",
            "read_ndjson", "read_ndjson_auto", "read_ndjson_objects", "read_text", "read_blob", "read_duckdb",
            "parquet_metadata", "parquet_file_metadata", "parquet_full_metadata", "parquet_kv_metadata",
            "parquet_schema", "sniff_csv", "glob");

    /** A string literal naming a file: {@code text} is its value, {@code [start, end)} its quoted span in the query. */
    record FileLiteral(int start, int end, String text) {
    }

    private final List<FileLiteral> fileLiterals;

    private ParsedQuery(List<FileLiteral> fileLiterals) {
        this.fileLiterals = List.copyOf(fileLiterals);
    }

    /** The file literals of {@code sql}, sorted by position. */
    List<FileLiteral> fileLiterals() {
        return fileLiterals;
    }

    /**
     * Parses {@code sql}, which must be one query (select, with, from, values, describe, summarize, show).
     * Throws {@link DataException} naming {@code source} for a syntax error (with its line and column), for
     * another kind of statement and for none or several.
     */
    static ParsedQuery parse(Connection connection, String sql, String source) throws SQLException {
        Map<?, ?> tree = (Map<?, ?>) Json.parse(serialize(connection, sql));
        if (Boolean.TRUE.equals(tree.get("error"))) {
            throw new DataException(describeError(tree, sql), DataLocation.file(source));
        }
        List<?> statements = (List<?>) tree.get("statements");
        if (statements.size() != 1) {
            throw new DataException(statements.isEmpty() ? "the SQL query is empty"
                    : "the SQL text holds " + statements.size() + " statements; give a single query",
                    DataLocation.file(source));
        }
        List<FileLiteral> literals = new ArrayList<>();
        collectFileLiterals(statements.get(0), sql, new Utf8Offsets(sql), literals);
        literals.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new ParsedQuery(literals);
    }

    private static String serialize(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select json_serialize_sql(?::VARCHAR)")) {
            statement.setString(1, sql);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static String describeError(Map<?, ?> tree, String sql) {
        String type = String.valueOf(tree.get("error_type"));
        String message = String.valueOf(tree.get("error_message"));
        if (type.equals("not implemented")) {
            return "only a query (select …, with …, from …) can be read; statements such as create, copy, "
                    + "install, attach or set, and a pivot without an in (…) list, are not allowed";
        }
        if (type.equals("parser") && tree.get("position") instanceof String position) {
            return "Parser Error: " + message + pointAt(sql, new Utf8Offsets(sql).charIndex(Long.parseLong(position)));
        }
        return message;
    }

    /** e.g. {@code " at line 1, column 10:\n  select * form t\n           ^"}. */
    private static String pointAt(String sql, int index) {
        int lineStart = sql.lastIndexOf('\n', index - 1) + 1;
        int lineEnd = sql.indexOf('\n', index);
        String line = sql.substring(lineStart, lineEnd < 0 ? sql.length() : lineEnd).stripTrailing();
        int lineNumber = 1 + (int) sql.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        int column = index - lineStart;
        return " at line " + lineNumber + ", column " + (column + 1) + ":\n  " + line + "\n  "
                + " ".repeat(column) + "^";
    }

    private static void collectFileLiterals(Object node, String sql, Utf8Offsets offsets, List<FileLiteral> out) {
        if (node instanceof List<?> items) {
            items.forEach(item -> collectFileLiterals(item, sql, offsets, out));
            return;
        }
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        Object type = map.get("type");
        if ("TABLE_FUNCTION".equals(type) && map.get("function") instanceof Map<?, ?> function
                && FILE_READERS.contains(String.valueOf(function.get("function_name")).toLowerCase())
                && function.get("arguments") instanceof List<?> arguments && !arguments.isEmpty()) {
            addPathArgument(((Map<?, ?>) arguments.get(0)).get("expression"), sql, offsets, out);
        } else if ("BASE_TABLE".equals(type) && "".equals(map.get("schema_name"))
                && "".equals(map.get("catalog_name"))) {
            addQuotedTableName(map, sql, offsets, out);
        }
        map.values().forEach(value -> collectFileLiterals(value, sql, offsets, out));
    }

    /** A path argument is a string constant or a list of them ({@code ['a.csv', 'b.csv']}). */
    private static void addPathArgument(Object expression, String sql, Utf8Offsets offsets, List<FileLiteral> out) {
        if (!(expression instanceof Map<?, ?> map)) {
            return;
        }
        if ("VALUE_CONSTANT".equals(map.get("type")) && map.get("literal") instanceof Map<?, ?> literal
                && "STRING".equals(literal.get("kind"))) {
            long location = Long.parseUnsignedLong((String) map.get("query_location"));
            if (location < 0) {
                return; // DuckDB writes 2^64 - 1 when it has no position
            }
            int start = offsets.charIndex(location);
            int end = offsets.charIndex(location + Long.parseLong((String) map.get("query_location_length")));
            if (start < end && sql.charAt(start) == '\'') {
                out.add(new FileLiteral(start, end, (String) literal.get("text")));
            }
        } else if ("list_value".equals(map.get("function_name")) && map.get("arguments") instanceof List<?> items) {
            for (Object item : items) {
                addPathArgument(((Map<?, ?>) item).get("expression"), sql, offsets, out);
            }
        }
    }

    /** {@code from 'x.parquet'}: a table named by a single-quoted string is DuckDB's shorthand for reading a file. */
    private static void addQuotedTableName(Map<?, ?> table, String sql, Utf8Offsets offsets, List<FileLiteral> out) {
        long location = Long.parseUnsignedLong((String) table.get("query_location"));
        if (location < 0) {
            return; // DuckDB writes 2^64 - 1 when it has no position
        }
        int start = offsets.charIndex(location);
        if (start >= sql.length() || sql.charAt(start) != '\'') {
            return;
        }
        int end = start + 1;
        while (end < sql.length()) {
            if (sql.charAt(end) == '\'') {
                if (end + 1 < sql.length() && sql.charAt(end + 1) == '\'') {
                    end += 2;
                    continue;
                }
                break;
            }
            end++;
        }
        out.add(new FileLiteral(start, Math.min(end + 1, sql.length()), (String) table.get("table_name")));
    }

    /** DuckDB reports positions as UTF-8 byte offsets; Java indexes UTF-16 chars. */
    private static final class Utf8Offsets {
        private final String text;

        Utf8Offsets(String text) {
            this.text = text;
        }

        int charIndex(long byteOffset) {
            long bytes = 0;
            int i = 0;
            while (i < text.length() && bytes < byteOffset) {
                int codePoint = text.codePointAt(i);
                bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                i += Character.charCount(codePoint);
            }
            return i;
        }
    }
}

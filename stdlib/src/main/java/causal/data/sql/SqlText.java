package causal.data.sql;

/**
 * Pieces of DuckDB SQL text built safely from values: quoted identifiers, string and number literals, and the query
 * behind {@code parquet("…")}. The interpreter uses them to translate a simple {@code where} into SQL.
 */
public final class SqlText {
    private SqlText() {
    }

    /** {@code name} as a double-quoted identifier, inner double quotes doubled: {@code pre"x} → {@code "pre""x"}. */
    public static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code text} as a single-quoted string literal, inner single quotes doubled: {@code it's} → {@code 'it''s'}. */
    public static String string(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    /**
     * {@code value} as a DOUBLE literal that reads back exactly: whole numbers below 2^53 as integers, anything else
     * (fractions, NaN, infinities) as a cast from Java's shortest round-trip text, because DuckDB would read a long
     * decimal literal as DECIMAL and could round it twice on the way to DOUBLE.
     */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
            return Long.toString((long) value);
        }
        return "CAST(" + string(Double.toString(value)) + " AS DOUBLE)";
    }

    /** The query behind {@code parquet(glob)}: {@code select * from read_parquet('<glob>')}. */
    public static String parquetQuery(String glob) {
        return "select * from read_parquet(" + string(glob) + ")";
    }

    /**
     * {@code sql} without a final {@code ;} (and what follows it, when that is only blanks and comments), so that the
     * query can be nested as {@code from (…)}. Semicolons inside strings, quoted names and comments are not final.
     */
    static String withoutFinalSemicolon(String sql) {
        int lastSemicolon = -1;
        boolean contentAfter = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = closingQuote(sql, i, c);
                contentAfter = true;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int newline = sql.indexOf('\n', i);
                i = newline < 0 ? n : newline + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == ';') {
                lastSemicolon = i;
                contentAfter = false;
                i++;
            } else {
                if (!Character.isWhitespace(c)) {
                    contentAfter = true;
                }
                i++;
            }
        }
        return lastSemicolon >= 0 && !contentAfter ? sql.substring(0, lastSemicolon) : sql;
    }

    /** The index just past the quote that closes the one at {@code open}; a doubled quote is an escaped one. */
    private static int closingQuote(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}

package causal.data.sql;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A query for DuckDB, as {@code parquet("…")} or {@code sql("…")} gave it, possibly narrowed by a column projection
 * and a {@code where} pushed down into it.
 *
 * @param source how errors name the data: the glob of {@code parquet("…")}, or the query of {@code sql("…")} on one
 *               line, shortened
 * @param folder the folder that relative file paths in the query are relative to: the script's folder
 * @param origin the query as the user wrote it (or as {@link SqlText#parquetQuery} built it), checked on its own so
 *               that error positions point into the user's text
 * @param sql    the query to run: {@code origin}, or {@code origin} nested in projections and filters
 */
public record SqlQuery(String source, Path folder, String origin, String sql) {
    private static final int SOURCE_NAME_LENGTH = 60;

    /** The query behind {@code parquet(glob)}; a relative {@code glob} is relative to {@code folder}. */
    public static SqlQuery parquet(Path folder, String glob) {
        String sql = SqlText.parquetQuery(glob);
        return new SqlQuery(glob, folder, sql, sql);
    }

    /** The query behind {@code sql(text)}; relative file paths in {@code text} are relative to {@code folder}. */
    public static SqlQuery sql(Path folder, String text) {
        return new SqlQuery(sourceName(text), folder, text, text);
    }

    /**
     * This query narrowed to {@code columns} (all when empty), keeping the rows where {@code predicate} holds (all
     * when blank): {@code select <columns> from (<sql>) as source where <predicate>}. The predicate is SQL text over
     * this query's columns; build its names and literals with {@link SqlText}.
     */
    public SqlQuery select(List<String> columns, String predicate) {
        String projection = columns.isEmpty() ? "*"
                : columns.stream().map(SqlText::identifier).collect(Collectors.joining(", "));
        // Line breaks around the nested query keep a trailing "-- comment" in it from swallowing the ")".
        String nested = "select " + projection + "\nfrom (\n" + SqlText.withoutFinalSemicolon(sql) + "\n) as source";
        String filtered = predicate.isBlank() ? nested : nested + "\nwhere " + predicate;
        return new SqlQuery(source, folder, origin, filtered);
    }

    /**
     * This query with the column {@code name} computed by {@code expression} (SQL text over this query's columns):
     * in place of the column of that name when there is one ({@code replacing}), else after the last.
     */
    public SqlQuery withColumn(String name, String expression, boolean replacing) {
        String column = "(" + expression + ") as " + SqlText.identifier(name);
        String projection = replacing ? "* replace (" + column + ")" : "*, " + column;
        return new SqlQuery(source, folder, origin, "select " + projection + "\nfrom (\n"
                + SqlText.withoutFinalSemicolon(sql) + "\n) as source");
    }

    /** The distinct values of {@code column} over the rows where {@code predicate} (SQL text) holds. */
    public SqlQuery distinct(String column, String predicate) {
        return new SqlQuery(source, folder, origin, "select distinct " + SqlText.identifier(column) + "\nfrom (\n"
                + SqlText.withoutFinalSemicolon(sql) + "\n) as source\nwhere " + predicate);
    }

    /** One row: the mean of each of {@code columns} (as doubles) over the rows where {@code predicate} holds. */
    public SqlQuery means(List<String> columns, String predicate) {
        String averages = columns.stream().map(c -> "avg(CAST(" + SqlText.identifier(c) + " AS DOUBLE)) AS "
                + SqlText.identifier(c)).collect(Collectors.joining(", "));
        return new SqlQuery(source, folder, origin, "select " + averages + "\nfrom (\n"
                + SqlText.withoutFinalSemicolon(sql) + "\n) as source\nwhere " + predicate);
    }

    /** This query keeping the rows where {@code predicate} (SQL text) holds. */
    public SqlQuery where(String predicate) {
        return select(List.of(), predicate);
    }

    /** This query with only {@code columns}, in that order. */
    public SqlQuery project(List<String> columns) {
        return select(columns, "");
    }

    /** e.g. {@code sql("select * from read_csv('x.csv') where country = 'SE'")}, cut after 60 characters. */
    private static String sourceName(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() > SOURCE_NAME_LENGTH) {
            oneLine = oneLine.substring(0, SOURCE_NAME_LENGTH) + "…";
        }
        return "sql(\"" + oneLine + "\")";
    }
}

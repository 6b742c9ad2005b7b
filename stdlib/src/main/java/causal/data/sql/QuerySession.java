package causal.data.sql;

import causal.data.DataException;
import causal.data.DataLocation;

import causal.progress.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One DuckDB connection for one describe or read of a {@link SqlQuery}, used by one thread and then closed. Its file
 * search path is the query's folder; the query is checked by DuckDB's parser and its relative file paths made
 * absolute ({@link RelativePaths}) before DuckDB binds it.
 */
final class QuerySession implements AutoCloseable {
    private static final String LOST_MESSAGE = "Invalid Input Error: Invalid result set";

    private final Connection connection;
    private final SqlQuery query;
    private final String runnable;

    private QuerySession(Connection connection, SqlQuery query, String runnable) {
        this.connection = connection;
        this.query = query;
        this.runnable = runnable;
    }

    /** Takes ownership of {@code connection}: closes it when opening fails, and in {@link #close()}. */
    static QuerySession open(Connection connection, SqlQuery query) throws SQLException {
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET file_search_path = " + SqlText.string(query.folder().toAbsolutePath()
                        .normalize().toString()));
            }
            // The user's own text first, so that a syntax error points into what the user wrote.
            ParsedQuery origin = ParsedQuery.parse(connection, query.origin(), query.source());
            ParsedQuery parsed = query.sql().equals(query.origin()) ? origin
                    : ParsedQuery.parse(connection, query.sql(), query.source());
            String runnable = RelativePaths.resolve(query.sql(), parsed.fileLiterals(), query.folder());
            return new QuerySession(connection, query, runnable);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The result's columns, from the prepared statement's metadata: DuckDB binds the query but reads no rows. */
    List<ResultColumn> columns() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(runnable)) {
            ResultSetMetaData metadata = statement.getMetaData();
            List<ResultColumn> columns = new ArrayList<>(metadata.getColumnCount());
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 1; i <= metadata.getColumnCount(); i++) {
                String name = metadata.getColumnName(i);
                if (name == null || name.isBlank()) {
                    throw new DataException("column " + i + " of the result has no name; name it with AS",
                            DataLocation.file(query.source()));
                }
                Integer earlier = positions.putIfAbsent(name, i);
                if (earlier != null) {
                    throw new DataException("columns " + earlier + " and " + i + " of the result are both named "
                            + name + "; rename one with AS", DataLocation.column(query.source(), name));
                }
                columns.add(ResultColumn.of(name, metadata.getColumnTypeName(i), query.source()));
            }
            return columns;
        }
    }

    /** The named columns among {@code all}, in the order asked for; all of them when {@code names} is empty. */
    List<ResultColumn> pick(List<ResultColumn> all, List<String> names) {
        if (names.isEmpty()) {
            return all;
        }
        List<ResultColumn> picked = new ArrayList<>(names.size());
        for (String name : names) {
            ResultColumn column = all.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new DataException("there is no column " + name + "; the columns are "
                            + all.stream().map(ResultColumn::name).collect(Collectors.joining(", ")),
                            DataLocation.column(query.source(), name)));
            if (picked.contains(column)) {
                throw new DataException("column " + name + " is asked for twice", DataLocation.column(
                        query.source(), name));
            }
            picked.add(column);
        }
        return picked;
    }

    /**
     * Runs the query converted for reading ({@link ResultColumn#selectExpression()}) and streams its rows to
     * {@code sink}. DuckDB produces the rows chunk by chunk as they are fetched (the engine opens connections
     * with {@code jdbc_stream_results}), so the whole result is never held twice.
     */
    void stream(List<ResultColumn> columns, int batchRows, Consumer<ColumnBatch> sink) throws SQLException {
        String select = columns.stream().map(ResultColumn::selectExpression).collect(Collectors.joining(", "));
        String sql = "select " + select + "\nfrom (\n" + SqlText.withoutFinalSemicolon(runnable) + "\n) as source";
        // The row count is not known before the end: the bar counts rows without a total.
        try (Progress.Task progress = Progress.start("reading " + query.source(), -1, "rows");
                Statement statement = connection.createStatement(); ResultSet result = execute(statement, sql)) {
            BatchReader reader = new BatchReader(result, columns, batchRows);
            for (ColumnBatch batch = reader.next(); batch != null; batch = reader.next()) {
                sink.accept(batch);
                progress.advance(batch.rowCount());
            }
        }
    }

    private ResultSet execute(Statement statement, String sql) throws SQLException {
        try {
            return statement.executeQuery(sql);
        } catch (SQLException e) {
            throw EngineErrors.firstLine(e).equals(LOST_MESSAGE) ? rerunForMessage(sql, e) : e;
        }
    }

    /**
     * DuckDB's JDBC driver (2.0.0.1) reports an error met while computing the first rows of a streamed result as
     * "Invalid result set", dropping DuckDB's message (errors met later arrive intact). Running the query again
     * without streaming, folded into one row of counts so that nothing piles up in memory, brings the message
     * back.
     */
    private SQLException rerunForMessage(String sql, SQLException lost) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION jdbc_stream_results = false");
            try (ResultSet counts = statement.executeQuery("select count(COLUMNS(*)) from (\n" + sql + "\n)")) {
                counts.next();
            }
        } catch (SQLException found) {
            return found;
        }
        return lost;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

package causal.data.sql;

import causal.data.DataException;
import causal.data.ColumnType;
import causal.data.DataLocation;
import causal.data.Schema;
import causal.data.Table;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * The embedded DuckDB behind {@code parquet("…")} and {@code sql("…")}: an in-process, in-memory database that
 * reads Parquet, CSV and JSON files where they lie.
 *
 * <p>It opens lazily, at the first query, with extension auto-install and auto-load off (a query that needs e.g.
 * {@code httpfs} fails instead of downloading it), the time zone set to UTC (so timestamps with a time zone read the
 * same on every machine), result streaming on, and temporary files in a folder of its own under
 * {@code java.io.tmpdir}. DuckDB unpacks its native library into {@code java.io.tmpdir} too.
 *
 * <p>Thread safety: one engine may serve many threads. Each {@link #describe}, {@link #read} and
 * {@link #forEachBatch} opens its own connection to the shared database, uses it on the calling thread only and
 * closes it before returning; DuckDB runs queries of different connections concurrently. One engine per process
 * ({@link #shared()}) is the intended use.
 */
public final class DuckDbEngine implements AutoCloseable {
    /** Rows per batch when {@link #read} fills a table: large enough to amortise the call, small enough for cache. */
    private static final int READ_BATCH_ROWS = 8192;

    /**
     * @param threads     DuckDB's worker threads (its {@code threads} setting); default: the available processors
     * @param memoryLimit DuckDB's {@code memory_limit}, e.g. {@code "4GB"}; empty for DuckDB's default, 80% of RAM.
     *                    Beyond it DuckDB spills to its temporary folder where it can (sorts, joins, aggregates)
     */
    public record Options(int threads, Optional<String> memoryLimit) {
        public static final Options DEFAULTS = new Options(Runtime.getRuntime().availableProcessors(),
                Optional.empty());

        public Options withThreads(int count) {
            return new Options(count, memoryLimit);
        }

        public Options withMemoryLimit(String limit) {
            return new Options(threads, Optional.of(limit));
        }
    }

    private static final class Shared {
        static final DuckDbEngine ENGINE = new DuckDbEngine(Options.DEFAULTS);
    }

    private final Options options;
    private final Object lock = new Object();
    private DuckDBConnection root;

    private DuckDbEngine(Options options) {
        this.options = options;
    }

    /** The process's engine, with {@link Options#DEFAULTS}. Never closed by its users. */
    public static DuckDbEngine shared() {
        return Shared.ENGINE;
    }

    /** A new engine of its own (e.g. with a thread count from the command line); the caller closes it. */
    public static DuckDbEngine open(Options options) {
        return new DuckDbEngine(options);
    }

    /**
     * The columns of {@code query} and their Causal types, without reading its rows: DuckDB binds the query, which
     * for Parquet reads the files' footers and for CSV sniffs a sample. This is what {@code causal check} calls.
     * Throws {@link DataException} naming {@code query.source()} for a syntax error, a statement that is not a
     * query, a missing file or column, or a column of a type a table cannot hold.
     */
    public Schema describe(SqlQuery query) {
        return inSession(query, session -> {
            List<ResultColumn> columns = session.columns();
            return new Schema(columns.stream().map(c -> new Schema.Field(c.name(), c.type())).toList());
        });
    }

    /**
     * As {@link #describe}, with a categorical column that DuckDB holds as something other than text (VARCHAR or
     * ENUM: dates, times, UUIDs) left untyped: another engine writes those as text in its own way (a timestamp with
     * a time zone, in its session's zone), so a comparison of them with text would not mean the same there.
     */
    public Schema describeForOtherEngines(SqlQuery query) {
        return inSession(query, session -> new Schema(session.columns().stream().map(c ->
                c.type() == ColumnType.CATEGORICAL && !c.duckDbType().equals("VARCHAR")
                        && !c.duckDbType().startsWith("ENUM")
                        ? new Schema.Field(c.name(), Optional.empty()) : new Schema.Field(c.name(), c.type()))
                .toList()));
    }

    /**
     * All rows of {@code query} as a table: NULL and NaN are missing, categorical levels sorted in String order, as
     * the CSV reader does. Same errors as {@link #describe}, plus those DuckDB meets while reading (e.g. a CSV cell
     * that does not fit the type sniffed from the first rows).
     */
    public Table read(SqlQuery query) {
        return inSession(query, session -> {
            List<ResultColumn> columns = session.columns();
            TableAssembler table = new TableAssembler(columns, query.source());
            session.stream(columns, READ_BATCH_ROWS, table::append);
            return table.table();
        });
    }

    /**
     * Streams {@code columns} of {@code query} (all of them when empty, else in that order) to {@code consumer} in
     * batches of at most {@code batchRows} rows, never holding the whole result: for estimators that need only
     * sufficient statistics of data larger than memory. The {@link ColumnBatch} is reused between calls. Returns
     * the number of rows. Same errors as {@link #read}; an exception of {@code consumer} stops the stream and
     * propagates.
     */
    public long forEachBatch(SqlQuery query, List<String> columns, int batchRows, Consumer<ColumnBatch> consumer) {
        if (batchRows < 1) {
            throw new DataException("a batch needs at least 1 row, not " + batchRows, DataLocation.file(
                    query.source()));
        }
        return inSession(query, session -> {
            List<ResultColumn> picked = session.pick(session.columns(), columns);
            long[] rows = {0};
            session.stream(picked, batchRows, batch -> {
                rows[0] += batch.rowCount();
                consumer.accept(batch);
            });
            return rows[0];
        });
    }

    /** Closes the database; a later query opens a new one. */
    @Override
    public void close() {
        synchronized (lock) {
            if (root != null) {
                try {
                    root.close();
                } catch (SQLException e) {
                    // Closing an in-memory database frees memory only; nothing the caller could act on.
                }
                root = null;
            }
        }
    }

    private interface SessionWork<T> {
        T apply(QuerySession session) throws SQLException;
    }

    private <T> T inSession(SqlQuery query, SessionWork<T> work) {
        try (QuerySession session = QuerySession.open(connection(query), query)) {
            return work.apply(session);
        } catch (SQLException e) {
            throw EngineErrors.inWords(e, query);
        }
    }

    /** A new connection to the database, opening the database first if needed. */
    private Connection connection(SqlQuery query) throws SQLException {
        synchronized (lock) {
            if (root == null) {
                root = openDatabase(query);
            }
            return root.duplicate();
        }
    }

    private DuckDBConnection openDatabase(SqlQuery query) {
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        properties.setProperty("threads", Integer.toString(options.threads()));
        options.memoryLimit().ifPresent(limit -> properties.setProperty("memory_limit", limit));
        properties.setProperty("temp_directory", temporaryFolder());
        properties.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
        try {
            DuckDBConnection connection = (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:", properties);
            try (Statement statement = connection.createStatement()) {
                // The ICU extension is built in but loaded only after startup, so this cannot be a property.
                statement.execute("SET TimeZone = 'UTC'");
                // IEEE division (x/0 infinite, 0/0 NaN), as Java's: pushed-down conditions and columns rely on it.
                statement.execute("SET ieee_floating_point_ops = true");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw new DataException("the embedded DuckDB engine could not start: " + EngineErrors.firstLine(e),
                    DataLocation.file(query.source()));
        } catch (LinkageError e) {
            throw new DataException("the embedded DuckDB engine could not start: " + EngineErrors.firstLine(e)
                    + " (it unpacks its native library into java.io.tmpdir, " + System.getProperty("java.io.tmpdir")
                    + ", which must be writable)", DataLocation.file(query.source()));
        }
    }

    /** One folder per process, so two Causal runs never share DuckDB's spill files. */
    private static String temporaryFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "causal-duckdb-" + ProcessHandle.current().pid())
                .toString();
    }
}

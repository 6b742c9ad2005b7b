package causal.spark;

import causal.engine.DataStep;
import causal.options.OptionSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The {@code engine spark} setting: a Spark session (local threads or a cluster) that reads the data of a script
 * and computes its sufficient statistics and ALS there, so that only small aggregates reach this JVM.
 *
 * <p>Opening reuses the JVM's running session when its master is the one asked for (Spark allows one per JVM) and
 * otherwise starts one named {@code causal}; {@link #close()} stops only a session this engine started. Paths are
 * read relative to a base folder (the script's folder), unless absolute or a URL such as {@code hdfs://…}.
 */
public final class SparkEngine implements AutoCloseable {
    /** The options of {@code engine spark(…)}, for the language docs and the checker. */
    public static final List<OptionSpec> OPTIONS = List.of(
            new OptionSpec("master", "text", "local[*]",
                    "where Spark runs: local[*] (every core here), local[N] (N threads) or a cluster URL such as "
                            + "spark://host:7077"),
            new OptionSpec("shuffle_partitions", "integer", "auto",
                    "partitions after a group-by: auto is 2 per local thread, or Spark's 200 on a cluster"),
            new OptionSpec("log_level", "text", "WARN", "Spark's log level on stderr: ERROR, WARN, INFO or DEBUG"),
            new OptionSpec("ui", "boolean", "false", "start Spark's web UI (port 4040) while the script runs"));

    private static final Set<String> LOG_LEVELS = Set.of("OFF", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL");
    private static final String APP_NAME = "causal";
    private static final String LOOPBACK = "127.0.0.1";

    /**
     * The configuration: {@code master} URL, {@code shufflePartitions} (0 = auto), {@code logLevel}, and whether
     * Spark's web {@code ui} runs.
     */
    public record Options(String master, int shufflePartitions, String logLevel, boolean ui) {
        public static final Options DEFAULTS = new Options("local[*]", 0, "WARN", false);

        public Options {
            if (master == null || master.isBlank()) {
                throw new SparkEngineException("master must name where Spark runs, as local[*] or spark://host:7077");
            }
            master = master.strip();
            if (shufflePartitions < 0) {
                throw new SparkEngineException("shuffle_partitions must be at least 1 (or auto), not "
                        + shufflePartitions);
            }
            logLevel = logLevel == null ? "WARN" : logLevel.strip().toUpperCase(Locale.ROOT);
            if (!LOG_LEVELS.contains(logLevel)) {
                throw new SparkEngineException("log_level must be one of ERROR, WARN, INFO, DEBUG, not " + logLevel);
            }
        }

        /**
         * The defaults, except that a master given to the JVM as {@code -Dspark.master=…} (spark-submit's
         * {@code --master} does this) replaces {@code local[*]}.
         */
        public static Options fromEnvironment() {
            return DEFAULTS.withMaster(System.getProperty("spark.master", DEFAULTS.master()));
        }

        public Options withMaster(String newMaster) {
            return new Options(newMaster, shufflePartitions, logLevel, ui);
        }

        /** True for {@code local}, {@code local[N]}, {@code local[*]}: driver and executors in this JVM. */
        boolean isLocal() {
            return master.startsWith("local");
        }
    }

    private final SparkSession session;
    private final boolean owned;
    /** Each CSV file's typed read, with the version of the file it typed. */
    private final java.util.Map<String, TypedCsv> typedCsv = new java.util.concurrent.ConcurrentHashMap<>();
    private final Path baseFolder;
    private final SparkProgress progress;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private SparkEngine(SparkSession session, boolean owned, Path baseFolder) {
        this.session = session;
        this.owned = owned;
        this.baseFolder = baseFolder;
        this.progress = SparkProgress.listenTo(session.sparkContext());
    }

    /**
     * Opens (or joins) the session for {@code options.master()}; files are read relative to {@code baseFolder}.
     *
     * @throws SparkEngineException when another master's session runs in this JVM, or Spark cannot start
     */
    public static SparkEngine open(Options options, Path baseFolder) {
        Path base = baseFolder.toAbsolutePath().normalize();
        scala.Option<SparkSession> running = SparkSession.getDefaultSession();
        if (running.isDefined() && !running.get().sparkContext().isStopped()) {
            SparkSession existing = running.get();
            String master = existing.sparkContext().master();
            if (!master.equals(options.master())) {
                throw new SparkEngineException("a Spark session for master " + master + " is already running in this "
                        + "program, and Spark allows one per program; close it before using master "
                        + options.master());
            }
            existing.sparkContext().setLogLevel(options.logLevel());
            return new SparkEngine(existing, false, base);
        }
        QuietLogging.install(options.logLevel());
        SparkSession.Builder builder = SparkSession.builder().master(options.master()).appName(APP_NAME)
                .config("spark.ui.enabled", options.ui())
                .config("spark.ui.showConsoleProgress", false);
        if (options.isLocal()) {
            // Executors live in this JVM: bind to loopback, or Spark picks the first network card's address.
            builder.config("spark.driver.host", LOOPBACK).config("spark.driver.bindAddress", LOOPBACK);
        }
        int partitions = options.shufflePartitions() > 0 ? options.shufflePartitions()
                : options.isLocal() ? 2 * localThreads(options.master()) : 0;
        if (partitions > 0) {
            builder.config("spark.sql.shuffle.partitions", partitions);
        }
        SparkSession session;
        try {
            session = builder.getOrCreate();
        } catch (RuntimeException e) {
            throw new SparkEngineException("Spark could not start with master " + options.master() + ": "
                    + e.getMessage(), e);
        }
        session.sparkContext().setLogLevel(options.logLevel());
        return new SparkEngine(session, true, base);
    }

    /** A session on every core of this machine ({@code local[*]}) reading relative to {@code baseFolder}. */
    public static SparkEngine local(Path baseFolder) {
        return open(Options.DEFAULTS, baseFolder);
    }

    public SparkSession session() {
        return session;
    }

    /** The master URL the session runs on. */
    public String master() {
        return session.sparkContext().master();
    }

    public Path baseFolder() {
        return baseFolder;
    }

    /**
     * The data at {@code path}: a {@code .csv} file with Causal's types ({@link CsvTypeInference}), otherwise Parquet
     * (a file, a folder of part files, or a glob such as {@code events/*.parquet}).
     */
    public Dataset<Row> read(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".csv") ? readCsv(path) : readParquet(path);
    }

    /**
     * A CSV file (or glob) with a header, typed as Causal's own CSV reader types it: numeric columns as double,
     * true/false columns as boolean, anything else as string; NA, N/A, NaN, null, NULL and empty cells are null.
     */
    public Dataset<Row> readCsv(String path) {
        String resolved = resolve(path);
        // The typing pass reads the whole file: once per file and version, not once per estimate (two ols estimates
        // on a 2M-row CSV with local[2]: 60.1 -> 52.9 s). The typed Dataset is a plan, not data.
        Optional<FileVersion> version = FileVersion.of(resolved);
        if (version.isPresent()) {
            TypedCsv kept = typedCsv.get(resolved);
            if (kept != null && kept.version().equals(version.get())) {
                return kept.data();
            }
        }
        Dataset<Row> typed = typeCsv(path, resolved);
        version.ifPresent(v -> typedCsv.put(resolved, new TypedCsv(v, typed)));
        return typed;
    }

    /** A local file's length and modification time, or empty for a glob, a directory or a remote URL. */
    private record FileVersion(long length, long modified) {
        static Optional<FileVersion> of(String resolved) {
            String local = resolved.startsWith("file://") ? resolved.substring("file://".length())
                    : resolved.contains("://") ? null : resolved;
            if (local == null || local.contains("*") || local.contains("?") || local.contains("[")) {
                return Optional.empty();
            }
            try {
                java.nio.file.attribute.BasicFileAttributes a = java.nio.file.Files.readAttributes(Path.of(local),
                        java.nio.file.attribute.BasicFileAttributes.class);
                return a.isRegularFile() ? Optional.of(new FileVersion(a.size(), a.lastModifiedTime().toMillis()))
                        : Optional.empty();
            } catch (java.io.IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    private record TypedCsv(FileVersion version, Dataset<Row> data) {
    }

    private Dataset<Row> typeCsv(String path, String resolved) {
        Dataset<Row> text = loading(path, resolved, () -> session.read().option("header", true)
                .option("inferSchema", false).option("mode", "FAILFAST").option("ignoreLeadingWhiteSpace", true)
                .option("ignoreTrailingWhiteSpace", true).csv(resolved));
        // The typed read: a numeric column's missing markers fail to parse and are null (its other cells are known
        // to be numbers), hence PERMISSIVE; the text read above already failed on a malformed row.
        return CsvTypeInference.typed(text, schema -> session.read().option("header", true).schema(schema)
                .option("mode", "PERMISSIVE").option("ignoreLeadingWhiteSpace", true)
                .option("ignoreTrailingWhiteSpace", true).csv(resolved), path);
    }

    /**
     * {@code data} after {@code steps}, in order: rows kept where a condition is true, columns computed (in place of
     * a namesake, else after the others). The expressions are Spark SQL, as the interpreter translated them.
     *
     * @throws SparkEngineException when Spark cannot analyse an expression, with its message
     */
    public static Dataset<Row> after(Dataset<Row> data, List<DataStep> steps) {
        Dataset<Row> out = data;
        for (DataStep step : steps) {
            try {
                if (step instanceof DataStep.Filter f) {
                    out = out.where(functions.expr(f.condition()));
                } else {
                    DataStep.Computed c = (DataStep.Computed) step;
                    out = out.withColumn(c.name(), functions.expr(c.expression()));
                }
            } catch (RuntimeException e) {
                throw new SparkEngineException("the where or with over the data: " + SparkErrors.firstLine(e), e);
            }
        }
        return out;
    }

    /** Parquet files at {@code path}, which may be a glob; column types as the files declare them. */
    public Dataset<Row> readParquet(String path) {
        String resolved = resolve(path);
        return loading(path, resolved, () -> session.read().parquet(resolved));
    }

    /** {@code path} against the base folder, unless it is absolute or a URL ({@code scheme://…}). */
    public String resolve(String path) {
        if (path.contains("://") || path.startsWith("file:") || path.startsWith("/")) {
            return path;
        }
        return baseFolder.toString() + "/" + path;
    }

    /** Stops the session if this engine started it; stops drawing its stages either way. Once is enough. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        progress.release();
        if (owned && !session.sparkContext().isStopped()) {
            session.stop();
        }
    }

    private static int localThreads(String master) {
        int open = master.indexOf('[');
        int close = master.indexOf(']');
        if (open < 0 || close < open) {
            return 1;
        }
        String inside = master.substring(open + 1, close).split(",")[0].strip();
        if (inside.equals("*")) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            return Math.max(1, Integer.parseInt(inside));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Dataset<Row> loading(String path, String resolved, java.util.function.Supplier<Dataset<Row>> read) {
        try {
            return Actions.described("reading " + path, read);
        } catch (Exception e) {
            // Spark's AnalysisException is checked in Java's eyes but thrown from Scala undeclared.
            if (SparkErrors.condition(e).startsWith("PATH_NOT_FOUND")) {
                throw new SparkEngineException(path + ": file not found (tried " + resolved + ")", e);
            }
            throw new SparkEngineException(path + ": cannot be read: " + SparkErrors.firstLine(e), e);
        }
    }
}

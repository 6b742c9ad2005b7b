package causal.spark;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The one {@code local[2]} engine the tests share: starting Spark takes seconds, so it starts once per test JVM and
 * stops with it (Spark's shutdown hook). Files are read relative to the shared data folder.
 */
final class LocalSpark {
    /** The shared public data sets beside the project (../shared/data), as the conformance suite reads them. */
    static final Path DATA = Path.of("../../shared/data").toAbsolutePath().normalize();
    private static SparkEngine engine;

    private LocalSpark() {
    }

    private static Dataset<Row> lalonde;

    /** lalonde.csv read once and cached, for every class that estimates on it. */
    static synchronized Dataset<Row> lalonde() {
        if (lalonde == null) {
            lalonde = engine().read("lalonde.csv").cache();
        }
        return lalonde;
    }

    static synchronized SparkEngine engine() {
        if (engine == null) {
            engine = SparkEngine.open(SparkEngine.Options.DEFAULTS.withMaster("local[2]"), DATA);
        }
        return engine;
    }
}

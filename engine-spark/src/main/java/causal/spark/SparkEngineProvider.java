package causal.spark;

import causal.data.Schema;
import causal.engine.DataStep;
import causal.engine.EngineEstimate;
import causal.engine.DistributedEngine;
import causal.engine.EngineProvider;
import causal.estimate.EffectQuery;
import causal.options.OptionValue;
import causal.recommend.Recommender;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code engine = spark("local[*]" | "spark://host:7077")}: estimators on Apache Spark, through
 * {@link SparkEstimators}, and {@code als} on MLlib, through {@link SparkAlsRecommender}.
 */
public final class SparkEngineProvider implements EngineProvider {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public DistributedEngine open(String master, Path folder) {
        SparkEngine engine = SparkEngine.open(SparkEngine.Options.DEFAULTS.withMaster(master), folder);
        return new DistributedEngine() {
            @Override
            public String description() {
                return "spark(" + master + ")";
            }

            @Override
            public boolean supports(String keyword, Map<String, OptionValue> options) {
                return SparkEstimators.supports(keyword, options);
            }

            @Override
            public Optional<Schema> csvColumns(Path file) {
                try {
                    return Optional.of(SparkColumns.schema(engine.readCsv(url(file)).schema()));
                } catch (RuntimeException e) {
                    // Spark could not read or type it: the interpreter reads it and says what is wrong, with the row.
                    return Optional.empty();
                }
            }

            @Override
            public EngineEstimate estimate(String keyword, Map<String, OptionValue> options, Path file,
                    List<DataStep> steps, EffectQuery query) {
                return SparkEstimators.estimate(keyword, options, SparkEngine.after(engine.read(url(file)), steps),
                        query);
            }

            @Override
            public Optional<Recommender> recommender(String keyword,
                    Map<String, OptionValue> options) {
                return SparkAlsRecommender.of(engine.session(), keyword, options);
            }

            @Override
            public void close() {
                engine.close();
            }
        };
    }

    /**
     * As a file: URL, so that Spark reads the path the check read, on the machine's (shared) filesystem, not on
     * Hadoop's default filesystem (HDFS on many clusters).
     */
    private static String url(Path file) {
        return "file://" + file.toAbsolutePath();
    }
}

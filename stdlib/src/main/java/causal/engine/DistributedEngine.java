package causal.engine;

import causal.data.Schema;
import causal.estimate.EffectQuery;
import causal.options.OptionValue;
import causal.recommend.Recommender;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An engine that runs estimators where the data lives, on more machines than one (Apache Spark): it reads a CSV
 * file or Parquet glob itself and computes the estimator's sufficient statistics as aggregations, giving the numbers
 * the in-memory estimator gives. It may also fit recommenders itself ({@link #recommender}). Found at run time
 * through {@link EngineProvider}, so the interpreter does not depend on it.
 */
public interface DistributedEngine extends AutoCloseable {
    /** e.g. {@code spark(local[*])}, for messages and results. */
    String description();

    /** Whether {@code keyword} with {@code options} runs on this engine (otherwise it runs in memory). */
    boolean supports(String keyword, Map<String, OptionValue> options);

    /**
     * The columns of the CSV file {@code file} as this engine types them when it reads it (numbers, booleans, text:
     * as Causal's own reader types them), or empty when the engine does not read the file itself or cannot type it
     * (the interpreter then reads it, and reports what is wrong with it). May read the whole file; an engine keeps
     * what it learnt for the estimates on the same file.
     */
    default Optional<Schema> csvColumns(Path file) {
        return Optional.empty();
    }

    /**
     * The estimate of {@code query} by {@code keyword} on the CSV file or Parquet glob {@code file}, after
     * {@code steps} (the script's {@code where} and {@code with}, in order; none for the file as it is), with the
     * rows it left out for a missing value.
     *
     * @throws RuntimeException of the engine's own kind, with a message in words, for data the estimator cannot use
     */
    EngineEstimate estimate(String keyword, Map<String, OptionValue> options, Path file, List<DataStep> steps,
            EffectQuery query);

    /**
     * The engine's own fit of recommender {@code keyword} with the script's {@code options}, or empty to fit it in
     * memory ({@code causal.recommend.Recommenders}), as for a recommender or an option the engine does not run.
     * The interpreter still reads the interactions here and passes them to {@link Recommender#fit}; what the engine
     * runs is the fitting. The model it returns recommends, predicts and evaluates as the in-memory one does.
     *
     * @throws causal.recommend.RecommenderOptionException naming the option, for a value the recommender cannot take
     */
    default Optional<Recommender> recommender(String keyword, Map<String, OptionValue> options) {
        return Optional.empty();
    }

    @Override
    void close();
}

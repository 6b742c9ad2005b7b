package causal.runtime;

import causal.engine.DataStep;
import causal.engine.DistributedEngine;
import causal.engine.EngineProvider;
import causal.estimate.EffectQuery;
import causal.options.OptionValue;
import causal.recommend.Recommender;
import causal.recommend.RecommenderArguments;
import causal.recommend.Recommenders;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code --engine recording}: an engine for tests that runs no estimator, records which recommenders the interpreter
 * asks it for, and fits {@code als} itself by the in-memory als (so the numbers are the in-memory ones), counting
 * the fits.
 */
public final class RecordingEngineProvider implements EngineProvider {
    /** The keywords asked of {@link DistributedEngine#recommender}, in order. */
    static final List<String> ASKED = new CopyOnWriteArrayList<>();
    /** How many times an als the engine returned was fitted. */
    static final AtomicInteger ALS_FITS = new AtomicInteger();

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public DistributedEngine open(String master, Path folder) {
        return new DistributedEngine() {
            @Override
            public String description() {
                return "recording(" + master + ")";
            }

            @Override
            public boolean supports(String keyword, Map<String, OptionValue> options) {
                return false;
            }

            @Override
            public causal.engine.EngineEstimate estimate(String keyword, Map<String, OptionValue> options, Path file,
                    List<DataStep> steps, EffectQuery query) {
                throw new UnsupportedOperationException("the recording engine runs no estimator");
            }

            @Override
            public Optional<Recommender> recommender(String keyword,
                    Map<String, OptionValue> options) {
                ASKED.add(keyword);
                if (!keyword.equals("als")) {
                    return Optional.empty();
                }
                Recommender inMemory = Recommenders.create(keyword, RecommenderArguments.of(options));
                return Optional.of(data -> {
                    ALS_FITS.incrementAndGet();
                    return inMemory.fit(data);
                });
            }

            @Override
            public void close() {
            }
        };
    }
}

package causal.engine;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Opens a {@link DistributedEngine} by name ({@code spark}); implementations register in
 * {@code META-INF/services/causal.engine.EngineProvider}.
 */
public interface EngineProvider {
    /** The name a script writes: {@code engine = spark("local[*]")}. */
    String name();

    /** Opens the engine on {@code master} (e.g. {@code local[*]}, {@code spark://host:7077}), files relative to {@code folder}. */
    DistributedEngine open(String master, Path folder);

    /** The provider called {@code name} on the class path, if any. */
    static Optional<EngineProvider> find(String name) {
        for (EngineProvider p : ServiceLoader.load(EngineProvider.class)) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

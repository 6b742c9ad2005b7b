package causal.runtime;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one Truffle engine of the process, shared by every run (the command line's, each REPL input's, the tests').
 * Building it and the first context loads about 1,400 classes; {@link #prepareInBackground} starts that on a
 * daemon thread, so {@code causal run} does it while the script is parsed and checked (bench/results/startup.md).
 */
public final class SharedEngine {
    private static CompletableFuture<Engine> engine;

    private SharedEngine() {
    }

    /** Starts building the engine, and a first context of the language, unless that has started already. */
    public static void prepareInBackground() {
        start();
    }

    /** The engine; waits for it when it is still being built. */
    static Engine get() {
        try {
            return start().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static synchronized CompletableFuture<Engine> start() {
        if (engine == null) {
            engine = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    Engine built = Engine.newBuilder(CausalLanguage.ID)
                            .option("engine.WarnInterpreterOnly", "false")
                            .build();
                    try (Context context = Runner.contextBuilder(built).build()) {
                        context.initialize(CausalLanguage.ID);
                    }
                    engine.complete(built);
                } catch (RuntimeException | Error e) {
                    engine.completeExceptionally(e);
                }
            }, "causal-engine-start");
            thread.setDaemon(true);
            thread.start();
        }
        return engine;
    }
}

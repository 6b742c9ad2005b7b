package causal.engine;

/**
 * The engine does not run this case of an estimator it runs (an unbalanced panel, staggered treatment dates, a
 * cluster-randomized experiment), as it finds only once it has looked at the data: the interpreter then runs the
 * statement in memory, as without the engine, with the same result. The message says what the engine declined.
 */
public final class EngineDeclinedException extends EngineException {
    public EngineDeclinedException(String message) {
        super(message);
    }
}

package causal.runtime;

/**
 * How to run a script. {@code seed} is used by anything random that the script gives no seed of its own (e.g.
 * {@code simulate m n 100} without {@code seed}); {@code debug} keeps Java stack traces of internal errors;
 * {@code engine} is the engine of {@code --engine}: empty (in memory), {@code spark} or {@code spark:MASTER}, which
 * an {@code engine = …} statement of the script overrides.
 */
public record RunOptions(long seed, boolean debug, String engine) {
    public static final long DEFAULT_SEED = 1L;
    public static final RunOptions DEFAULTS = new RunOptions(DEFAULT_SEED, false);

    public RunOptions(long seed, boolean debug) {
        this(seed, debug, "");
    }
}

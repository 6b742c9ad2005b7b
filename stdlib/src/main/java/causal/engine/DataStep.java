package causal.engine;

/**
 * What a script does to a file before an estimate, for a distributed engine to do where the data lives: keep the
 * rows where a condition holds ({@code where}), or compute a column ({@code with}). Expressions are in the engine's
 * SQL (Spark SQL), translated by the interpreter only where they mean there what they mean in Causal.
 */
public sealed interface DataStep {
    /** Keeps the rows where {@code condition} is true (not false, not NULL). */
    record Filter(String condition) implements DataStep {
    }

    /** Computes the column {@code name} (in place of one of that name, else after the others). */
    record Computed(String name, String expression) implements DataStep {
    }
}

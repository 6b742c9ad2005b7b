package causal.spark;

import java.util.function.Supplier;

/** Runs a Spark action (a job), turning Spark's failures into a {@link SparkEngineException} about {@code what}. */
final class Actions {
    private Actions() {
    }

    static <T> T run(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (SparkEngineException e) {
            throw e;
        } catch (Exception e) {
            // Spark's exceptions are checked in Java's eyes but thrown from Scala undeclared.
            throw new SparkEngineException(what + ": Spark failed: " + SparkErrors.firstLine(e), e);
        }
    }
}

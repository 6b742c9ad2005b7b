package causal.spark;

import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a Spark action, turning Spark's failures into a {@link SparkEngineException} about {@code what}. Its jobs
 * are described as {@code what} unless the caller described them already: the description names their progress
 * bars ({@link SparkProgress}) and their lines in Spark's web UI.
 */
final class Actions {
    private Actions() {
    }

    static <T> T run(String what, Supplier<T> action) {
        return described(what, () -> {
            try {
                return action.get();
            } catch (causal.engine.EngineException e) {
                throw e;
            } catch (Exception e) {
                if (e instanceof RuntimeException r && !(e instanceof org.apache.spark.SparkThrowable)) {
                    throw r;  // not Spark's: a bug of ours, reported as one
                }
                // Spark's exceptions are checked in Java's eyes but thrown from Scala undeclared.
                throw new SparkEngineException(what + ": Spark failed: " + SparkErrors.firstLine(e), e);
            }
        });
    }

    /** {@code work}, with the Spark jobs it starts described as {@code what} unless they are already. */
    static <T> T described(String what, Supplier<T> work) {
        SparkContext context = SparkSession.active().sparkContext();
        String outer = context.getLocalProperty(SparkProgress.DESCRIPTION);
        if (outer == null) {
            context.setLocalProperty(SparkProgress.DESCRIPTION, what);  // else the caller's (als's) says more
        }
        try {
            return work.get();
        } finally {
            context.setLocalProperty(SparkProgress.DESCRIPTION, outer);
        }
    }
}

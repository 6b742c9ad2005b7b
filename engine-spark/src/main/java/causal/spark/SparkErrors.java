package causal.spark;

import org.apache.spark.SparkThrowable;

/** Spark's failures in a user's words: the error condition and the first line of the deepest message. */
final class SparkErrors {
    private SparkErrors() {
    }

    /** Spark's error condition (as {@code PATH_NOT_FOUND}) of {@code e} or its causes, or "". */
    static String condition(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SparkThrowable spark && spark.getCondition() != null) {
                return spark.getCondition();
            }
        }
        return "";
    }

    /** The first line of the innermost message, without Spark's bracketed condition prefix. */
    static String firstLine(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        String line = message.strip().lines().findFirst().orElse("");
        return line.replaceFirst("^\\[[A-Z_.]+\\]\\s*", "");
    }
}

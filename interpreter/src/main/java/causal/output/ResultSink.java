package causal.output;

/** Receives results as statements finish, so a runtime error later in a script loses nothing printed before. */
@FunctionalInterface
public interface ResultSink {
    void accept(Result result);
}

package causal.options;

/**
 * One option an estimator takes: its name, the kind of value ({@code number}, {@code integer}, {@code boolean},
 * {@code se}, {@code order}), its default as a script would write it, and what it does.
 */
public record OptionSpec(String name, String type, String defaultText, String description) {
}

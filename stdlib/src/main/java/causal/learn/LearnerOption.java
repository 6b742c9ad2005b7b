package causal.learn;

/**
 * One option a learner takes: its name as a script writes it, the kind of value ({@code number} or
 * {@code integer}), its default as text ({@code "100"}, {@code "p/3"}, {@code "none"}) and what it does.
 */
public record LearnerOption(String name, String type, String defaultText, String description) {
}

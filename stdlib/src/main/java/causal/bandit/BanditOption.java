package causal.bandit;

/**
 * One option of a policy, a simulation or an off-policy evaluation: its name as a script writes it, the kind of value
 * ({@code number}, {@code integer}, {@code boolean}, {@code prior}, {@code columns}), its default as a script would
 * write it, and what it does. The checker validates option names against these, the LSP completes from them and the
 * language docs list them.
 */
public record BanditOption(String name, String type, String defaultText, String description) {
}

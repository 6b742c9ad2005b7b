package causal.recommend;

/**
 * One option a recommender takes: its name as a script writes it, the kind of value ({@code number},
 * {@code integer}, {@code flag} (true or false) or a list of words as {@code cosine|pearson}), its default as text,
 * and what it does.
 */
public record RecommenderOption(String name, String type, String defaultText, String description) {
}

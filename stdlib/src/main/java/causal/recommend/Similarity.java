package causal.recommend;

import java.util.Locale;
import java.util.Optional;

/** How two users (or two items) are compared by a neighbourhood method. */
public enum Similarity {
    /**
     * The cosine of the two whole sparse vectors, {@code Σ x y / (‖x‖ ‖y‖)}, norms over all of each vector's entries
     * (as scikit-learn's cosine_similarity of sparse rows); after mean-centering, the adjusted cosine.
     */
    COSINE,
    /** Pearson's correlation over the entries the two have in common (as Surprise's pearson); 0 below two. */
    PEARSON;

    /** The keyword as scripts write it. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Similarity> find(String keyword) {
        for (Similarity s : values()) {
            if (s.keyword().equals(keyword)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

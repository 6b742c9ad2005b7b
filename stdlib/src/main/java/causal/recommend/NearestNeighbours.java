package causal.recommend;

/**
 * The neighbourhood recommenders {@code user_knn} and {@code item_knn}. Item-based (Sarwar et al. 2001; Deshpande
 * and Karypis 2004): each item keeps its k most similar items N(i), and user u's predicted rating of item i is
 * <pre>
 *   r̂_ui = μ_i + Σ_{j ∈ N(i) ∩ I_u} s_ij (r_uj − μ_j) / Σ_{j ∈ N(i) ∩ I_u} s_ij
 * </pre>
 * with μ the item means when mean-centering (the item-item method of LensKit), 0 otherwise. User-based (Herlocker
 * et al. 1999) is the same with the roles swapped: N(u) the k users most similar to u, centered by user means. For
 * events the score is instead the sum of the similarities {@code Σ s_ij} (Deshpande and Karypis's top-N rule).
 *
 * <p>An item without a neighbour the user has (or, user-based, that a neighbour has) gets no score and is not
 * recommended; its predicted rating falls back to μ_i (μ_u) — the mean of all ratings when that is empty too.
 */
public final class NearestNeighbours implements Recommender {

    /** Whose neighbours: users (user_knn) or items (item_knn). */
    public enum Side { USERS, ITEMS }

    /**
     * The options: neighbours k, similarity, shrinkage λ (similarities × n / (n + λ), n the users or items in
     * common; Koren 2010), and whether ratings are centered on their mean (ignored for events).
     */
    public record Options(int neighbours, Similarity similarity, double shrinkage, boolean center) {
        public static final Options DEFAULTS = new Options(20, Similarity.COSINE, 0, true);

        public Options {
            Checks.atLeast(neighbours, 1, "k");
            Checks.nonNegative(shrinkage, "shrinkage");
            if (similarity == null) {
                throw new RecommenderOptionException("similarity", "similarity must be cosine or pearson");
            }
        }
    }

    private final Side side;
    private final Options options;

    public NearestNeighbours(Side side, Options options) {
        this.side = side;
        this.options = options;
    }

    /** The script keyword: user_knn or item_knn. */
    public String keyword() {
        return side == Side.USERS ? "user_knn" : "item_knn";
    }

    @Override
    public TrainedRecommender fit(Interactions data) {
        boolean ratings = data.feedback() == Interactions.Feedback.RATINGS;
        SparseRows rows = side == Side.USERS ? data.byUser() : data.byItem();
        SparseRows transpose = side == Side.USERS ? data.byItem() : data.byUser();
        double[] means = means(rows, data.meanValue());
        double[] centre = ratings && options.center() ? means : new double[rows.rowCount()];
        SparseRows neighbours = NeighbourLists.compute(rows, transpose, centre, options.similarity(),
                options.shrinkage(), options.neighbours(), keyword(), side == Side.USERS ? "users" : "items");
        return new NeighbourModel(keyword(), data, side == Side.USERS, neighbours, centre, means, ratings);
    }

    /** Each row's mean value, or {@code overall} for an empty row. */
    private static double[] means(SparseRows rows, double overall) {
        double[] means = rows.rowMeans();
        for (int r = 0; r < means.length; r++) {
            if (rows.length(r) == 0) {
                means[r] = overall;
            }
        }
        return means;
    }
}

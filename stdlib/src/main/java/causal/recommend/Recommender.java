package causal.recommend;

/**
 * A way of recommending items to users, configured but not yet fitted: {@code popular}, {@code item_knn},
 * {@code als(factors = 32)} ({@link Recommenders} names them for scripts). Implementations are immutable; a seeded
 * one gives the same model for the same data whatever the number of threads.
 */
@FunctionalInterface
public interface Recommender {

    /**
     * The model fitted to {@code data}. Not modified: data.
     *
     * @throws RecommenderException when the data cannot be fitted (ratings asked of events, no items with text)
     */
    TrainedRecommender fit(Interactions data);
}

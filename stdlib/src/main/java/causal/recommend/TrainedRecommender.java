package causal.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * A fitted recommender: a score for every (user, item) pair by dense index (higher is better), the top K items for a
 * user, and, for those that model ratings, a predicted rating. Immutable and thread-safe.
 *
 * <p>A score may be {@link Double#NaN} where the model has nothing to say (a neighbourhood method for an item none
 * of the user's neighbours touched); such items are never recommended, so {@link #topK} can return fewer than K.
 */
public interface TrainedRecommender {

    /** The script keyword of the method, for messages ("als", "item_knn"). */
    String method();

    /** The interactions the model was fitted on: its users, items and what each user has already seen. */
    Interactions training();

    /** The score of {@code item} for {@code user}: higher ranks first; NaN when there is none. */
    double score(int user, int item);

    /**
     * The scores of every item for {@code user}, written into {@code into} (length {@link Interactions#itemCount()}).
     * Modified: into. Implementations override this when all items at once are cheaper than one at a time.
     */
    default void scores(int user, double[] into) {
        for (int i = 0; i < into.length; i++) {
            into[i] = score(user, i);
        }
    }

    /** True if {@link #predict} gives a rating on the scale of the training ratings. */
    default boolean predictsRatings() {
        return false;
    }

    /**
     * The predicted rating of {@code item} by {@code user}.
     *
     * @throws RecommenderException when the method ranks items but does not model ratings
     */
    default double predict(int user, int item) {
        throw new RecommenderException(method() + " ranks items but does not predict ratings; rmse and mae need a "
                + "rating model (item_knn, user_knn, als or a hybrid of them) fitted on ratings");
    }

    /**
     * The {@code k} items of highest score for {@code user}, best first (ties to the lower item index), leaving out
     * items the user has in the training data when {@code excludeSeen}. Items of NaN score are left out.
     */
    default int[] topK(int user, int k, boolean excludeSeen) {
        double[] scores = new double[training().itemCount()];
        scores(user, scores);
        if (excludeSeen) {
            SparseRows seen = training().byUser();
            for (int p = seen.start(user); p < seen.end(user); p++) {
                scores[seen.column(p)] = Double.NaN;
            }
        }
        return TopK.select(scores, k);
    }

    /**
     * The {@code k} best items the user has not seen, by external keys: {@code recommend 10 for user 42 using mf}.
     *
     * @throws RecommenderException when the data has no such user, or k is below 1
     */
    default Recommendations recommend(String userKey, int k) {
        if (k < 1) {
            throw new RecommenderException("recommend needs at least 1 item, not " + k);
        }
        int user = training().users().index(userKey);
        int[] top = topK(user, k, true);
        List<Recommendations.Item> items = new ArrayList<>(top.length);
        for (int r = 0; r < top.length; r++) {
            items.add(new Recommendations.Item(r + 1, training().items().key(top[r]), score(user, top[r])));
        }
        return new Recommendations(method(), training().users().key(user), items);
    }
}

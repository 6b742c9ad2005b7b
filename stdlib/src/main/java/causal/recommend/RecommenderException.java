package causal.recommend;

/**
 * Data a recommender cannot use or an operation it cannot do: an interaction with a missing user, a rating that is
 * not a number, a split that leaves nothing to test, RMSE asked of a recommender that only ranks. The message says
 * which, in words.
 */
public class RecommenderException extends RuntimeException {
    public RecommenderException(String message) {
        super(message);
    }

    /** {@code cause}: what failed underneath, such as an engine's own exception. */
    public RecommenderException(String message, Throwable cause) {
        super(message, cause);
    }
}

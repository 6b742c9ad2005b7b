package causal.recommend;

/** Validation of recommender options and evaluation settings, once at the public entry. */
final class Checks {
    private Checks() {
    }

    static int atLeast(int value, int minimum, String option) {
        if (value < minimum) {
            throw new RecommenderOptionException(option, option + " must be at least " + minimum + ", not " + value);
        }
        return value;
    }

    static double positive(double value, String option) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new RecommenderOptionException(option, option + " must be greater than 0, not " + value);
        }
        return value;
    }

    static double nonNegative(double value, String option) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new RecommenderOptionException(option, option + " must be at least 0, not " + value);
        }
        return value;
    }

    /** A weight or share in [0, 1]. */
    static double unitInterval(double value, String option) {
        if (!(value >= 0 && value <= 1)) {
            throw new RecommenderOptionException(option, option + " must be between 0 and 1, not " + value);
        }
        return value;
    }

    /** Ratings, not events: the method models the rating values. */
    static void ratings(Interactions data, String method) {
        if (data.feedback() != Interactions.Feedback.RATINGS) {
            throw new RecommenderException(method + " models ratings, but the data has events; name the column with "
                    + "rating = … or use implicit_als, bpr, item_knn or popular for events");
        }
    }
}

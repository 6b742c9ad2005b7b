package causal.recommend;

/**
 * Fitted matrix factorizations built from factors computed elsewhere (Spark MLlib's ALS on the engine), so that they
 * recommend, predict, evaluate and export exactly as the in-memory {@code als} does.
 */
public final class FactorModels {
    private FactorModels() {
    }

    /**
     * A rating model {@code r̂_ui = μ + b_u + b_i + p_u · q_i} over the users and items of {@code training} (dense
     * indices): factors row-major, k per user (item), {@code userFactors.length == training.userCount() · k}; one
     * bias per user and item. {@code method} is the script keyword the model reports ("als"). The arrays are copied.
     *
     * @throws RecommenderException when the data has events, or an array's length does not fit the users, items and
     *     k, or a value is not finite
     */
    public static TrainedRecommender ratings(String method, Interactions training, int k, double[] userFactors,
            double[] itemFactors, double[] userBias, double[] itemBias, double mean) {
        Checks.ratings(training, method);
        Checks.atLeast(k, 1, "factors");
        length("user factors", userFactors, (long) training.userCount() * k);
        length("item factors", itemFactors, (long) training.itemCount() * k);
        length("user biases", userBias, training.userCount());
        length("item biases", itemBias, training.itemCount());
        if (!Double.isFinite(mean)) {
            throw new RecommenderException("the mean rating of a factor model must be a number, not " + mean);
        }
        return new FactorModel(method, training, k, userFactors.clone(), itemFactors.clone(), userBias.clone(),
                itemBias.clone(), mean, true);
    }

    private static void length(String what, double[] values, long expected) {
        if (values.length != expected) {
            throw new RecommenderException("a factor model needs " + expected + " " + what + ", not " + values.length);
        }
        for (int p = 0; p < values.length; p++) {
            if (!Double.isFinite(values[p])) {
                throw new RecommenderException("entry " + p + " of the " + what + " of a factor model is " + values[p]
                        + "; every factor and bias must be a number");
            }
        }
    }
}

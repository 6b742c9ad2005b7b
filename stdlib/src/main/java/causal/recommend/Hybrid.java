package causal.recommend;

/**
 * The {@code hybrid(a, b, alpha)} recommender: a weighted blend {@code α z_a + (1 − α) z_b} of two recommenders'
 * scores after standardizing each per user — z = (s − mean) / sd over that user's scored items, so a count and a
 * cosine weigh alike; an item one of them cannot score takes that one's lowest z for the user. When both predict
 * ratings, the predicted rating is the plain blend {@code α r̂_a + (1 − α) r̂_b} on the rating scale.
 */
public final class Hybrid implements Recommender {
    private final Recommender first;
    private final Recommender second;
    private final double alpha;

    /** {@code alpha} is the weight of {@code first}, in [0, 1]. */
    public Hybrid(Recommender first, Recommender second, double alpha) {
        this.first = first;
        this.second = second;
        this.alpha = Checks.unitInterval(alpha, "alpha");
    }

    @Override
    public TrainedRecommender fit(Interactions data) {
        return new Trained(first.fit(data), second.fit(data), alpha);
    }

    private record Trained(TrainedRecommender a, TrainedRecommender b, double alpha) implements TrainedRecommender {
        @Override
        public String method() {
            return "hybrid";
        }

        @Override
        public Interactions training() {
            return a.training();
        }

        @Override
        public double score(int user, int item) {
            double[] all = new double[training().itemCount()];
            scores(user, all);
            return all[item];
        }

        @Override
        public void scores(int user, double[] into) {
            double[] other = new double[into.length];
            a.scores(user, into);
            b.scores(user, other);
            standardize(into);
            standardize(other);
            for (int i = 0; i < into.length; i++) {
                into[i] = alpha * into[i] + (1 - alpha) * other[i];
            }
        }

        @Override
        public boolean predictsRatings() {
            return a.predictsRatings() && b.predictsRatings();
        }

        @Override
        public double predict(int user, int item) {
            if (!predictsRatings()) {
                throw new RecommenderException("this hybrid blends " + a.method() + " and " + b.method()
                        + "; it predicts ratings only when both do");
            }
            return alpha * a.predict(user, item) + (1 - alpha) * b.predict(user, item);
        }

        /** Scores to z-scores over the finite ones; NaN to the lowest z, all 0 when none or all equal. */
        private static void standardize(double[] s) {
            double sum = 0;
            int n = 0;
            for (double v : s) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            double mean = n == 0 ? 0 : sum / n;
            double squares = 0;
            for (double v : s) {
                if (!Double.isNaN(v)) {
                    squares += (v - mean) * (v - mean);
                }
            }
            double sd = n == 0 ? 0 : Math.sqrt(squares / n);
            double lowest = 0;
            for (int i = 0; i < s.length; i++) {
                if (!Double.isNaN(s[i])) {
                    s[i] = sd > 0 ? (s[i] - mean) / sd : 0;
                    lowest = Math.min(lowest, s[i]);
                }
            }
            for (int i = 0; i < s.length; i++) {
                if (Double.isNaN(s[i])) {
                    s[i] = lowest;
                }
            }
        }
    }
}

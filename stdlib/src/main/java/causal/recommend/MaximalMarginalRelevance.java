package causal.recommend;

/**
 * The {@code mmr(base, lambda)} re-ranking for diversity (Carbonell and Goldstein 1998): from the base
 * recommender's best {@code candidates} items, pick one at a time the item maximizing
 * <pre>
 *   λ rel(i) − (1 − λ) max_{j already picked} sim(i, j)
 * </pre>
 * with rel the base score min-max scaled to [0, 1] over the candidates and sim the {@link ItemCosine} of the
 * training data; ties go to the base's order. λ = 1 keeps the base ranking. Scores and predicted ratings are the
 * base's: only the order of the top K changes.
 */
public final class MaximalMarginalRelevance implements Recommender {
    private final Recommender base;
    private final double lambda;
    private final int candidates;

    public MaximalMarginalRelevance(Recommender base, double lambda, int candidates) {
        this.base = base;
        this.lambda = Checks.unitInterval(lambda, "lambda");
        this.candidates = Checks.atLeast(candidates, 1, "candidates");
    }

    @Override
    public TrainedRecommender fit(Interactions data) {
        return new Trained(base.fit(data), lambda, candidates);
    }

    private record Trained(TrainedRecommender base, double lambda, int candidates) implements TrainedRecommender {
        @Override
        public String method() {
            return "mmr";
        }

        @Override
        public Interactions training() {
            return base.training();
        }

        @Override
        public double score(int user, int item) {
            return base.score(user, item);
        }

        @Override
        public void scores(int user, double[] into) {
            base.scores(user, into);
        }

        @Override
        public boolean predictsRatings() {
            return base.predictsRatings();
        }

        @Override
        public double predict(int user, int item) {
            return base.predict(user, item);
        }

        @Override
        public int[] topK(int user, int k, boolean excludeSeen) {
            int[] pool = base.topK(user, Math.max(k, candidates), excludeSeen);
            double[] relevance = relevance(user, pool);
            double[] closest = new double[pool.length];
            boolean[] picked = new boolean[pool.length];
            int[] ranked = new int[Math.min(k, pool.length)];
            SparseRows byItem = training().byItem();
            double[] similarity = new double[pool.length];
            for (int r = 0; r < ranked.length; r++) {
                int best = -1;
                double bestValue = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < pool.length; c++) {
                    double value = lambda * relevance[c] - (1 - lambda) * closest[c];
                    if (!picked[c] && value > bestValue) {
                        best = c;
                        bestValue = value;
                    }
                }
                picked[best] = true;
                ranked[r] = pool[best];
                if (r + 1 == ranked.length) {
                    break;   // nothing is picked after the last: its similarities would go unused
                }
                ItemCosine.fromOne(byItem, training().userCount(), pool[best], pool, picked, similarity);
                for (int c = 0; c < pool.length; c++) {
                    if (!picked[c]) {
                        closest[c] = Math.max(closest[c], similarity[c]);
                    }
                }
            }
            return ranked;
        }

        /** The base scores of the pool, min-max scaled to [0, 1] (all 1 when equal). */
        private double[] relevance(int user, int[] pool) {
            double[] all = new double[training().itemCount()];
            base.scores(user, all);
            double[] rel = new double[pool.length];
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < pool.length; c++) {
                rel[c] = all[pool[c]];
                low = Math.min(low, rel[c]);
                high = Math.max(high, rel[c]);
            }
            for (int c = 0; c < pool.length; c++) {
                rel[c] = high > low ? (rel[c] - low) / (high - low) : 1;
            }
            return rel;
        }
    }
}

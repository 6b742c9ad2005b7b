package causal.recommend;

import causal.random.RandomSource;

/**
 * The {@code random} recommender: a uniform score in [0, 1) for each (user, item) pair, from
 * {@code new RandomSource(seed).stream(user · items + item)}, so a user's list is a seeded random permutation that
 * does not depend on which other users are scored or in what order. The floor any method must clear.
 */
public final class RandomRanking implements Recommender {
    private final long seed;

    public RandomRanking(long seed) {
        this.seed = seed;
    }

    @Override
    public TrainedRecommender fit(Interactions data) {
        return new Trained(data, new RandomSource(seed));
    }

    private record Trained(Interactions training, RandomSource root) implements TrainedRecommender {
        @Override
        public String method() {
            return "random";
        }

        @Override
        public double score(int user, int item) {
            // stream() only reads the root's seed, so sharing it across threads is safe.
            return root.stream((long) user * training.itemCount() + item).nextDouble();
        }
    }
}

package causal.spark;

import causal.random.RandomSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic ratings of known rank: 400 users rate 30 of 300 items each, rating = 3.5 + p_u · q_i (rank 3, factors
 * N(0, 0.6²)) + noise N(0, 0.3²), 20% of the ratings held out (sd of the ratings about 0.7). A model of rank 3 can
 * predict held-out ratings near the noise (RMSE 0.3 at best), well below the ratings' spread. Each rating is
 * {user, item, rating}.
 */
record LowRankRatings(List<double[]> training, List<double[]> test) {
    static final int USERS = 400;
    static final int ITEMS = 300;
    static final int PER_USER = 30;
    static final int RANK = 3;
    static final double NOISE = 0.3;

    /** The ratings drawn from {@code new RandomSource(11)}. */
    static LowRankRatings simulate() {
        RandomSource random = new RandomSource(11);
        double[][] users = factors(random, USERS);
        double[][] items = factors(random, ITEMS);
        List<double[]> training = new ArrayList<>();
        List<double[]> test = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            boolean[] rated = new boolean[ITEMS];
            for (int k = 0; k < PER_USER; k++) {
                int i = random.nextInt(ITEMS);
                if (rated[i]) {
                    continue;
                }
                rated[i] = true;
                double r = 3.5 + NOISE * gaussian(random);
                for (int a = 0; a < RANK; a++) {
                    r += users[u][a] * items[i][a];
                }
                (random.nextDouble() < 0.2 ? test : training).add(new double[] {u, i, r});
            }
        }
        return new LowRankRatings(List.copyOf(training), List.copyOf(test));
    }

    private static double[][] factors(RandomSource random, int count) {
        double[][] out = new double[count][RANK];
        for (double[] row : out) {
            for (int a = 0; a < RANK; a++) {
                row[a] = 0.6 * gaussian(random);
            }
        }
        return out;
    }

    /** Box-Muller. */
    private static double gaussian(RandomSource random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}

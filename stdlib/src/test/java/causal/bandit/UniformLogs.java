package causal.bandit;

import causal.random.RandomSource;
import java.util.List;

/** Logs of a policy that plays every arm uniformly at random, for replay and off-policy tests. */
final class UniformLogs {
    private UniformLogs() {
    }

    /** {@code rows} rounds on Bernoulli arms with means {@code p}, propensity 1/K. */
    static BanditLog bernoulli(double[] p, int rows, long seed) {
        RandomSource rng = new RandomSource(seed);
        int[] action = new int[rows];
        double[] reward = new double[rows];
        double[] propensity = new double[rows];
        for (int i = 0; i < rows; i++) {
            action[i] = rng.nextInt(p.length);
            reward[i] = rng.nextDouble() < p[action[i]] ? 1 : 0;
            propensity[i] = 1.0 / p.length;
        }
        return BanditLog.of(p.length, action, reward).withPropensity(propensity);
    }

    /** Two arms and a 0/1 context x: arm 0 pays 1 with probability 0.8 − 0.6x, arm 1 with 0.2 + 0.6x. */
    static BanditLog crossedArms(int rows, long seed) {
        RandomSource rng = new RandomSource(seed);
        int[] action = new int[rows];
        double[] reward = new double[rows];
        double[][] context = new double[rows][1];
        for (int i = 0; i < rows; i++) {
            double x = rng.nextInt(2);
            context[i][0] = x;
            action[i] = rng.nextInt(2);
            double p = action[i] == 0 ? 0.8 - 0.6 * x : 0.2 + 0.6 * x;
            reward[i] = rng.nextDouble() < p ? 1 : 0;
        }
        return BanditLog.of(2, action, reward).withContext(context, List.of("x"));
    }
}

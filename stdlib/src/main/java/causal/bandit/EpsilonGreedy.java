package causal.bandit;

import causal.random.RandomSource;

/**
 * ε-greedy (Sutton and Barto 2018, §2.2): with probability ε an arm uniformly at random, otherwise the arm of highest
 * mean reward so far, ties broken at random. Until every arm has been played once it plays uniformly at random, as
 * Open Bandit Pipeline's {@code EpsilonGreedy} does, so no arm's mean is read before it exists. With a fixed ε > 0 the
 * regret grows linearly: a share ε of the rounds keeps exploring.
 */
public final class EpsilonGreedy implements Policy {
    public static final double DEFAULT_EPSILON = 0.1;

    /** {@code egreedy(epsilon = ε)}, ε in [0, 1]. */
    public record Options(double epsilon) implements PolicyTemplate {
        public static final Options DEFAULTS = new Options(DEFAULT_EPSILON);

        public Options {
            Checks.probability(epsilon, "egreedy's epsilon");
        }

        @Override
        public String keyword() {
            return "egreedy";
        }

        @Override
        public String label() {
            return "egreedy(epsilon = " + epsilon + ")";
        }

        @Override
        public Policy start(int arms, int featureCount, RandomSource rng) {
            return new EpsilonGreedy(ArmStatistics.arms(arms, "egreedy"), epsilon, rng);
        }
    }

    private final ArmStatistics stats;
    private final double epsilon;
    private final RandomSource rng;
    private final double[] means;

    private EpsilonGreedy(int arms, double epsilon, RandomSource rng) {
        this.stats = new ArmStatistics(arms);
        this.epsilon = epsilon;
        this.rng = rng;
        this.means = new double[arms];
    }

    @Override
    public int arms() {
        return stats.arms();
    }

    @Override
    public int choose(double[] context) {
        if (stats.firstUnplayed() >= 0 || rng.nextDouble() < epsilon) {
            return rng.nextInt(stats.arms());
        }
        return ArmScores.argmax(means, rng);
    }

    @Override
    public void update(int arm, double reward, double[] context) {
        Checks.arm(arm, stats.arms());
        stats.add(arm, Checks.reward(reward));
        means[arm] = stats.mean(arm);
    }

    @Override
    public double[] probabilities(double[] context) {
        int arms = stats.arms();
        if (stats.firstUnplayed() >= 0) {
            return ArmScores.uniform(arms);
        }
        double[] p = ArmScores.maxima(means);
        for (int a = 0; a < arms; a++) {
            p[a] = epsilon / arms + (1 - epsilon) * p[a];
        }
        return p;
    }
}

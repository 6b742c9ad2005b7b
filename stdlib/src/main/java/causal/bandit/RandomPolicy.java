package causal.bandit;

import causal.random.RandomSource;

/** Plays every arm with probability 1/K, whatever the rewards: the baseline, and the ideal logging policy. */
public final class RandomPolicy implements Policy {

    /** {@code random}: no options. */
    public record Options() implements PolicyTemplate {
        @Override
        public String keyword() {
            return "random";
        }

        @Override
        public String label() {
            return "random";
        }

        @Override
        public Policy start(int arms, int featureCount, RandomSource rng) {
            return new RandomPolicy(ArmStatistics.arms(arms, "random"), rng);
        }
    }

    private final int arms;
    private final RandomSource rng;

    private RandomPolicy(int arms, RandomSource rng) {
        this.arms = arms;
        this.rng = rng;
    }

    @Override
    public int arms() {
        return arms;
    }

    @Override
    public int choose(double[] context) {
        return rng.nextInt(arms);
    }

    @Override
    public void update(int arm, double reward, double[] context) {
        Checks.arm(arm, arms);
        Checks.reward(reward);
    }

    @Override
    public double[] probabilities(double[] context) {
        return ArmScores.uniform(arms);
    }
}

package causal.bandit;

import causal.random.RandomSource;

/**
 * UCB1 (Auer, Cesa-Bianchi and Fischer 2002, "Finite-time analysis of the multiarmed bandit problem", Mach. Learn.
 * 47): play each arm once, in order, then the arm maximising {@code mean_a + sqrt(2 ln t / n_a)}, with {@code t} the
 * rounds so far and {@code n_a} the plays of arm a; ties broken at random. Its regret grows as {@code O(log t)} for
 * rewards in [0, 1], the range its bonus assumes; rewards on another scale need rescaling.
 */
public final class Ucb1 implements Policy {

    /** {@code ucb1}: no options. */
    public record Options() implements PolicyTemplate {
        @Override
        public String keyword() {
            return "ucb1";
        }

        @Override
        public String label() {
            return "ucb1";
        }

        @Override
        public Policy start(int arms, int featureCount, RandomSource rng) {
            return new Ucb1(ArmStatistics.arms(arms, "ucb1"), rng);
        }
    }

    private final ArmStatistics stats;
    private final RandomSource rng;
    private final double[] index;

    private Ucb1(int arms, RandomSource rng) {
        this.stats = new ArmStatistics(arms);
        this.rng = rng;
        this.index = new double[arms];
    }

    @Override
    public int arms() {
        return stats.arms();
    }

    @Override
    public int choose(double[] context) {
        int unplayed = stats.firstUnplayed();
        if (unplayed >= 0) {
            return unplayed;
        }
        fillIndex();
        return ArmScores.argmax(index, rng);
    }

    @Override
    public void update(int arm, double reward, double[] context) {
        Checks.arm(arm, stats.arms());
        stats.add(arm, Checks.reward(reward));
    }

    @Override
    public double[] probabilities(double[] context) {
        int unplayed = stats.firstUnplayed();
        if (unplayed >= 0) {
            double[] p = new double[stats.arms()];
            p[unplayed] = 1;
            return p;
        }
        fillIndex();
        return ArmScores.maxima(index);
    }

    private void fillIndex() {
        double logRounds = Math.log(stats.total());
        for (int a = 0; a < index.length; a++) {
            index[a] = stats.mean(a) + Math.sqrt(2 * logRounds / stats.pulls(a));
        }
    }
}

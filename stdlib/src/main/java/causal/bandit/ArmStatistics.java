package causal.bandit;

/** How often each arm was played and the sum of its rewards: the state of the context-free policies. */
final class ArmStatistics {
    private final long[] pulls;
    private final double[] sums;
    private long total;

    ArmStatistics(int arms) {
        pulls = new long[arms];
        sums = new double[arms];
    }

    int arms() {
        return pulls.length;
    }

    void add(int arm, double reward) {
        pulls[arm]++;
        sums[arm] += reward;
        total++;
    }

    long pulls(int arm) {
        return pulls[arm];
    }

    double sum(int arm) {
        return sums[arm];
    }

    long total() {
        return total;
    }

    /** The mean reward of {@code arm}; NaN before it is played. */
    double mean(int arm) {
        return pulls[arm] == 0 ? Double.NaN : sums[arm] / pulls[arm];
    }

    /** The lowest arm never played, or -1 when every arm has been played. */
    int firstUnplayed() {
        for (int a = 0; a < pulls.length; a++) {
            if (pulls[a] == 0) {
                return a;
            }
        }
        return -1;
    }

    /** The check every policy makes when started. */
    static int arms(int arms, String policy) {
        if (arms < 2) {
            throw new BanditException(policy + " needs at least 2 arms, not " + arms);
        }
        return arms;
    }
}

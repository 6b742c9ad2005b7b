package causal.bandit;

/**
 * A log replayed to a policy, Li, Chu, Langford and Wang (2011)'s replay method ("Unbiased offline evaluation of
 * contextual-bandit-based news article recommendation algorithms", WSDM): rows are taken in order; the policy
 * chooses an arm for the row's context, and only when it is the logged arm does the round count, the policy see the
 * logged reward and learn from it; other rows are skipped. The result is unbiased for the policy's online behaviour
 * when the log played every arm uniformly at random, independently of the context; a log of another policy biases
 * it. {@code simulate P on DATA} means this.
 *
 * <p>Regret is measured against the best single arm, whose value is its mean logged reward: {@code t · max_a
 * mean_a − (reward so far)}, an estimate, unlike the exact pseudo-regret of {@link BernoulliArms}.
 */
public final class LoggedReplay implements BanditEnvironment {
    private final BanditLog log;
    private final double bestMean;

    public LoggedReplay(BanditLog log) {
        this.log = log;
        this.bestMean = bestArmMean(log);
    }

    public BanditLog log() {
        return log;
    }

    @Override
    public int arms() {
        return log.arms();
    }

    /** The largest mean logged reward of an arm. */
    public double bestMean() {
        return bestMean;
    }

    @Override
    public String label() {
        return "replay of " + log.rows() + " logged rows";
    }

    /** True when the log has propensities and they are not all 1/arms: replay is then biased. */
    boolean loggedNonUniformly() {
        if (!log.hasPropensity()) {
            return false;
        }
        double uniform = 1.0 / log.arms();
        for (int i = 0; i < log.rows(); i++) {
            if (Math.abs(log.propensity(i) - uniform) > 1e-9) {
                return true;
            }
        }
        return false;
    }

    private static double bestArmMean(BanditLog log) {
        long[] count = new long[log.arms()];
        double[] sum = new double[log.arms()];
        for (int i = 0; i < log.rows(); i++) {
            count[log.action(i)]++;
            sum[log.action(i)] += log.reward(i);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < count.length; a++) {
            if (count[a] > 0) {
                best = Math.max(best, sum[a] / count[a]);
            }
        }
        return best;
    }
}

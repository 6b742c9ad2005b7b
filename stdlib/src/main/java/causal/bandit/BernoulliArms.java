package causal.bandit;

import java.util.ArrayList;
import java.util.List;

/**
 * Arms whose rewards are Bernoulli draws, arm a paying 1 with probability {@code p_a} ({@code bernoulli_arms(0.10,
 * 0.13)}): the classic test bed, whose best arm and regret are known exactly.
 */
public final class BernoulliArms implements BanditEnvironment {
    private final double[] p;

    /**
     * Not modified: p (copied).
     *
     * @throws BanditException for fewer than 2 arms or a probability outside [0, 1]
     */
    public BernoulliArms(double... p) {
        if (p.length < 2) {
            throw new BanditException("bernoulli_arms needs at least 2 arms, not " + p.length);
        }
        for (int a = 0; a < p.length; a++) {
            Checks.probability(p[a], "arm " + a + "'s probability");
        }
        this.p = p.clone();
    }

    @Override
    public int arms() {
        return p.length;
    }

    /** Arm a's probability of paying 1, its mean reward. */
    public double mean(int arm) {
        return p[arm];
    }

    /** The largest mean: what the best arm pays per round. */
    public double bestMean() {
        double best = 0;
        for (double q : p) {
            best = Math.max(best, q);
        }
        return best;
    }

    @Override
    public String label() {
        List<String> values = new ArrayList<>();
        for (double q : p) {
            values.add(OptionText.number(q));
        }
        return "bernoulli_arms(" + String.join(", ", values) + ")";
    }
}

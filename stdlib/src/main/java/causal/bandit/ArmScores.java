package causal.bandit;

import causal.random.RandomSource;

/**
 * The best arm by a score, with ties broken uniformly at random: an index policy (greedy, UCB1, LinUCB) that always
 * took the lowest tied index would prefer arm 0 at the start, when every score is equal.
 */
final class ArmScores {
    private ArmScores() {
    }

    /** An arm of greatest score, each tied arm equally likely. Modified: rng (only when there is a tie). */
    static int argmax(double[] score, RandomSource rng) {
        int best = 0;
        int ties = 1;
        for (int a = 1; a < score.length; a++) {
            if (score[a] > score[best]) {
                best = a;
                ties = 1;
            } else if (score[a] == score[best]) {
                ties++;
            }
        }
        if (ties == 1) {
            return best;
        }
        int pick = rng.nextInt(ties);
        double top = score[best];
        for (int a = 0; a < score.length; a++) {
            if (score[a] == top && pick-- == 0) {
                return a;
            }
        }
        throw new IllegalStateException("a tied arm must be found");
    }

    /** The distribution of {@link #argmax}: 1/ties on each arm of greatest score, 0 elsewhere. */
    static double[] maxima(double[] score) {
        double top = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            top = Math.max(top, s);
        }
        int ties = 0;
        for (double s : score) {
            ties += s == top ? 1 : 0;
        }
        double[] p = new double[score.length];
        for (int a = 0; a < score.length; a++) {
            p[a] = score[a] == top ? 1.0 / ties : 0;
        }
        return p;
    }

    /** {@code 1/arms} on every arm. */
    static double[] uniform(int arms) {
        double[] p = new double[arms];
        java.util.Arrays.fill(p, 1.0 / arms);
        return p;
    }
}

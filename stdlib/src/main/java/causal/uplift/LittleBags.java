package causal.uplift;

import causal.inference.ZStatistic;

/**
 * The bootstrap of little bags (Sexton and Laake 2009; Athey, Tibshirani and Wager 2019, §4), grf's variance of a
 * forest estimate. Trees come in groups that share a half-sample; {@code ψ_b} is tree {@code b}'s contribution to
 * the estimate's linearization (mean zero over the forest). The spread of the group means over-states the variance
 * of the half-sample means by the within-group noise, which is removed:
 * <pre>
 *   between = mean_g ψ̄_g²,   total = mean_b ψ_b²,   noise = (total - between) / (ℓ - 1),
 *   variance ≈ between - noise.
 * </pre>
 * So that the estimate never goes negative, it is replaced, as grf does, by its posterior mean under a flat prior
 * on {@code [0, ∞)}, taking {@code between - noise} as normal with standard deviation
 * {@code max(between, noise) · √(2/G)}: {@code v + s φ(v/s) / Φ(v/s)}.
 */
final class LittleBags {
    private static final double INVERSE_ROOT_TWO_PI = 0.3989422804014327;

    private LittleBags() {
    }

    /**
     * The variance from the contributions {@code psi} of {@code groups} groups of {@code groupSize} trees, stored
     * group after group. Not modified: psi.
     */
    static double variance(double[] psi, int groups, int groupSize) {
        double between = 0;
        double total = 0;
        for (int g = 0; g < groups; g++) {
            double groupSum = 0;
            for (int j = 0; j < groupSize; j++) {
                double v = psi[g * groupSize + j];
                groupSum += v;
                total += v * v;
            }
            double groupMean = groupSum / groupSize;
            between += groupMean * groupMean;
        }
        between /= groups;
        total /= (double) groups * groupSize;
        double noise = (total - between) / (groupSize - 1);
        return debiased(between, noise, groups);
    }

    /** The posterior mean of {@code between - noise} under a flat prior on the non-negative half-line. */
    static double debiased(double between, double noise, int groups) {
        double estimate = between - noise;
        double spread = Math.max(between, noise) * Math.sqrt(2.0 / groups);
        if (spread == 0) {
            return 0;
        }
        double ratio = estimate / spread;
        if (ratio < -30) {
            // Φ(ratio) underflows; the Mills ratio φ(r)/Φ(r) ≈ -r - 1/r leaves -spread/ratio.
            return -spread / ratio;
        }
        double density = Math.exp(-ratio * ratio / 2) * INVERSE_ROOT_TWO_PI;
        double mass = ZStatistic.cumulative(ratio);
        return estimate + spread * density / mass;
    }
}

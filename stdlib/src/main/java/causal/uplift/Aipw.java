package causal.uplift;

/**
 * The augmented inverse probability weighted score of one row (Robins, Rotnitzky and Zhao 1994; the efficient
 * influence function of the ATE), shared by the DR-learner's pseudo-outcomes and the causal forest's average effect.
 */
final class Aipw {
    private Aipw() {
    }

    /**
     * {@code μ1 - μ0 + t (y - μ1) / e - (1 - t)(y - μ0) / (1 - e)}, the propensity {@code e} first clipped to
     * {@code [minPropensity, 1 - minPropensity]}: a score of exactly 0 or 1 would divide by zero.
     */
    static double score(double t, double y, double mu0, double mu1, double e, double minPropensity) {
        double p = Math.min(Math.max(e, minPropensity), 1 - minPropensity);
        return mu1 - mu0 + t * (y - mu1) / p - (1 - t) * (y - mu0) / (1 - p);
    }
}

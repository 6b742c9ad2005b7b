package causal.estimate;

import causal.learn.DesignMatrix;
import causal.learn.LogisticRegression;

/**
 * The propensity score {@code P(T = 1 | covariates)} from a main-effects logistic regression, as MatchIt's
 * {@code distance = "glm"} and WeightIt's {@code method = "glm"} fit it.
 */
final class PropensityScore {
    /** Outside [0.01, 0.99] a weight exceeds 100, so we warn (a common rule of thumb, e.g. Crump et al. 2009). */
    static final double EXTREME = 0.01;

    private PropensityScore() {
    }

    /**
     * Fitted scores for every row. Not modified: treatment.
     *
     * @throws EstimationException when the covariates separate treated from control rows (no overlap)
     */
    static double[] fit(DesignMatrix covariates, double[] treatment) {
        return EffectData.fitting("propensity model", () -> LogisticRegression.fit(covariates, treatment))
                .probabilities();
    }

    static double min(double[] score) {
        double m = Double.POSITIVE_INFINITY;
        for (double s : score) {
            m = Math.min(m, s);
        }
        return m;
    }

    static double max(double[] score) {
        double m = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            m = Math.max(m, s);
        }
        return m;
    }

    /** A note for the user when some scores are extreme, or null. */
    static String overlapNote(double[] score) {
        int extreme = 0;
        for (double s : score) {
            if (s < EXTREME || s > 1 - EXTREME) {
                extreme++;
            }
        }
        return extreme == 0 ? null : "poor overlap: " + extreme + " of " + score.length
                + " rows have a propensity score below 0.01 or above 0.99";
    }
}

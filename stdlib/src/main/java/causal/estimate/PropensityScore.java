package causal.estimate;

import causal.learn.DesignMatrix;
import causal.learn.LogisticRegression;
import java.lang.ref.SoftReference;
import java.util.Arrays;

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
     * The last fit, reused when the next estimate asks for the same model: a study typically estimates the same
     * effect by ipw, matching and aipw, each with the same propensity model of the same rows (examples/jobs; on 1M
     * rows each logistic fit takes several passes). Softly held, since it keeps the covariates' columns alive (in the
     * REPL, after their dataset is gone) and two copies of n numbers; the garbage collector drops it before memory
     * runs out. Replicates (bootstrap resamples, refuters' runs) neither read nor replace it: theirs are other rows.
     */
    private record LastFit(DesignMatrix covariates, double[] treatment, double[] scores) {}

    private static volatile SoftReference<LastFit> last = new SoftReference<>(null);

    /**
     * Fitted scores for every row (an array the caller may change). Not modified: treatment.
     *
     * @throws EstimationException when the covariates separate treated from control rows (no overlap)
     */
    static double[] fit(DesignMatrix covariates, double[] treatment) {
        boolean shared = !Replicates.inReplicate();
        LastFit previous = shared ? last.get() : null;
        if (previous != null && previous.covariates().sameColumnsAs(covariates)
                && Arrays.equals(previous.treatment(), treatment)) {
            return previous.scores().clone();
        }
        double[] scores = EffectData.fitting("propensity model", () -> LogisticRegression.fit(covariates, treatment))
                .probabilities();
        if (shared) {
            last = new SoftReference<>(new LastFit(covariates, treatment.clone(), scores.clone()));
        }
        return scores;
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

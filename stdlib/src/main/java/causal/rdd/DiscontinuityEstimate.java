package causal.rdd;

import java.util.List;
import java.util.Optional;

/**
 * A regression discontinuity estimate at one cutoff, as rdrobust prints it: the conventional local polynomial
 * estimate with its standard error, and the robust bias-corrected estimate with the robust standard error (Calonico,
 * Cattaneo and Titiunik 2014), whose interval is the one to report when h is MSE-optimal.
 *
 * @param conventional   the jump from the order-p fits at h, conventional standard error
 * @param robust         the bias-corrected jump with its robust standard error, p-value and interval
 * @param firstStage     for a fuzzy design, the treatment's jump; the estimate is then the ratio of the outcome's
 *                       jump to it
 * @param leftCount      rows left of the cutoff ({@code x < c})
 * @param rightCount     rows right of the cutoff ({@code x >= c})
 * @param effectiveLeft  rows left of the cutoff with a positive kernel weight at h
 * @param effectiveRight rows right of the cutoff with a positive kernel weight at h
 * @param notes          warnings a reader should see (a weak first stage, mass points)
 */
public record DiscontinuityEstimate(String outcome, String running, double cutoff, Jump conventional, Jump robust,
        Optional<FirstStage> firstStage, Bandwidths bandwidths, int order, int biasOrder, Kernel kernel,
        VarianceEstimator variance, double confidenceLevel, int leftCount, int rightCount, int effectiveLeft,
        int effectiveRight, List<String> notes) {

    public DiscontinuityEstimate {
        notes = List.copyOf(notes);
    }

    /** True for a fuzzy design. */
    public boolean fuzzy() {
        return firstStage.isPresent();
    }

    /** The conventional point estimate. */
    public double estimate() {
        return conventional.estimate();
    }

    /** The conventional standard error. */
    public double stdError() {
        return conventional.stdError();
    }

    /** The bias-corrected point estimate (the centre of the robust interval). */
    public double robustEstimate() {
        return robust.estimate();
    }

    /** The robust standard error. */
    public double robustStdError() {
        return robust.stdError();
    }

    /** The bandwidth of the point estimate. */
    public double h() {
        return bandwidths.h();
    }

    /** The bandwidth of the bias correction. */
    public double b() {
        return bandwidths.b();
    }
}

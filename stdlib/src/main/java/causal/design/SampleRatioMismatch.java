package causal.design;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The sample-ratio-mismatch check: a chi-square goodness-of-fit test (1 df) of the observed arm sizes against the
 * planned split, as R's {@code chisq.test(c(n0, n1), p = c(share, 1 - share))}. A p-value under 0.001 means the
 * assignment is broken (e.g. a bug drops users from one arm) and the comparison cannot be trusted.
 */
public final class SampleRatioMismatch {
    /** Below this p-value a result warns. */
    public static final double THRESHOLD = 0.001;

    private SampleRatioMismatch() {
    }

    public static double pValue(long control, long treatment, double plannedControlShare) {
        double n = control + treatment;
        if (n == 0) {
            throw new DesignException("no units to check the sample ratio on");
        }
        double e0 = n * plannedControlShare;
        double e1 = n - e0;
        double stat = (control - e0) * (control - e0) / e0 + (treatment - e1) * (treatment - e1) / e1;
        return 1.0 - new ChiSquaredDistribution(null, 1).cumulativeProbability(stat);
    }
}

package causal.experiment;

import java.util.ArrayList;
import java.util.List;

import causal.inference.ChiSquareStatistic;

/**
 * Sample-ratio mismatch: Pearson's chi-square goodness of fit of the observed units per arm against the planned
 * split, X² = Σ (oᵢ − eᵢ)²/eᵢ with eᵢ = N·wᵢ/Σw and k − 1 degrees of freedom, as R's
 * {@code chisq.test(c(n1, n2), p = c(.5, .5))}. The upper tail is Q(ν/2, X²/2), the regularized upper incomplete
 * gamma, so p-values far below 0.001 keep their digits. Fabijan et al. (2019, "Diagnosing sample ratio mismatch in
 * online controlled experiments", KDD) flag p below 0.001.
 */
public final class SampleRatioMismatch {
    /** The conventional alarm level. */
    public static final double THRESHOLD = 0.001;

    private SampleRatioMismatch() {
    }

    /**
     * {@code observed[i]} units landed in arm i, planned in proportion to {@code plannedWeights[i]} (they need not
     * sum to 1). Not modified: either array.
     */
    public static SampleRatioCheck check(long[] observed, double[] plannedWeights) {
        if (observed == null || plannedWeights == null || observed.length < 2) {
            throw new ExperimentException("a sample-ratio check needs the counts of at least 2 arms");
        }
        if (observed.length != plannedWeights.length) {
            throw new ExperimentException("there are " + observed.length + " observed arms but "
                    + plannedWeights.length + " planned weights");
        }
        double totalWeight = 0;
        double units = 0;
        for (int i = 0; i < observed.length; i++) {
            Checks.positive(plannedWeights[i], "the planned weight of arm " + (i + 1));
            if (observed[i] < 0) {
                throw new ExperimentException("arm " + (i + 1) + " has a negative count " + observed[i]);
            }
            totalWeight += plannedWeights[i];
            units += observed[i];
        }
        if (units == 0) {
            throw new ExperimentException("no units were observed in any arm");
        }
        double statistic = 0;
        List<Double> expected = new ArrayList<>(observed.length);
        for (int i = 0; i < observed.length; i++) {
            double e = units * plannedWeights[i] / totalWeight;
            double gap = observed[i] - e;
            statistic += gap * gap / e;
            expected.add(e);
        }
        int df = observed.length - 1;
        return new SampleRatioCheck(statistic, df, ChiSquareStatistic.pValue(statistic, df), expected,
                THRESHOLD);
    }

    /** Two arms planned {@code controlShare} : 1 − controlShare. */
    public static SampleRatioCheck check(long control, long treatment, double controlShare) {
        Checks.openUnit(controlShare, "the planned control share");
        return check(new long[] {control, treatment}, new double[] {controlShare, 1 - controlShare});
    }
}

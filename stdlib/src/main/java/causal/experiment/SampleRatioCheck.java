package causal.experiment;

import java.util.List;

/**
 * The outcome of a sample-ratio-mismatch check: Pearson's chi-square statistic, its degrees of freedom, the p-value,
 * the expected count per arm under the planned split, and whether p is below the {@code threshold} (0.001 by
 * convention: a mismatch that likely means broken assignment or logging, not chance).
 */
public record SampleRatioCheck(double statistic, int df, double pValue, List<Double> expected, double threshold) {
    public SampleRatioCheck {
        expected = List.copyOf(expected);
    }

    public boolean mismatch() {
        return pValue < threshold;
    }
}

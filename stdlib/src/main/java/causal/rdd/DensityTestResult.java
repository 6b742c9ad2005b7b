package causal.rdd;

import java.util.List;

/**
 * The outcome of a {@link DensityTest}: the density of the running variable estimated just left and just right of
 * the cutoff (bias-corrected, order p + 1), the jackknife standard errors, and the t statistic of their difference
 * with its two-sided normal p-value. A small p-value is evidence of manipulation (sorting around the cutoff).
 *
 * @param logDifference {@code log f₊ − log f₋}, McCrary's (2008) θ, the relative jump of the density
 * @param effectiveLeft rows within the bandwidth left of the cutoff
 */
public record DensityTestResult(String running, double cutoff, double densityLeft, double densityRight,
        double difference, double stdErrorLeft, double stdErrorRight, double stdError, double statistic,
        double pValue, double logDifference, double hLeft, double hRight, int leftCount, int rightCount,
        int effectiveLeft, int effectiveRight, int order, Kernel kernel, String selection, List<String> notes) {

    public DensityTestResult {
        notes = List.copyOf(notes);
    }
}

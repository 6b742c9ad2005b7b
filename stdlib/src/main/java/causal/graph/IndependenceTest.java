package causal.graph;

/**
 * The test of one implied independence on data: the partial correlation of x and y given the conditioning set,
 * its confidence interval, and the two-sided p-value of "no partial correlation", raw and Benjamini–Hochberg
 * adjusted across all the tests run together.
 *
 * @param rows the number of rows used
 * @param estimate the sample partial correlation
 * @param lower the lower end of the 95% confidence interval
 * @param upper the upper end of the 95% confidence interval
 */
public record IndependenceTest(Independence independence, int rows, double estimate, double lower, double upper,
        double pValue, double adjustedPValue) {

    /** Whether the data contradict the independence at false discovery rate {@code alpha}. */
    public boolean rejectedAt(double alpha) {
        return adjustedPValue < alpha;
    }
}

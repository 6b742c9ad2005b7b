package causal.experiment;

/**
 * The sufficient statistics of one arm for the mean tests: units, mean and sample variance (divisor n − 1). Build it
 * from rows with {@link #of(double[], String)} or directly from aggregates (a warehouse query, a stream).
 */
public record ArmSummary(long n, double mean, double variance) {
    public ArmSummary {
        if (n < 1) {
            throw new ExperimentException("an arm has no rows");
        }
        Checks.finite(mean, "an arm's mean");
        if (!(variance >= 0) || variance == Double.POSITIVE_INFINITY) {
            throw new ExperimentException("an arm's variance must be a finite number of at least 0, not "
                    + variance);
        }
    }

    /**
     * The summary of {@code values} by two passes (mean, then squared deviations), which keeps the variance
     * accurate when the mean is large. {@code arm} names the arm in error messages. Not modified: {@code values}.
     */
    public static ArmSummary of(double[] values, String arm) {
        Checks.arm(values, 2, arm);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        double deviations = 0;
        for (double v : values) {
            double d = v - mean;
            squares += d * d;
            deviations += d;
        }
        int n = values.length;
        // The corrected two-pass formula (Chan, Golub and LeVeque 1983) removes the rounding left in the mean.
        double variance = (squares - deviations * deviations / n) / (n - 1);
        return new ArmSummary(n, mean, Math.max(variance, 0));
    }

    /** The squared standard error of the mean, s²/n. */
    double varianceOfMean() {
        return variance / n;
    }
}

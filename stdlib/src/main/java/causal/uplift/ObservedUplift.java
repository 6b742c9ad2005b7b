package causal.uplift;

/**
 * The uplift observed in a targeted group: the difference in mean outcome between its treated and control rows,
 * with the unequal-variance (Welch) standard error {@code √(s_T²/n_T + s_C²/n_C)} and a normal 95% interval. It is
 * an unbiased check of the predicted uplift only where treatment was randomized (an experiment's held-out rows).
 */
public record ObservedUplift(double value, double stdError, int treated, int control, double treatedMean,
        double controlMean) {
    private static final double Z_975 = 1.959963984540054;

    public double ciLow() {
        return value - Z_975 * stdError;
    }

    public double ciHigh() {
        return value + Z_975 * stdError;
    }
}

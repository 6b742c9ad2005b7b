package causal.uplift;

import causal.inference.ZStatistic;

/**
 * The uplift observed in a targeted group: the difference in mean outcome between its treated and control rows,
 * with the unequal-variance (Welch) standard error {@code √(s_T²/n_T + s_C²/n_C)} and a normal 95% interval. It is
 * an unbiased check of the predicted uplift only where treatment was randomized (an experiment's held-out rows).
 */
public record ObservedUplift(double value, double stdError, int treated, int control, double treatedMean,
        double controlMean) {
    public double ciLow() {
        return value - ZStatistic.CRITICAL_95 * stdError;
    }

    public double ciHigh() {
        return value + ZStatistic.CRITICAL_95 * stdError;
    }
}

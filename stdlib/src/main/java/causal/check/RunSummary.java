package causal.check;

import java.util.Arrays;

/** The effects of a refuter's runs summarised: mean, standard deviation and the central 95% of runs. */
record RunSummary(double mean, double stdDeviation, double low, double high) {

    /** Summarises {@code effects} (at least two). Not modified: effects. */
    static RunSummary of(double[] effects) {
        double mean = mean(effects);
        double sumSquares = 0;
        for (double x : effects) {
            sumSquares += (x - mean) * (x - mean);
        }
        double[] sorted = effects.clone();
        Arrays.sort(sorted);
        return new RunSummary(mean, Math.sqrt(sumSquares / (effects.length - 1)), quantile(sorted, 0.025),
                quantile(sorted, 0.975));
    }

    /** The mean, summed in run order so that it is the same whatever the thread count. */
    static double mean(double[] effects) {
        double sum = 0;
        for (double x : effects) {
            sum += x;
        }
        return sum / effects.length;
    }

    /** R's default {@code quantile(x, p, type = 7)} (numpy's "linear") of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}

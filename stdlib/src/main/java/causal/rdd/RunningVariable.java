package causal.rdd;

import java.util.Arrays;

/** The summaries of the running variable that the bandwidth selector's pilot uses. */
record RunningVariable(int n, double standardDeviation, double interquartileRange) {

    /** Not modified: x. */
    static RunningVariable of(double[] x) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        return new RunningVariable(n, Math.sqrt(ss / (n - 1)), quantileType2(sorted, 0.75)
                - quantileType2(sorted, 0.25));
    }

    /**
     * R's {@code quantile(x, prob, type = 2)}: the inverse of the empirical distribution, averaging at its jumps.
     * R adds {@code 4 * .Machine$double.eps} before the floor.
     */
    static double quantileType2(double[] sorted, double prob) {
        int n = sorted.length;
        double np = n * prob;
        int j = (int) Math.floor(np + 4 * Math.ulp(1.0));
        if (j <= 0) {
            return sorted[0];
        }
        if (j >= n) {
            return sorted[n - 1];
        }
        return np > j ? sorted[j] : 0.5 * (sorted[j - 1] + sorted[j]);
    }
}

package causal.graph;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate), equal to R's {@code p.adjust(p, method = "BH")}:
 * for p-values sorted decreasingly, the running minimum of {@code p(i) · m / i}, capped at 1.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {}

    /** The adjusted p-values in the order of {@code p}; {@code p} is not modified. Values must lie in [0, 1]. */
    public static double[] adjust(double[] p) {
        int m = p.length;
        for (double value : p) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("a p-value must lie between 0 and 1, got " + value);
            }
        }
        Integer[] decreasing = new Integer[m];
        for (int i = 0; i < m; i++) {
            decreasing[i] = i;
        }
        Arrays.sort(decreasing, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
        double[] adjusted = new double[m];
        double runningMin = 1;
        for (int k = 0; k < m; k++) {
            int rank = m - k;
            int i = decreasing[k];
            runningMin = Math.min(runningMin, p[i] * m / rank);
            adjusted[i] = runningMin;
        }
        return adjusted;
    }
}

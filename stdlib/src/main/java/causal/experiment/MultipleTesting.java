package causal.experiment;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjusted p-values for m tests at once, equal to R's {@code p.adjust(p, method)}:
 * <ul>
 *   <li>{@link #bonferroni}: min(1, m·pᵢ), controls the family-wise error;</li>
 *   <li>{@link #holm}: with p₍₁₎ ≤ … ≤ p₍ₘ₎, p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1)·p₍ⱼ₎) (Holm 1979), family-wise
 *       error, never less powerful than Bonferroni;</li>
 *   <li>{@link #benjaminiHochberg}: p̃₍ᵢ₎ = min_{j ≥ i} min(1, m·p₍ⱼ₎/j) (Benjamini and Hochberg 1995), false
 *       discovery rate.</li>
 * </ul>
 * Each returns a new array in the input order. Not modified: {@code pValues}.
 */
public final class MultipleTesting {
    private MultipleTesting() {
    }

    public static double[] bonferroni(double[] pValues) {
        check(pValues);
        double[] adjusted = new double[pValues.length];
        for (int i = 0; i < pValues.length; i++) {
            adjusted[i] = Math.min(1, pValues.length * pValues[i]);
        }
        return adjusted;
    }

    public static double[] holm(double[] pValues) {
        check(pValues);
        int m = pValues.length;
        int[] order = ascending(pValues);
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            running = Math.max(running, Math.min(1, (m - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }

    public static double[] benjaminiHochberg(double[] pValues) {
        check(pValues);
        int m = pValues.length;
        int[] order = ascending(pValues);
        double[] adjusted = new double[m];
        double running = 1;
        for (int rank = m - 1; rank >= 0; rank--) {
            running = Math.min(running, (double) m * pValues[order[rank]] / (rank + 1));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }

    /** Indices by increasing p; a stable sort keeps ties in input order as R's {@code order} does. */
    private static int[] ascending(double[] pValues) {
        return IntStream.range(0, pValues.length).boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static void check(double[] pValues) {
        if (pValues == null || pValues.length == 0) {
            throw new ExperimentException("there are no p-values to adjust");
        }
        for (int i = 0; i < pValues.length; i++) {
            if (!(pValues[i] >= 0 && pValues[i] <= 1)) {
                throw new ExperimentException("p-value " + (i + 1) + " is " + pValues[i]
                        + "; p-values lie between 0 and 1");
            }
        }
    }
}

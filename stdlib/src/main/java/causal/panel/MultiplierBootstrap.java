package causal.panel;

import causal.inference.ZStatistic;
import causal.random.RandomSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The critical value of a uniform confidence band from influence functions, by the multiplier bootstrap of
 * {@code did:::mboot} (Callaway and Sant'Anna 2021, section 4.1): each draw multiplies every unit's influence
 * function by an independent Mammen (1993) weight, v = (1 − √5)/2 with probability (√5 + 1)/(2√5), else
 * (1 + √5)/2, giving bⱼ = Σᵢ vᵢψᵢⱼ/√n per effect j; each effect's spread is its interquartile range over the draws
 * divided by that of a standard normal; the critical value is the level-quantile (R's type 1) of maxⱼ |bⱼ|/spreadⱼ.
 * The band is then estimate ± critical value × analytic standard error, as did with {@code bstrap = FALSE,
 * cband = TRUE}. Effects whose influence function is identically 0 are left out, as did leaves out degenerate ones.
 */
final class MultiplierBootstrap {
    private static final double SQRT5 = Math.sqrt(5);
    private static final double LOW = (1 - SQRT5) / 2;
    private static final double HIGH = (1 + SQRT5) / 2;
    private static final double P_LOW = (SQRT5 + 1) / (2 * SQRT5);

    private MultiplierBootstrap() {
    }

    /**
     * The critical value for {@code psi} (one array per effect, one value per unit), never below the pointwise
     * z_{1 − α/2}; the pointwise value when no effect varies. Not modified: psi. Modified: random.
     */
    static double criticalValue(List<double[]> psi, double confidenceLevel, int draws, RandomSource random) {
        double pointwise = ZStatistic.critical(confidenceLevel);
        List<double[]> live = new ArrayList<>();
        for (double[] column : psi) {
            if (Arrays.stream(column).anyMatch(v -> v != 0)) {
                live.add(column);
            }
        }
        if (live.isEmpty()) {
            return pointwise;
        }
        int n = live.get(0).length;
        int k = live.size();
        double[][] draw = new double[k][draws];
        double[] v = new double[n];
        double scale = 1 / Math.sqrt(n);
        for (int b = 0; b < draws; b++) {
            for (int i = 0; i < n; i++) {
                v[i] = random.nextDouble() < P_LOW ? LOW : HIGH;
            }
            for (int j = 0; j < k; j++) {
                double[] column = live.get(j);
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += v[i] * column[i];
                }
                draw[j][b] = s * scale;
            }
        }
        double normalIqr = ZStatistic.critical(0.5) * 2;
        double[] largest = new double[draws];
        for (int j = 0; j < k; j++) {
            double[] sorted = draw[j].clone();
            Arrays.sort(sorted);
            double spread = (typeOneQuantile(sorted, 0.75) - typeOneQuantile(sorted, 0.25)) / normalIqr;
            if (!(spread > 0)) {
                continue;
            }
            for (int b = 0; b < draws; b++) {
                largest[b] = Math.max(largest[b], Math.abs(draw[j][b]) / spread);
            }
        }
        Arrays.sort(largest);
        return Math.max(pointwise, typeOneQuantile(largest, confidenceLevel));
    }

    /** R's {@code quantile(x, p, type = 1)} of sorted x: the ⌈p·B⌉-th smallest. */
    private static double typeOneQuantile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length - 1e-9);
        return sorted[Math.max(rank, 1) - 1];
    }
}

package causal.estimate;

/**
 * The Abadie–Imbens (2006) standard error of a nearest-neighbour matching estimate, as R's {@code Matching::Match}
 * computes it by default (population variance, {@code Var.calc = 0}: a homoskedastic conditional variance).
 *
 * <p>With D_i the focal row's outcome minus the mean of its c_i matches, τ the mean of D_i over the N matched focal
 * rows, K_j = Σ 1/c_i and KK_j = Σ 1/c_i² over the focal rows that other row j serves, and σ² = ½ mean over match
 * pairs of (y_i − y_j − τ)² weighted by 1/c_i:
 * {@code V = [Σ_i (D_i − τ)² + σ² Σ_j (K_j² − KK_j)] / N²}. Without replacement K_j ≤ 1, so the second term
 * vanishes. The propensity score is treated as known, as Matching does.
 */
final class AbadieImbensVariance {
    private AbadieImbensVariance() {
    }

    /**
     * The standard error of τ (focal minus matched); {@code matches[k * ratio + r]} is the r-th match of
     * {@code order[k]}, or -1. Not modified: any argument.
     */
    static double standardError(int[] order, int[] matches, int ratio, double[] y) {
        int n = y.length;
        double[] k1 = new double[n];
        double[] k2 = new double[n];
        double sumD = 0;
        int matched = 0;
        for (int k = 0; k < order.length; k++) {
            int count = matchCount(matches, k, ratio);
            if (count == 0) {
                continue;
            }
            double mean = 0;
            for (int r = 0; r < count; r++) {
                int j = matches[k * ratio + r];
                mean += y[j] / count;
                k1[j] += 1.0 / count;
                k2[j] += 1.0 / ((double) count * count);
            }
            sumD += y[order[k]] - mean;
            matched++;
        }
        double tau = sumD / matched;
        double dispersion = 0;
        double pairSquares = 0;
        for (int k = 0; k < order.length; k++) {
            int count = matchCount(matches, k, ratio);
            if (count == 0) {
                continue;
            }
            double mean = 0;
            for (int r = 0; r < count; r++) {
                int j = matches[k * ratio + r];
                mean += y[j] / count;
                double pair = y[order[k]] - y[j] - tau;
                pairSquares += pair * pair / count;
            }
            double d = y[order[k]] - mean - tau;
            dispersion += d * d;
        }
        // Each matched focal row carries total weight 1 over its pairs, so the weighted mean divides by `matched`.
        double sigma2 = 0.5 * pairSquares / matched;
        double reuse = 0;
        for (int j = 0; j < n; j++) {
            reuse += k1[j] * k1[j] - k2[j];
        }
        return Math.sqrt((dispersion + sigma2 * reuse) / ((double) matched * matched));
    }

    private static int matchCount(int[] matches, int k, int ratio) {
        int count = 0;
        while (count < ratio && matches[k * ratio + count] >= 0) {
            count++;
        }
        return count;
    }
}

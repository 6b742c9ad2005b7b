package causal.bandit;

/**
 * The importance weights {@code w_i = π(a_i|x_i) / p_i} of a log under a target policy, raw and clipped at
 * {@code clip} (Open Bandit Pipeline's {@code lambda_}; infinity leaves them as they are), and their diagnostics on the
 * raw weights.
 */
final class Weights {
    final double[] raw;
    final double[] clipped;
    final int clippedRows;
    private final double minPropensity;

    private Weights(double[] raw, double[] clipped, int clippedRows, double minPropensity) {
        this.raw = raw;
        this.clipped = clipped;
        this.clippedRows = clippedRows;
        this.minPropensity = minPropensity;
    }

    static Weights of(BanditLog log, double[][] target, double clip) {
        int n = log.rows();
        double[] raw = new double[n];
        double[] clipped = new double[n];
        int clippedRows = 0;
        double minPropensity = 1;
        for (int i = 0; i < n; i++) {
            double p = log.propensity(i);
            minPropensity = Math.min(minPropensity, p);
            raw[i] = target[i][log.action(i)] / p;
            clipped[i] = Math.min(raw[i], clip);
            clippedRows += raw[i] > clip ? 1 : 0;
        }
        return new Weights(raw, clipped, clippedRows, minPropensity);
    }

    /** Kish's effective sample size {@code (Σ w)² / Σ w²}: n when every weight is equal. */
    double effectiveSampleSize() {
        double sum = 0;
        double squares = 0;
        for (double w : raw) {
            sum += w;
            squares += w * w;
        }
        return squares == 0 ? 0 : sum * sum / squares;
    }

    double max() {
        double max = 0;
        for (double w : raw) {
            max = Math.max(max, w);
        }
        return max;
    }

    double minPropensity() {
        return minPropensity;
    }
}

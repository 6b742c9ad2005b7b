package causal.uplift;

/** Row subsets of column-major data: the rows of one arm, a fold, a held-out split. */
final class Rows {
    private Rows() {
    }

    /** The rows whose treatment equals {@code arm} (0 or 1), in order. */
    static int[] inArm(double[] treatment, int arm) {
        int count = 0;
        for (double t : treatment) {
            if (t == arm) {
                count++;
            }
        }
        int[] rows = new int[count];
        int k = 0;
        for (int i = 0; i < treatment.length; i++) {
            if (treatment[i] == arm) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The sample standard deviation (denominator {@code n - 1}), as R's {@code sd}. */
    static double standardDeviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}

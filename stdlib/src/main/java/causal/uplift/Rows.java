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

    /** The values of {@code rows}, in that order. Not modified: values, rows. */
    static double[] select(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = values[rows[k]];
        }
        return out;
    }

    /** Every column restricted to {@code rows}, in that order. Not modified: columns, rows. */
    static double[][] select(double[][] columns, int[] rows) {
        double[][] out = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            out[j] = select(columns[j], rows);
        }
        return out;
    }

    /** Writes {@code values[k]} to {@code target[rows[k]]}. Modified: target. */
    static void scatter(double[] values, int[] rows, double[] target) {
        for (int k = 0; k < rows.length; k++) {
            target[rows[k]] = values[k];
        }
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

package causal.learn;

/**
 * Rows of column-major data picked by index, and written back: what cross-fitting and the meta-learners do to fit a
 * learner on some rows and predict for others.
 */
public final class RowSubsets {
    private RowSubsets() {
    }

    /** The values of {@code rows}, in that order. Not modified: values, rows. */
    public static double[] select(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = values[rows[k]];
        }
        return out;
    }

    /** Every column restricted to {@code rows}, in that order (column-major, as learners take features). */
    public static double[][] select(double[][] columns, int[] rows) {
        double[][] out = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            out[j] = select(columns[j], rows);
        }
        return out;
    }

    /** Writes {@code values[k]} to {@code target[rows[k]]}. Modified: target. */
    public static void scatter(double[] values, int[] rows, double[] target) {
        for (int k = 0; k < rows.length; k++) {
            target[rows[k]] = values[k];
        }
    }
}

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

    /** The rows whose fold ({@code fold[i]}, as cross-fitting assigns them) is {@code k}, ascending. Not modified. */
    public static int[] inFold(int[] fold, int k) {
        return where(fold, k, true, null, 0);
    }

    /** The rows whose fold is not {@code k}: what a nuisance model for fold {@code k} is fitted on. Not modified. */
    public static int[] outsideFold(int[] fold, int k) {
        return where(fold, k, false, null, 0);
    }

    /** The rows of arm {@code arm} ({@code treatment[i] == arm}) outside fold {@code k}, ascending. Not modified. */
    public static int[] outsideFold(int[] fold, int k, double[] treatment, int arm) {
        return where(fold, k, false, treatment, arm);
    }

    private static int[] where(int[] fold, int k, boolean inside, double[] treatment, int arm) {
        int count = 0;
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == k) == inside && (treatment == null || treatment[i] == arm)) {
                count++;
            }
        }
        int[] rows = new int[count];
        int next = 0;
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == k) == inside && (treatment == null || treatment[i] == arm)) {
                rows[next++] = i;
            }
        }
        return rows;
    }

    /** Writes {@code values[k]} to {@code target[rows[k]]}. Modified: target. */
    public static void scatter(double[] values, int[] rows, double[] target) {
        for (int k = 0; k < rows.length; k++) {
            target[rows[k]] = values[k];
        }
    }
}

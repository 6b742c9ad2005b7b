package causal.rdd;

/**
 * The observations on one side of the cutoff, nearest to it first: the signed distance {@code u = x - c} and the
 * response columns (outcome, and treatment for a fuzzy design) in that order. Every local fit uses a leading block
 * of rows, since a kernel weight is positive exactly when {@code |u|} is small enough.
 */
final class Side {
    final double[] u;
    /** {@code columns[k][i]}: response k of row i. */
    final double[][] columns;
    /** The number of rows sharing row i's value of x (rdrobust's {@code dups}). */
    final int[] tieCount;
    /** Row i's 1-based position among the rows sharing its value (rdrobust's {@code dupsid}). */
    final int[] tieIndex;
    /** Where the side is, for messages: {@code "left of the cutoff 0"}. */
    final String label;

    private Side(String label, double[] u, double[][] columns) {
        this.label = label;
        this.u = u;
        this.columns = columns;
        this.tieCount = new int[u.length];
        this.tieIndex = new int[u.length];
        for (int start = 0; start < u.length;) {
            int end = start + 1;
            while (end < u.length && u[end] == u[start]) {
                end++;
            }
            for (int i = start; i < end; i++) {
                tieCount[i] = end - start;
                tieIndex[i] = i - start + 1;
            }
            start = end;
        }
    }

    /** The rows {@code order} (nearest first) of x and of each response. Not modified: any argument. */
    static Side of(String label, double[] x, double cutoff, int[] order, double[]... responses) {
        double[] u = new double[order.length];
        double[][] columns = new double[responses.length][order.length];
        for (int i = 0; i < order.length; i++) {
            u[i] = x[order[i]] - cutoff;
            for (int k = 0; k < responses.length; k++) {
                columns[k][i] = responses[k][order[i]];
            }
        }
        return new Side(label, u, columns);
    }

    int size() {
        return u.length;
    }

    int responses() {
        return columns.length;
    }

    /** The leading rows with a positive kernel weight at bandwidth h. */
    int rowsWithin(Kernel kernel, double h) {
        int n = 0;
        while (n < u.length && kernel.weight(u[n] / h) > 0) {
            n++;
        }
        return n;
    }

    /** Distinct values of x among the first {@code rows} rows. */
    int distinct(int rows) {
        int count = 0;
        for (int i = 0; i < rows; i += tieCount[i]) {
            count++;
        }
        return count;
    }

    /** Distinct values of x on this side. */
    int distinct() {
        return distinct(u.length);
    }

    /** {@code |u|} of the k-th distinct value of x from the cutoff (1-based), or of the farthest if fewer. */
    double distanceOfDistinct(int k) {
        int seen = 0;
        int i = 0;
        int last = 0;
        while (i < u.length && seen < k) {
            last = i;
            seen++;
            i += tieCount[i];
        }
        return Math.abs(u[last]);
    }

    /** A bandwidth or value as messages print it: six significant digits. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** {@code |u|} of the farthest row. */
    double range() {
        return Math.abs(u[u.length - 1]);
    }
}

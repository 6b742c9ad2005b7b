package causal.learn;

/**
 * The split step of tree growers that keep each feature's rows presorted: once a node splits on one feature, every
 * other feature's segment is rearranged into its left rows then its right rows, each part still sorted, so no
 * feature is ever sorted again. Shared by the forests and boosting of this package and the causal forest.
 */
public final class PresortedPartition {
    private PresortedPartition() {
    }

    /**
     * Splits the segment {@code [lo, hi)} of every feature but {@code chosen} so that the rows of
     * {@code order[chosen][lo, mid)} come first. {@code order[f]} holds row numbers sorted by feature f and
     * {@code sortedValues[f]} their values; {@code goesLeft} (one 0 per row, left all 0), {@code buffer} and
     * {@code valueBuffer} (one slot per row) are scratch space. Modifies order, sortedValues.
     */
    public static void partition(int[][] order, double[][] sortedValues, int chosen, int lo, int mid, int hi,
                                 byte[] goesLeft, int[] buffer, double[] valueBuffer) {
        int[] rowsOfChosen = order[chosen];
        for (int k = lo; k < mid; k++) {
            goesLeft[rowsOfChosen[k]] = 1;
        }
        for (int f = 0; f < order.length; f++) {
            if (f == chosen) {
                continue;
            }
            int[] rows = order[f];
            double[] values = sortedValues[f];
            int l = lo;
            int b = 0;
            // Without branches: a row is written to both places and only one cursor moves. Which way a row goes
            // is a coin flip to the branch predictor, and mispredictions cost more than the extra store.
            for (int k = lo; k < hi; k++) {
                int r = rows[k];
                double v = values[k];
                int left = goesLeft[r];
                rows[l] = r;
                values[l] = v;
                buffer[b] = r;
                valueBuffer[b] = v;
                l += left;
                b += 1 - left;
            }
            System.arraycopy(buffer, 0, rows, l, b);
            System.arraycopy(valueBuffer, 0, values, l, b);
        }
        for (int k = lo; k < mid; k++) {
            goesLeft[rowsOfChosen[k]] = 0;
        }
    }
}

package causal.learn;

/**
 * The rows one tree grows on, sorted by each feature: {@code rows[f]} the row indices in increasing order of feature
 * {@code f} and {@code values[f]} those values, side by side, so that the split search reads the values in order
 * instead of jumping through the column. {@link TreeGrower} rearranges both within node segments.
 */
final class SortedRows {
    final int[][] rows;
    final double[][] values;

    /** Takes ownership of the arrays. */
    SortedRows(int[][] rows, double[][] values) {
        this.rows = rows;
        this.values = values;
    }

    int features() {
        return rows.length;
    }

    int size() {
        return rows[0].length;
    }
}

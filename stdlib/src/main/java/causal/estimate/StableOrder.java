package causal.estimate;

/**
 * The order of rows by a key, ties kept in row order, as R's {@code order()}: a merge sort of indices on primitive
 * arrays, so a million rows sort without boxing.
 */
final class StableOrder {
    private StableOrder() {
    }

    /** Indices of {@code rows} sorted by {@code key[row]} ascending, ties in the order given. Not modified: rows. */
    static int[] ascending(int[] rows, double[] key) {
        int[] a = rows.clone();
        int[] buffer = new int[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length - width; lo += 2 * width) {
                merge(a, buffer, key, lo, lo + width, Math.min(lo + 2 * width, a.length));
            }
        }
        return a;
    }

    /** Indices sorted by key descending, ties in the order given (R's {@code order(decreasing = TRUE)}). */
    static int[] descending(int[] rows, double[] key) {
        double[] negated = new double[key.length];
        for (int i = 0; i < key.length; i++) {
            negated[i] = -key[i];
        }
        return ascending(rows, negated);
    }

    private static void merge(int[] a, int[] buffer, double[] key, int lo, int mid, int hi) {
        System.arraycopy(a, lo, buffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || key[buffer[i]] <= key[buffer[j]])) {
                a[k] = buffer[i++];
            } else {
                a[k] = buffer[j++];
            }
        }
    }
}

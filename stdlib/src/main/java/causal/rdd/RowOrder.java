package causal.rdd;

/** Rows ordered by a key, ties in the order given (as R's {@code order()}), by a merge sort on primitive arrays. */
final class RowOrder {
    private RowOrder() {
    }

    /** {@code rows} sorted by {@code key[row]} ascending. Not modified: rows, key. */
    static int[] ascending(int[] rows, double[] key) {
        int[] a = rows.clone();
        int[] buffer = new int[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, a.length);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    buffer[k++] = key[a[j]] < key[a[i]] ? a[j++] : a[i++];
                }
                while (i < mid) {
                    buffer[k++] = a[i++];
                }
                while (j < hi) {
                    buffer[k++] = a[j++];
                }
                System.arraycopy(buffer, lo, a, lo, hi - lo);
            }
        }
        return a;
    }
}

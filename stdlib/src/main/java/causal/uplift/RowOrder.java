package causal.uplift;

/**
 * Rows ordered by a key without boxing: a top-down merge sort of row indices, stable, so ties keep row order and
 * every ranking (a Qini curve, a targeting list, a tree's presorted features) is the same on every run.
 */
final class RowOrder {
    private RowOrder() {
    }

    /** The rows {@code 0..n-1} by {@code key} ascending, ties in row order. Not modified: key. */
    static int[] ascending(double[] key) {
        int[] rows = new int[key.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        sort(rows, new int[rows.length], 0, rows.length, key, 1);
        return rows;
    }

    /** The rows {@code 0..n-1} by {@code key} descending, ties in row order. Not modified: key. */
    static int[] descending(double[] key) {
        int[] rows = new int[key.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        sort(rows, new int[rows.length], 0, rows.length, key, -1);
        return rows;
    }

    /** Sorts {@code rows[from, to)} by {@code sign · key}; {@code spare} is scratch space of the same length. */
    private static void sort(int[] rows, int[] spare, int from, int to, double[] key, int sign) {
        if (to - from < 2) {
            return;
        }
        int half = (from + to) >>> 1;
        sort(rows, spare, from, half, key, sign);
        sort(rows, spare, half, to, key, sign);
        if (sign * key[rows[half - 1]] <= sign * key[rows[half]]) {
            return;
        }
        System.arraycopy(rows, from, spare, from, to - from);
        int left = from;
        int right = half;
        for (int out = from; out < to; out++) {
            boolean takeLeft = right >= to || (left < half && sign * key[spare[left]] <= sign * key[spare[right]]);
            rows[out] = takeLeft ? spare[left++] : spare[right++];
        }
    }
}

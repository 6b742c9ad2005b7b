package causal.learn;

import java.util.stream.IntStream;

/**
 * The rows of a training set sorted by each feature, computed once per fit so that every tree's split search is a
 * linear scan (the "presorting" of Breiman's CART and of randomForest). Ties keep row order, so the orders, and
 * every tree grown from them, are the same on every run.
 */
final class SortedFeatures {
    private final int[][] orders;
    private final int rows;

    private SortedFeatures(int[][] orders, int rows) {
        this.orders = orders;
        this.rows = rows;
    }

    /** Sorts the rows by each column of {@code x}, the columns in parallel. Not modified: x. */
    static SortedFeatures of(double[][] x) {
        int[][] orders = IntStream.range(0, x.length).parallel().mapToObj(j -> argsort(x[j])).toArray(int[][]::new);
        return new SortedFeatures(orders, x[0].length);
    }

    /**
     * The rows whose {@code weight} is positive, sorted by each feature of {@code x} (the columns this was built
     * from), a fresh copy a tree may rearrange. Not modified: x, weight.
     */
    SortedRows restrictedTo(double[][] x, double[] weight) {
        int kept = 0;
        for (int i = 0; i < rows; i++) {
            if (weight[i] > 0) {
                kept++;
            }
        }
        int[][] order = new int[orders.length][kept];
        double[][] values = new double[orders.length][kept];
        for (int j = 0; j < orders.length; j++) {
            int[] from = orders[j];
            int[] to = order[j];
            double[] column = x[j];
            double[] sorted = values[j];
            int k = 0;
            for (int i = 0; i < rows; i++) {
                int row = from[i];
                if (weight[row] > 0) {
                    to[k] = row;
                    sorted[k++] = column[row];
                }
            }
        }
        return new SortedRows(order, values);
    }

    /** Row indices in increasing order of {@code values}, ties in row order: a bottom-up merge sort. */
    static int[] argsort(double[] values) {
        int n = values.length;
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(values, a, b, lo, mid, hi);
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private static void merge(double[] values, int[] from, int[] to, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            to[k++] = values[from[j]] < values[from[i]] ? from[j++] : from[i++];
        }
        while (i < mid) {
            to[k++] = from[i++];
        }
        while (j < hi) {
            to[k++] = from[j++];
        }
    }
}

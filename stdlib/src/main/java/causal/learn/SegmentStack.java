package causal.learn;

/**
 * Nodes waiting to be grown: node, lo, hi, depth and the feature whose order holds its rows contiguously, then
 * its total weight and weighted target sum. An explicit stack, because a tree grown to purity can be deeper than
 * a thread's call stack allows.
 */
final class SegmentStack {
    private static final int WIDTH = 5;
    private int[] entries = new int[WIDTH * 64];
    private double[] sums = new double[2 * 64];
    private int size;

    void push(int node, int lo, int hi, int depth, int sortedBy, double weight, double sum) {
        if (WIDTH * (size + 1) > entries.length) {
            entries = java.util.Arrays.copyOf(entries, 2 * entries.length);
            sums = java.util.Arrays.copyOf(sums, 2 * sums.length);
        }
        int at = WIDTH * size;
        entries[at] = node;
        entries[at + 1] = lo;
        entries[at + 2] = hi;
        entries[at + 3] = depth;
        entries[at + 4] = sortedBy;
        sums[2 * size] = weight;
        sums[2 * size + 1] = sum;
        size++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int node() {
        return entries[WIDTH * (size - 1)];
    }

    int lo() {
        return entries[WIDTH * (size - 1) + 1];
    }

    int hi() {
        return entries[WIDTH * (size - 1) + 2];
    }

    int depth() {
        return entries[WIDTH * (size - 1) + 3];
    }

    int sortedBy() {
        return entries[WIDTH * (size - 1) + 4];
    }

    double weight() {
        return sums[2 * (size - 1)];
    }

    double sum() {
        return sums[2 * (size - 1) + 1];
    }

    void pop() {
        size--;
    }
}

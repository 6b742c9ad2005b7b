package causal.learn;

/** The nodes grown so far, in the layout of {@link RegressionTree}, in arrays that grow by doubling. */
final class TreeNodes {
    private int size;
    private int[] links = new int[2 * 64];
    private double[] values = new double[64];

    int add() {
        ensure(size + 1);
        links[2 * size] = RegressionTree.LEAF;
        return size++;
    }

    /** Two new leaves side by side, as a split's children must be; returns the first. */
    int addPair() {
        int first = add();
        add();
        return first;
    }

    private void ensure(int capacity) {
        if (capacity > values.length) {
            values = java.util.Arrays.copyOf(values, 2 * values.length);
            links = java.util.Arrays.copyOf(links, 2 * values.length);
        }
    }

    void setLeaf(int node, double value) {
        values[node] = value;
    }

    void split(int node, int feature, double threshold, int left) {
        links[2 * node] = feature;
        links[2 * node + 1] = left;
        values[node] = threshold;
    }

    RegressionTree toTree() {
        return new RegressionTree(java.util.Arrays.copyOf(links, 2 * size), java.util.Arrays.copyOf(values, size));
    }
}

package causal.learn;

/**
 * A binary tree of axis-aligned splits, {@code x_f <= t} going left, stored in two flat arrays so that predicting
 * reads two cache lines per level: {@code links[2k]} is node {@code k}'s feature (or {@link #LEAF}),
 * {@code links[2k + 1]} its left child (the right child is the next node), and {@code values[k]} its threshold, or
 * for a leaf its prediction. Node 0 is the root. Immutable once built by {@link TreeGrower}.
 */
final class RegressionTree {
    static final int LEAF = -1;

    private final int[] links;
    private final double[] values;

    /** Takes ownership of the arrays. */
    RegressionTree(int[] links, double[] values) {
        this.links = links;
        this.values = values;
    }

    /** The value of the leaf that row {@code row} of column-major {@code x} falls in. Not modified: x. */
    double predict(double[][] x, int row) {
        int node = 0;
        int f;
        while ((f = links[2 * node]) != LEAF) {
            int left = links[2 * node + 1];
            node = x[f][row] <= values[node] ? left : left + 1;
        }
        return values[node];
    }

    int nodeCount() {
        return values.length;
    }

    int leafCount() {
        int leaves = 0;
        for (int k = 0; k < values.length; k++) {
            if (links[2 * k] == LEAF) {
                leaves++;
            }
        }
        return leaves;
    }

    /** The longest path from the root to a leaf, in splits. */
    int depth() {
        int[] depthOf = new int[values.length];
        int deepest = 0;
        // Children always come after their parent, so one pass in node order sees every parent first.
        for (int k = 0; k < values.length; k++) {
            if (links[2 * k] != LEAF) {
                int left = links[2 * k + 1];
                depthOf[left] = depthOf[k] + 1;
                depthOf[left + 1] = depthOf[k] + 1;
                deepest = Math.max(deepest, depthOf[k] + 1);
            }
        }
        return deepest;
    }

    /** The feature node {@code k} splits on, or {@link #LEAF}. */
    int feature(int k) {
        return links[2 * k];
    }

    /** Node {@code k}'s threshold, or its prediction if it is a leaf. */
    double value(int k) {
        return values[k];
    }

    int left(int k) {
        return links[2 * k + 1];
    }
}

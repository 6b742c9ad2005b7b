package causal.uplift;

/**
 * One honest causal tree: splits chosen on one half of its subsample, and in each leaf the means of the centred
 * treatment {@code w̃} and outcome {@code ỹ}, and of {@code w̃²} and {@code w̃ỹ}, over the other half (its estimation
 * rows). A node records how many estimation rows its subtree holds; a row reaching a child that holds none goes to
 * the child's sibling instead, which is grf's {@code honesty.prune.leaves = TRUE}: no leaf a prediction lands in is
 * empty.
 */
final class CausalTree {
    static final int W = 0;
    static final int Y = 1;
    static final int WW = 2;
    static final int WY = 3;
    static final int STATISTICS = 4;

    /** The split feature of each node, -1 at a leaf. */
    private final int[] feature;
    private final double[] threshold;
    /** A split's left child (the right one follows it); a leaf's slot in {@link #leafMeans}. */
    private final int[] child;
    /** The estimation rows in each node's subtree. */
    private final int[] count;
    /** {@link #STATISTICS} means per leaf slot. */
    private final double[] leafMeans;

    private CausalTree(int[] feature, double[] threshold, int[] child, int[] count, double[] leafMeans) {
        this.feature = feature;
        this.threshold = threshold;
        this.child = child;
        this.count = count;
        this.leafMeans = leafMeans;
    }

    /**
     * The tree of the given splits ({@code feature} -1 at a leaf, {@code child} a split's left child) with its
     * leaves filled from the {@code estimation} rows: subtree counts, and each leaf's means of {@code w̃}, {@code ỹ},
     * {@code w̃²}, {@code w̃ỹ}. Takes ownership of feature, threshold and child (a leaf's entry becomes its slot).
     * Not modified: x, centredTreatment, centredOutcome, estimation.
     */
    static CausalTree filled(int[] feature, double[] threshold, int[] child, double[][] x, double[] centredTreatment,
            double[] centredOutcome, int[] estimation) {
        int nodes = feature.length;
        int leaves = 0;
        for (int node = 0; node < nodes; node++) {
            if (feature[node] < 0) {
                child[node] = leaves++;
            }
        }
        int[] count = new int[nodes];
        double[] sums = new double[STATISTICS * leaves];
        for (int r : estimation) {
            int node = 0;
            count[0]++;
            while (feature[node] >= 0) {
                node = child[node] + (x[feature[node]][r] <= threshold[node] ? 0 : 1);
                count[node]++;
            }
            double w = centredTreatment[r];
            double y = centredOutcome[r];
            int at = STATISTICS * child[node];
            sums[at + W] += w;
            sums[at + Y] += y;
            sums[at + WW] += w * w;
            sums[at + WY] += w * y;
        }
        for (int node = 0; node < nodes; node++) {
            if (feature[node] < 0 && count[node] > 0) {
                for (int s = 0; s < STATISTICS; s++) {
                    sums[STATISTICS * child[node] + s] /= count[node];
                }
            }
        }
        return new CausalTree(feature, threshold, child, count, sums);
    }

    /** The leaf slot that row {@code row} of {@code x} reaches, skipping children without estimation rows. */
    int leaf(double[][] x, int row) {
        int node = 0;
        while (feature[node] >= 0) {
            int left = child[node];
            int next = x[feature[node]][row] <= threshold[node] ? left : left + 1;
            if (count[next] == 0) {
                next = 2 * left + 1 - next;
            }
            node = next;
        }
        return child[node];
    }

    /** The mean of statistic {@code statistic} ({@link #W}, {@link #Y}, {@link #WW}, {@link #WY}) in a leaf. */
    double mean(int leaf, int statistic) {
        return leafMeans[STATISTICS * leaf + statistic];
    }
}

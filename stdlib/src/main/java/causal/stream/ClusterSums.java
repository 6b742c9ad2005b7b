package causal.stream;

import java.util.Arrays;

/**
 * Vectors of {@code width} sums keyed by a cluster id, in slots numbered by {@link KeyIndex} (first appearance), so
 * that merging in batch order sums over clusters in the same order for any thread count.
 */
final class ClusterSums {
    private final int width;
    private final KeyIndex index = new KeyIndex(1);
    double[] sums;

    ClusterSums(int width) {
        this.width = width;
        this.sums = new double[8 * width];
    }

    /** How many clusters have a slot. */
    int count() {
        return index.count();
    }

    /** The offset of {@code id}'s sums in {@link #sums}, zeros created on first sight. */
    int offset(double id) {
        int slot = index.slot(id);
        if ((slot + 1) * width > sums.length) {
            sums = Arrays.copyOf(sums, 2 * sums.length);
        }
        return slot * width;
    }

    /** The cluster id of slot {@code k}. */
    double key(int k) {
        return index.key(k, 0);
    }

    /** Adds {@code later}'s sums cluster by cluster, its new clusters after this one's. Modifies this. */
    void merge(ClusterSums later) {
        for (int s = 0; s < later.count(); s++) {
            int target = offset(later.index.key(s, 0));
            int source = s * width;
            for (int a = 0; a < width; a++) {
                sums[target + a] += later.sums[source + a];
            }
        }
    }
}

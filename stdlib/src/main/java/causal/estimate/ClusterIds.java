package causal.estimate;

import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.DataLocation;
import causal.data.Table;
import java.util.Arrays;

/** A column's distinct values numbered {@code 0 .. count-1}, for cluster-robust standard errors. */
final class ClusterIds {
    private final int[] ids;
    private final int count;

    private ClusterIds(int[] ids, int count) {
        this.ids = ids;
        this.count = count;
    }

    /** The cluster of each row (not a copy: callers only read it). */
    int[] ids() {
        return ids;
    }

    int count() {
        return count;
    }

    static ClusterIds of(Table table, String name) {
        Column column = table.find(name).orElseThrow(() -> new EstimationException(
                "there is no cluster column " + name + " in " + table.source(), DataLocation.file(table.source())));
        int n = table.rowCount();
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            if (column.isMissing(i)) {
                throw new EstimationException("the cluster column " + name + " is missing in row " + (i + 1),
                        DataLocation.cell(table.source(), i + 1, name));
            }
            key[i] = column instanceof CategoricalColumn c ? c.code(i) : column.numeric(i);
        }
        double[] distinct = Arrays.stream(key).sorted().distinct().toArray();
        if (distinct.length < 2) {
            throw new EstimationException("cluster standard errors need at least 2 clusters; " + name + " has "
                    + distinct.length, DataLocation.column(table.source(), name));
        }
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = Arrays.binarySearch(distinct, key[i]);
        }
        return new ClusterIds(ids, distinct.length);
    }

    /** Ids that are already numbered {@code 0 .. count-1}. Takes ownership of {@code ids}. */
    static ClusterIds numbered(int[] ids, int count) {
        return new ClusterIds(ids, count);
    }
}

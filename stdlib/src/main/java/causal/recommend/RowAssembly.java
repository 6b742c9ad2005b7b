package causal.recommend;

import java.util.Arrays;

/** Builds the by-user {@link SparseRows} from interaction rows in any order, merging repeated pairs. */
final class RowAssembly {
    private RowAssembly() {
    }

    /**
     * The rows grouped by user, items increasing. A repeated pair keeps the latest rating ({@code sum} false) or adds
     * the strengths ({@code sum} true, zero sums dropped). Not modified: the arrays.
     */
    static SparseRows byUser(int userCount, int[] user, int[] item, double[] value, double[] time, boolean sum) {
        int n = user.length;
        int[] offsets = new int[userCount + 1];
        for (int u : user) {
            offsets[u + 1]++;
        }
        for (int u = 0; u < userCount; u++) {
            offsets[u + 1] += offsets[u];
        }
        // Item in the high half, row in the low half: sorting a user's segment orders by item, then by row.
        long[] packed = new long[n];
        int[] next = Arrays.copyOf(offsets, userCount);
        for (int r = 0; r < n; r++) {
            packed[next[user[r]]++] = ((long) item[r] << 32) | r;
        }
        int[] outOffsets = new int[userCount + 1];
        int[] outItems = new int[n];
        double[] outValues = new double[n];
        double[] outTimes = time == null ? null : new double[n];
        int out = 0;
        for (int u = 0; u < userCount; u++) {
            Arrays.sort(packed, offsets[u], offsets[u + 1]);
            int p = offsets[u];
            while (p < offsets[u + 1]) {
                int itemIndex = (int) (packed[p] >>> 32);
                int q = p;
                int latest = (int) packed[p];
                double total = 0;
                while (q < offsets[u + 1] && (int) (packed[q] >>> 32) == itemIndex) {
                    int r = (int) packed[q];
                    total += value[r];
                    if (time == null ? r > latest : time[r] >= time[latest]) {
                        latest = r;
                    }
                    q++;
                }
                double merged = sum ? total : value[latest];
                if (!sum || merged > 0) {
                    outItems[out] = itemIndex;
                    outValues[out] = merged;
                    if (outTimes != null) {
                        outTimes[out] = time[latest];
                    }
                    out++;
                }
                p = q;
            }
            outOffsets[u + 1] = out;
        }
        return new SparseRows(outOffsets, Arrays.copyOf(outItems, out), Arrays.copyOf(outValues, out),
                outTimes == null ? null : Arrays.copyOf(outTimes, out));
    }
}

package causal.graph;

import java.util.Arrays;

/** Adjacency lists packed into two arrays: row v is {@code index[start[v]] .. index[start[v + 1] - 1]}. */
final class CompressedRows {
    private final int[] start;
    private final int[] index;

    private CompressedRows(int[] start, int[] index) {
        this.start = start;
        this.index = index;
    }

    /** Packs the rows, each sorted by the rank of its entries (rank[v] is v's position in name order). */
    static CompressedRows of(int[][] rows, int[] rank) {
        int[] start = new int[rows.length + 1];
        for (int v = 0; v < rows.length; v++) {
            start[v + 1] = start[v] + rows[v].length;
        }
        int[] index = new int[start[rows.length]];
        long[] keyed = new long[0];
        for (int v = 0; v < rows.length; v++) {
            // Sort by rank without boxing: rank in the high half, node in the low half.
            keyed = rows[v].length > keyed.length ? new long[rows[v].length] : keyed;
            for (int k = 0; k < rows[v].length; k++) {
                keyed[k] = ((long) rank[rows[v][k]] << 32) | rows[v][k];
            }
            Arrays.sort(keyed, 0, rows[v].length);
            for (int k = 0; k < rows[v].length; k++) {
                index[start[v] + k] = (int) keyed[k];
            }
        }
        return new CompressedRows(start, index);
    }

    /** The rows of the reversed relation: children from parents. */
    static int[][] transpose(int[][] rows) {
        int[] count = new int[rows.length];
        for (int[] row : rows) {
            for (int w : row) {
                count[w]++;
            }
        }
        int[][] result = new int[rows.length][];
        for (int v = 0; v < rows.length; v++) {
            result[v] = new int[count[v]];
            count[v] = 0;
        }
        for (int v = 0; v < rows.length; v++) {
            for (int w : rows[v]) {
                result[w][count[w]++] = v;
            }
        }
        return result;
    }

    int start(int v) {
        return start[v];
    }

    int end(int v) {
        return start[v + 1];
    }

    int at(int k) {
        return index[k];
    }
}

package causal.recommend;

import java.util.Arrays;

/**
 * A sparse matrix in compressed sparse row form (CSR): row r holds the entries {@code start(r) … end(r) − 1}, each a
 * column index (increasing within the row), a value and, optionally, a time. By user, the rows are users and the
 * columns items; by item, the other way round. Immutable: the arrays never leave the package.
 */
public final class SparseRows {
    final int[] offsets;
    final int[] columns;
    final double[] values;
    final double[] times;

    /** Takes ownership of the arrays; {@code times} may be null. */
    SparseRows(int[] offsets, int[] columns, double[] values, double[] times) {
        this.offsets = offsets;
        this.columns = columns;
        this.values = values;
        this.times = times;
    }

    public int rowCount() {
        return offsets.length - 1;
    }

    /** The number of stored entries. */
    public int size() {
        return columns.length;
    }

    public int start(int row) {
        return offsets[row];
    }

    public int end(int row) {
        return offsets[row + 1];
    }

    public int length(int row) {
        return offsets[row + 1] - offsets[row];
    }

    /** The column of entry {@code p}. */
    public int column(int p) {
        return columns[p];
    }

    public double value(int p) {
        return values[p];
    }

    public boolean hasTimes() {
        return times != null;
    }

    /** The time of entry {@code p}; only when {@link #hasTimes()}. */
    public double time(int p) {
        return times[p];
    }

    /** The position of entry (row, column), or −1 when the row has no such column: a binary search. */
    public int position(int row, int column) {
        int p = Arrays.binarySearch(columns, offsets[row], offsets[row + 1], column);
        return p >= 0 ? p : -1;
    }

    /** The mean of each row's values; 0 for an empty row. */
    double[] rowMeans() {
        double[] means = new double[rowCount()];
        for (int r = 0; r < means.length; r++) {
            double sum = 0;
            for (int p = offsets[r]; p < offsets[r + 1]; p++) {
                sum += values[p];
            }
            means[r] = length(r) == 0 ? 0 : sum / length(r);
        }
        return means;
    }

    /** The same entries with rows and columns swapped ({@code columnCount} rows); columns stay increasing. */
    SparseRows transpose(int columnCount) {
        int[] newOffsets = new int[columnCount + 1];
        for (int column : columns) {
            newOffsets[column + 1]++;
        }
        for (int c = 0; c < columnCount; c++) {
            newOffsets[c + 1] += newOffsets[c];
        }
        int[] next = Arrays.copyOf(newOffsets, columnCount);
        int[] newColumns = new int[columns.length];
        double[] newValues = new double[columns.length];
        double[] newTimes = times == null ? null : new double[columns.length];
        for (int r = 0; r < rowCount(); r++) {
            for (int p = offsets[r]; p < offsets[r + 1]; p++) {
                int q = next[columns[p]]++;
                newColumns[q] = r;
                newValues[q] = values[p];
                if (newTimes != null) {
                    newTimes[q] = times[p];
                }
            }
        }
        return new SparseRows(newOffsets, newColumns, newValues, newTimes);
    }

    /** The entries {@code p} with {@code keep[p]}, same rows. Not modified: keep. */
    SparseRows subset(boolean[] keep) {
        int[] newOffsets = new int[offsets.length];
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        int[] newColumns = new int[kept];
        double[] newValues = new double[kept];
        double[] newTimes = times == null ? null : new double[kept];
        int q = 0;
        for (int r = 0; r < rowCount(); r++) {
            for (int p = offsets[r]; p < offsets[r + 1]; p++) {
                if (keep[p]) {
                    newColumns[q] = columns[p];
                    newValues[q] = values[p];
                    if (newTimes != null) {
                        newTimes[q] = times[p];
                    }
                    q++;
                }
            }
            newOffsets[r + 1] = q;
        }
        return new SparseRows(newOffsets, newColumns, newValues, newTimes);
    }
}

package causal.stream;

import java.util.Collections;
import java.util.List;

/**
 * A batch of consecutive rows as primitive columns: column {@code j} holds the values of {@code names().get(j)} in
 * {@code column(j)[start() .. start() + rows() - 1]}. Missing values are NaN, booleans 0/1, categorical values their
 * level codes, whose text {@link #levels(int)} gives. The arrays may be views of a larger array (an
 * {@link ArraySource} hands out slices without copying), so they are never modified: not by the source once the
 * batch is handed out, and not by whoever reads it.
 */
public final class RowBatch {
    private final String source;
    private final List<String> names;
    private final double[][] columns;
    private final int start;
    private final int rows;
    private final long firstRow;
    private final List<List<String>> levels;

    /**
     * Rows {@code start .. start + rows - 1} of each of {@code columns}, named {@code names}, of the data called
     * {@code source}; {@code firstRow} is the 0-based position of the batch's first row in its source (row numbers in
     * messages count from it). The arrays are referenced, not copied. No column has level names.
     */
    public RowBatch(String source, List<String> names, double[][] columns, int start, int rows, long firstRow) {
        this(source, names, columns, start, rows, firstRow, Collections.nCopies(names.size(), List.of()));
    }

    /**
     * As {@link #RowBatch(String, List, double[][], int, int, long)}, with {@code levels.get(j)} the text of the codes
     * of categorical column {@code j} known when the batch was cut (at least every code it holds; empty for other
     * columns). The lists are referenced, not copied, and must not change.
     */
    public RowBatch(String source, List<String> names, double[][] columns, int start, int rows, long firstRow,
                    List<List<String>> levels) {
        this.source = source;
        this.names = List.copyOf(names);
        if (columns.length != this.names.size()) {
            throw new IllegalArgumentException(columns.length + " columns but " + this.names.size() + " names");
        }
        if (start < 0 || rows < 0 || firstRow < 0) {
            throw new IllegalArgumentException("a batch starts at an index of at least 0 and has at least 0 rows");
        }
        for (int j = 0; j < columns.length; j++) {
            if (columns[j].length < start + rows) {
                throw new IllegalArgumentException("column " + this.names.get(j) + " has " + columns[j].length
                        + " values, fewer than the batch's last index " + (start + rows));
            }
        }
        this.columns = columns.clone();
        this.start = start;
        this.rows = rows;
        this.firstRow = firstRow;
        if (levels.size() != this.names.size()) {
            throw new IllegalArgumentException(levels.size() + " level lists but " + this.names.size() + " names");
        }
        this.levels = List.copyOf(levels);
    }

    /** The name of the data the batch comes from, for messages. */
    public String source() {
        return source;
    }

    public List<String> names() {
        return names;
    }

    /** How many rows the batch holds. */
    public int rows() {
        return rows;
    }

    /** The index of the batch's first row in each column array. */
    public int start() {
        return start;
    }

    /** The 0-based position of the batch's first row in its source. */
    public long firstRow() {
        return firstRow;
    }

    /** The backing array of column {@code j} (not a copy, read only; the batch's rows begin at {@link #start()}). */
    public double[] column(int j) {
        return columns[j];
    }

    /** The position of {@code name} among the batch's columns. */
    public int index(String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new StreamException("the batch has no column " + name + "; it has " + String.join(", ", names));
        }
        return j;
    }

    /** The text of categorical column {@code j}'s codes (code k is {@code levels(j).get(k)}); empty for others. */
    public List<String> levels(int j) {
        return levels.get(j);
    }

    /** The value of column {@code j} in the batch's {@code row}-th row (0-based within the batch). */
    public double value(int j, int row) {
        return columns[j][start + row];
    }
}

package causal.data.sql;

import causal.data.ColumnType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A batch of consecutive rows of a query's result, column by column in primitive arrays, as
 * {@link DuckDbEngine#forEachBatch} hands it out. The arrays are reused for the next batch: a consumer reads them
 * during its call and copies what it keeps. Only the first {@link #rowCount()} entries of an array belong to the
 * batch.
 *
 * <p>Numeric and boolean columns come as doubles ({@link #values}): numbers as they are, booleans as 1 and 0, and
 * NaN where a value is missing — the convention of {@link causal.data.Column#numeric(int)}, so a NaN in the data is
 * missing too. Categorical columns come as codes ({@link #codes}) indexing {@link #levels}, −1 where missing;
 * the levels are in order of first appearance in the stream (not sorted, unlike a {@link causal.data.Table}), and a
 * code keeps its meaning in every later batch.
 */
public final class ColumnBatch {
    private final List<String> names;
    private final ColumnType[] types;
    private final double[][] values;
    private final int[][] codes;
    private final List<List<String>> levels;
    private int rowCount;
    private long firstRow;

    ColumnBatch(List<ResultColumn> columns, int capacity) {
        int n = columns.size();
        names = columns.stream().map(ResultColumn::name).toList();
        types = new ColumnType[n];
        values = new double[n][];
        codes = new int[n][];
        List<List<String>> levelLists = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            types[j] = columns.get(j).type();
            if (types[j] == ColumnType.CATEGORICAL) {
                codes[j] = new int[capacity];
            } else {
                values[j] = new double[capacity];
            }
            levelLists.add(new ArrayList<>());
        }
        levels = levelLists;
    }

    /** The number of rows in this batch (at least 1). */
    public int rowCount() {
        return rowCount;
    }

    /** The 0-based position of this batch's first row in the whole result. */
    public long firstRow() {
        return firstRow;
    }

    public List<String> columnNames() {
        return names;
    }

    /** The position of column {@code name} in {@link #columnNames()}, −1 when there is none. */
    public int columnIndex(String name) {
        return names.indexOf(name);
    }

    public ColumnType type(int column) {
        return types[column];
    }

    /**
     * The values of numeric or boolean {@code column} (booleans as 1/0), NaN where missing. Not a copy: read-only,
     * overwritten by the next batch. Throws {@link IllegalStateException} for a categorical column.
     */
    public double[] values(int column) {
        if (values[column] == null) {
            throw new IllegalStateException("column " + names.get(column) + " is categorical: use codes()");
        }
        return values[column];
    }

    /**
     * The level codes of categorical {@code column}, −1 where missing. Not a copy: read-only, overwritten by the
     * next batch. Throws {@link IllegalStateException} for a numeric or boolean column.
     */
    public int[] codes(int column) {
        if (codes[column] == null) {
            throw new IllegalStateException("column " + names.get(column) + " is " + types[column] + ": use values()");
        }
        return codes[column];
    }

    /** The levels of categorical {@code column} seen so far, in order of first appearance; a read-only view. */
    public List<String> levels(int column) {
        return Collections.unmodifiableList(levels.get(column));
    }

    double[] valuesToFill(int column) {
        return values[column];
    }

    int[] codesToFill(int column) {
        return codes[column];
    }

    /** The level list that {@link BatchReader} appends new levels to. */
    List<String> levelsToFill(int column) {
        return levels.get(column);
    }

    void setRows(long first, int count) {
        firstRow = first;
        rowCount = count;
    }
}

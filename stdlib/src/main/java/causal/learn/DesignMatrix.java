package causal.learn;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.NumericColumn;
import causal.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The regressors of a linear or logistic model: an intercept, then each term as R's {@code model.matrix} would
 * expand it (numeric as is, boolean as 0/1, categorical as one dummy per level present in the data except the
 * first). The values are read block by block from the table's columns, never copied whole, so a fit on ten million
 * rows needs a few kilobytes of buffer.
 */
public final class DesignMatrix {
    /** Rows per block: big enough to amortise the per-column call, small enough to stay in cache. */
    public static final int BLOCK_ROWS = 1024;
    public static final String INTERCEPT = "(intercept)";

    private final List<String> names;
    private final List<ColumnFeed> feeds;
    private final int rows;

    private DesignMatrix(List<String> names, List<ColumnFeed> feeds, int rows) {
        this.names = List.copyOf(names);
        this.feeds = List.copyOf(feeds);
        this.rows = rows;
    }

    /**
     * An intercept followed by {@code terms}, columns of {@code table}. A categorical term {@code race} with levels
     * black, hispan, white present becomes {@code race=hispan} and {@code race=white}. Not modified: table.
     */
    public static DesignMatrix of(Table table, List<String> terms) {
        List<String> names = new ArrayList<>();
        List<ColumnFeed> feeds = new ArrayList<>();
        names.add(INTERCEPT);
        feeds.add(new ColumnFeed.Ones());
        for (String term : terms) {
            Column column = table.column(term);
            if (column instanceof NumericColumn numeric) {
                names.add(term);
                feeds.add(new ColumnFeed.Numeric(numeric));
            } else if (column instanceof BooleanColumn flag) {
                names.add(term);
                feeds.add(new ColumnFeed.Flag(flag));
            } else if (column instanceof CategoricalColumn categorical) {
                addDummies(categorical, names, feeds);
            }
        }
        return new DesignMatrix(names, feeds, table.rowCount());
    }

    /** A design of the given columns as they are (add a column of ones for an intercept). Takes ownership of the arrays. */
    public static DesignMatrix ofColumns(List<String> names, double[][] columns) {
        if (names.size() != columns.length || columns.length == 0) {
            throw new IllegalArgumentException("need one name per column and at least one column");
        }
        int rows = columns[0].length;
        List<ColumnFeed> feeds = new ArrayList<>();
        for (double[] c : columns) {
            if (c.length != rows) {
                throw new IllegalArgumentException("columns differ in length");
            }
            feeds.add(new ColumnFeed.Values(c));
        }
        return new DesignMatrix(names, feeds, rows);
    }

    // Levels that never occur would give an all-zero dummy (R's lm reports NA for it); we leave them out instead.
    private static void addDummies(CategoricalColumn column, List<String> names, List<ColumnFeed> feeds) {
        boolean[] present = new boolean[column.levels().size()];
        for (int i = 0; i < column.size(); i++) {
            int code = column.code(i);
            if (code >= 0) {
                present[code] = true;
            }
        }
        boolean first = true;
        for (int code = 0; code < present.length; code++) {
            if (!present[code]) {
                continue;
            }
            if (first) {
                first = false;
                continue;
            }
            names.add(column.name() + "=" + column.levels().get(code));
            feeds.add(new ColumnFeed.Dummy(column, code));
        }
    }

    public List<String> names() {
        return names;
    }

    /**
     * Whether {@code other} has the same columns: the same names, each read from the same column object (or array)
     * of the same table, so the same numbers without comparing them. Columns are immutable.
     */
    public boolean sameColumnsAs(DesignMatrix other) {
        return rows == other.rows && names.equals(other.names) && feeds.equals(other.feeds);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return names.size();
    }

    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** Writes rows {@code from .. from + length - 1} column-major into {@code block[j][0 .. length - 1]}. Modifies block. */
    public void fill(int from, int length, double[][] block) {
        for (int j = 0; j < feeds.size(); j++) {
            feeds.get(j).fill(from, length, block[j]);
        }
    }

    /** A new block buffer: one array of {@link #BLOCK_ROWS} per column, plus {@code extra} more. */
    public double[][] newBlock(int extra) {
        return new double[columns() + extra][BLOCK_ROWS];
    }

    /** The same design with every column computed once into an array: for designs that are read many times. */
    public DesignMatrix materialized() {
        double[][] columns = new double[columns()][];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = column(j);
        }
        return ofColumns(names, columns);
    }

    /** A copy of column {@code j}. */
    public double[] column(int j) {
        double[] out = new double[rows];
        double[] buffer = new double[BLOCK_ROWS];
        for (int from = 0; from < rows; from += BLOCK_ROWS) {
            int length = Math.min(BLOCK_ROWS, rows - from);
            feeds.get(j).fill(from, length, buffer);
            System.arraycopy(buffer, 0, out, from, length);
        }
        return out;
    }

    /** The linear predictor {@code X·beta} for every row. */
    public double[] times(double[] beta) {
        double[] out = new double[rows];
        double[][] block = newBlock(0);
        for (int from = 0; from < rows; from += BLOCK_ROWS) {
            int length = Math.min(BLOCK_ROWS, rows - from);
            fill(from, length, block);
            for (int j = 0; j < beta.length; j++) {
                double b = beta[j];
                double[] x = block[j];
                for (int i = 0; i < length; i++) {
                    out[from + i] += b * x[i];
                }
            }
        }
        return out;
    }
}

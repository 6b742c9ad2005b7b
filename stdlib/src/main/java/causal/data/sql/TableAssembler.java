package causal.data.sql;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.ColumnType;
import causal.data.DataException;
import causal.data.DataLocation;
import causal.data.NumericColumn;
import causal.data.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Appends {@link ColumnBatch}es into growing primitive arrays and finishes them as a {@link Table}, with the same
 * conventions as the CSV reader: NaN and NULL are missing, and a categorical column's levels are sorted in String
 * order (so a table reads the same from a CSV file and from DuckDB).
 */
final class TableAssembler {
    /** The largest array the JVM reliably allocates. */
    private static final int MAX_ROWS = Integer.MAX_VALUE - 8;
    private static final int INITIAL_CAPACITY = 1024;

    private final List<ResultColumn> columns;
    private final String source;
    private final double[][] values;
    private final int[][] codes;
    /** The latest batch: its level lists grow with the stream, so at the end they hold every level. */
    private ColumnBatch last;
    private int rows;
    private int capacity = INITIAL_CAPACITY;

    TableAssembler(List<ResultColumn> columns, String source) {
        this.columns = columns;
        this.source = source;
        values = new double[columns.size()][];
        codes = new int[columns.size()][];
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j).type() == ColumnType.CATEGORICAL) {
                codes[j] = new int[INITIAL_CAPACITY];
            } else {
                values[j] = new double[INITIAL_CAPACITY];
            }
        }
    }

    void append(ColumnBatch batch) {
        int count = batch.rowCount();
        if (count > MAX_ROWS - rows) {
            throw new DataException("the result has more than " + MAX_ROWS + " rows, more than a table in memory "
                    + "can hold; filter it with where, or use an estimator that streams", DataLocation.file(source));
        }
        ensureCapacity(rows + count);
        for (int j = 0; j < columns.size(); j++) {
            if (codes[j] != null) {
                System.arraycopy(batch.codes(j), 0, codes[j], rows, count);
            } else {
                System.arraycopy(batch.values(j), 0, values[j], rows, count);
            }
        }
        last = batch;
        rows += count;
    }

    Table table() {
        List<Column> built = new ArrayList<>(columns.size());
        for (int j = 0; j < columns.size(); j++) {
            String name = columns.get(j).name();
            built.add(switch (columns.get(j).type()) {
                case NUMERIC -> NumericColumn.of(name, Arrays.copyOf(values[j], rows));
                case BOOLEAN -> booleanColumn(name, values[j]);
                case CATEGORICAL -> categoricalColumn(name, codes[j], last == null ? List.of() : last.levels(j));
            });
        }
        return Table.of(source, rows, built);
    }

    private BooleanColumn booleanColumn(String name, double[] flags) {
        BitSet trues = new BitSet(rows);
        BitSet missing = new BitSet(rows);
        for (int i = 0; i < rows; i++) {
            if (Double.isNaN(flags[i])) {
                missing.set(i);
            } else if (flags[i] == 1.0) {
                trues.set(i);
            }
        }
        return new BooleanColumn(name, trues, missing, rows);
    }

    /** Renumbers codes given in order of first appearance to the sorted order of their levels. */
    private CategoricalColumn categoricalColumn(String name, int[] firstSeenCodes, List<String> firstSeenLevels) {
        Integer[] bySortedLevel = new Integer[firstSeenLevels.size()];
        for (int i = 0; i < bySortedLevel.length; i++) {
            bySortedLevel[i] = i;
        }
        Arrays.sort(bySortedLevel, (a, b) -> firstSeenLevels.get(a).compareTo(firstSeenLevels.get(b)));
        List<String> sorted = new ArrayList<>(bySortedLevel.length);
        int[] sortedCode = new int[bySortedLevel.length];
        for (int i = 0; i < bySortedLevel.length; i++) {
            sorted.add(firstSeenLevels.get(bySortedLevel[i]));
            sortedCode[bySortedLevel[i]] = i;
        }
        int[] result = Arrays.copyOf(firstSeenCodes, rows);
        for (int i = 0; i < rows; i++) {
            if (result[i] >= 0) {
                result[i] = sortedCode[result[i]];
            }
        }
        return new CategoricalColumn(name, result, sorted);
    }

    private void ensureCapacity(int needed) {
        if (needed <= capacity) {
            return;
        }
        int grown = (int) Math.min(MAX_ROWS, Math.max(needed, 2L * capacity));
        for (int j = 0; j < columns.size(); j++) {
            if (codes[j] != null) {
                codes[j] = Arrays.copyOf(codes[j], grown);
            } else {
                values[j] = Arrays.copyOf(values[j], grown);
            }
        }
        capacity = grown;
    }
}

package causal.stream;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.DataLocation;
import causal.data.NumericColumn;
import causal.data.Schema;
import causal.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An in-memory {@link Table} read in batches: each batch copies its rows of the requested columns into fresh arrays
 * (numeric as they are, booleans as 0/1, categorical as level codes with the table's levels, missing as NaN), so at
 * most a few batches are duplicated at a time. For arrays that can be shared without copying, see
 * {@link ArraySource}.
 */
public final class TableSource implements BatchSource {
    /** Rows per batch: 512 KB per column, enough to amortise the per-batch work. */
    public static final int DEFAULT_BATCH_ROWS = 65_536;

    private final Table table;
    private final int batchRows;

    private TableSource(Table table, int batchRows) {
        this.table = table;
        this.batchRows = batchRows;
    }

    /** The table in batches of {@link #DEFAULT_BATCH_ROWS} rows. Not modified: table. */
    public static TableSource of(Table table) {
        return of(table, DEFAULT_BATCH_ROWS);
    }

    /** The table in batches of {@code batchRows} rows (at least 1). Not modified: table. */
    public static TableSource of(Table table, int batchRows) {
        if (batchRows < 1) {
            throw new StreamException("a batch needs at least 1 row, not " + batchRows);
        }
        return new TableSource(table, batchRows);
    }

    @Override
    public String name() {
        return table.source();
    }

    @Override
    public Schema schema() {
        return table.schema();
    }

    @Override
    public void forEach(List<String> columns, Consumer<RowBatch> action) {
        Column[] read = new Column[columns.size()];
        for (int j = 0; j < read.length; j++) {
            String name = columns.get(j);
            read[j] = table.find(name).orElseThrow(() -> new StreamException("there is no column " + name + " in "
                    + table.source(), DataLocation.file(table.source())));
        }
        List<List<String>> levels = new ArrayList<>();
        for (Column c : read) {
            levels.add(c instanceof CategoricalColumn categorical ? categorical.levels() : List.of());
        }
        int n = table.rowCount();
        for (int from = 0; from < n; from += batchRows) {
            int rows = Math.min(batchRows, n - from);
            double[][] values = new double[read.length][];
            for (int j = 0; j < read.length; j++) {
                values[j] = copy(read[j], from, rows);
            }
            action.accept(new RowBatch(table.source(), columns, values, 0, rows, from, levels));
        }
    }

    private static double[] copy(Column column, int from, int rows) {
        double[] out = new double[rows];
        if (column instanceof NumericColumn numeric) {
            for (int i = 0; i < rows; i++) {
                out[i] = numeric.get(from + i);
            }
        } else if (column instanceof BooleanColumn flag) {
            for (int i = 0; i < rows; i++) {
                out[i] = flag.numeric(from + i);
            }
        } else if (column instanceof CategoricalColumn categorical) {
            for (int i = 0; i < rows; i++) {
                int code = categorical.code(from + i);
                out[i] = code < 0 ? Double.NaN : code;
            }
        }
        return out;
    }
}

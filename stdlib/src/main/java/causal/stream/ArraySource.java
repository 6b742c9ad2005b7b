package causal.stream;

import causal.data.ColumnType;
import causal.data.DataLocation;
import causal.data.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Numeric columns held as {@code double[]} arrays, read in batches that are views of the arrays: nothing is copied,
 * so a pass reads each value once from memory. The arrays are taken over, not copied, and must not change while the
 * source is in use. Missing values are NaN.
 */
public final class ArraySource implements BatchSource {
    private final String name;
    private final List<String> names;
    private final double[][] columns;
    private final int rows;
    private final int batchRows;

    private ArraySource(String name, List<String> names, double[][] columns, int rows, int batchRows) {
        this.name = name;
        this.names = names;
        this.columns = columns;
        this.rows = rows;
        this.batchRows = batchRows;
    }

    /**
     * Columns {@code names} with values {@code columns} (equal lengths), in batches of {@code batchRows} rows. Takes
     * ownership of the arrays.
     */
    public static ArraySource of(String name, List<String> names, List<double[]> columns, int batchRows) {
        if (names.size() != columns.size() || names.isEmpty()) {
            throw new StreamException("an array source needs one name per column and at least one column");
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new StreamException("the column names of " + name + " repeat: " + String.join(", ", names));
        }
        if (batchRows < 1) {
            throw new StreamException("a batch needs at least 1 row, not " + batchRows);
        }
        int rows = columns.get(0).length;
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j).length != rows) {
                throw new StreamException("column " + names.get(j) + " of " + name + " has " + columns.get(j).length
                        + " values, not " + rows + " as " + names.get(0));
            }
        }
        return new ArraySource(name, List.copyOf(names), columns.toArray(new double[0][]), rows, batchRows);
    }

    /** How many rows each pass reads. */
    public int rowCount() {
        return rows;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Schema schema() {
        List<Schema.Field> fields = new ArrayList<>();
        for (String n : names) {
            fields.add(new Schema.Field(n, ColumnType.NUMERIC));
        }
        return new Schema(fields);
    }

    @Override
    public void forEach(List<String> wanted, Consumer<RowBatch> action) {
        double[][] read = new double[wanted.size()][];
        for (int j = 0; j < read.length; j++) {
            int at = names.indexOf(wanted.get(j));
            if (at < 0) {
                throw new StreamException("there is no column " + wanted.get(j) + " in " + name,
                        DataLocation.file(name));
            }
            read[j] = columns[at];
        }
        for (int from = 0; from < rows; from += batchRows) {
            action.accept(new RowBatch(name, wanted, read, from, Math.min(batchRows, rows - from), from));
        }
    }
}

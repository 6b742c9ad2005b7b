package causal.data.sql;

import causal.data.ColumnType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves the rows of a JDBC result into a {@link ColumnBatch}, one batch at a time, without boxing: numbers through
 * {@code getDouble}/{@code wasNull}, booleans through {@code getBoolean}, categories through {@code getString} and a
 * dictionary, so each distinct text is kept once. The result's columns are in the order of {@code columns}, already
 * converted by {@link ResultColumn#selectExpression()}.
 */
final class BatchReader {
    private static final int NUMBER = 0;
    private static final int FLAG = 1;
    private static final int TEXT = 2;

    private final ResultSet result;
    private final ColumnBatch batch;
    private final int capacity;
    private final int[] kinds;
    private final List<Map<String, Integer>> dictionaries;
    private long rowsRead;

    BatchReader(ResultSet result, List<ResultColumn> columns, int capacity) {
        this.result = result;
        this.capacity = capacity;
        this.batch = new ColumnBatch(columns, capacity);
        kinds = new int[columns.size()];
        for (int j = 0; j < kinds.length; j++) {
            ColumnType type = columns.get(j).type();
            kinds[j] = type == ColumnType.NUMERIC ? NUMBER : type == ColumnType.BOOLEAN ? FLAG : TEXT;
        }
        dictionaries = new ArrayList<>(columns.size());
        for (int j = 0; j < kinds.length; j++) {
            dictionaries.add(new HashMap<>());
        }
    }

    /** The next batch, or {@code null} when the result has no more rows. The same object every time. */
    ColumnBatch next() throws SQLException {
        int row = 0;
        while (row < capacity && result.next()) {
            readRow(row++);
        }
        if (row == 0) {
            return null;
        }
        batch.setRows(rowsRead, row);
        rowsRead += row;
        return batch;
    }

    private void readRow(int row) throws SQLException {
        for (int j = 0; j < kinds.length; j++) {
            int index = j + 1;
            switch (kinds[j]) {
                case NUMBER -> {
                    double value = result.getDouble(index);
                    batch.valuesToFill(j)[row] = result.wasNull() ? Double.NaN : value;
                }
                case FLAG -> {
                    boolean value = result.getBoolean(index);
                    batch.valuesToFill(j)[row] = result.wasNull() ? Double.NaN : value ? 1.0 : 0.0;
                }
                default -> {
                    String value = result.getString(index);
                    batch.codesToFill(j)[row] = value == null ? -1 : code(j, value);
                }
            }
        }
    }

    private int code(int column, String value) {
        Map<String, Integer> dictionary = dictionaries.get(column);
        Integer code = dictionary.get(value);
        if (code == null) {
            code = dictionary.size();
            dictionary.put(value, code);
            batch.levelsToFill(column).add(value);
        }
        return code;
    }
}

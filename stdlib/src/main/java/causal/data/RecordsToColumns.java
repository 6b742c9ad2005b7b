package causal.data;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;

import java.util.ArrayList;
import java.util.List;

/**
 * The FastCSV callback of the CSV reader's main pass: the first record is the header, every later field goes
 * straight from the parser's buffer into its {@link ColumnBuilder}, so no record object or per-cell String is made.
 */
final class RecordsToColumns extends AbstractBaseCsvCallbackHandler<RecordsToColumns> {
    private final String displayName;
    private final List<String> headerCells = new ArrayList<>();
    private List<String> header;
    private ColumnBuilder[] columns;
    private int rows;

    RecordsToColumns(String displayName) {
        this.displayName = displayName;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
        if (columns == null) {
            headerCells.add(new String(buffer, offset, length));
        } else if (index < columns.length) {
            columns[index].add(buffer, offset, offset + length, getStartingLineNumber());
        }
    }

    @Override
    protected RecordsToColumns buildRecord() {
        if (getRecordType() != RecordType.DATA) {
            return this;
        }
        if (columns == null) {
            header = Header.names(headerCells, displayName, getStartingLineNumber());
            columns = new ColumnBuilder[header.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = new ColumnBuilder(header.get(i));
            }
            return this;
        }
        rows++;
        if (getFieldCount() != columns.length) {
            throw new DataException("row " + rows + " has " + getFieldCount()
                    + (getFieldCount() == 1 ? " field" : " fields") + " but the header has " + columns.length
                    + (columns.length == 1 ? " column" : " columns"),
                    DataLocation.row(displayName, rows, getStartingLineNumber()));
        }
        return this;
    }

    boolean hasHeader() {
        return header != null;
    }

    /** The column names; only after the header was read. */
    List<String> header() {
        return header;
    }

    List<ColumnBuilder> columns() {
        return List.of(columns);
    }

    int rowCount() {
        return rows;
    }
}

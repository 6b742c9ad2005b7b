package causal.data;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;

import java.util.List;

/**
 * The FastCSV callback of the CSV reader's second pass: re-reads the leading rows of the text columns that began
 * with numbers or booleans, and stops once it has them all.
 */
final class EarlyTexts extends AbstractBaseCsvCallbackHandler<EarlyTexts> {
    private final ColumnBuilder[] byIndex;
    private final int rowsNeeded;
    /** The data row being read; −1 while reading the header. */
    private int row = -1;

    /** For {@code columns} in file order; only those with {@link ColumnBuilder#needsTextBefore()} are filled. */
    EarlyTexts(List<ColumnBuilder> columns) {
        byIndex = new ColumnBuilder[columns.size()];
        int needed = 0;
        for (int i = 0; i < byIndex.length; i++) {
            int before = columns.get(i).needsTextBefore();
            if (before > 0) {
                byIndex[i] = columns.get(i);
                needed = Math.max(needed, before);
            }
        }
        rowsNeeded = needed;
    }

    boolean done() {
        return row >= rowsNeeded;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
        if (row >= 0 && index < byIndex.length && byIndex[index] != null) {
            byIndex[index].addEarlyText(row, buffer, offset, offset + length);
        }
    }

    @Override
    protected EarlyTexts buildRecord() {
        if (getRecordType() == RecordType.DATA) {
            row++;
        }
        return this;
    }
}

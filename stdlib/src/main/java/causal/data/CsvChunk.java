package causal.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;

/**
 * The data records of a CSV file that start in {@code [from, to)}; the last may run past {@code to}, and
 * {@link #end()} is where the next one starts. Read twice: {@link #scan} finds the records (how many, the lines they
 * take, where they end, the first failure) and {@link #read} parses their cells into one {@link ColumnPart} per
 * column, once the rows before the chunk are known. A chunk scanned from a wrong start (inside a quoted field) is
 * harmless: {@link CsvBody} keeps only a chunk that starts where the one before ended.
 */
final class CsvChunk implements CsvScanner.Sink {
    private final long from;
    private final int columns;
    private final int bufferSize;
    private int rows;
    private long lines;
    private long end;
    private CsvFailure failure;
    private CsvScanner scanner;
    private ColumnPart[] parts;

    private CsvChunk(long from, int columns, int bufferSize) {
        this.from = from;
        this.columns = columns;
        this.bufferSize = bufferSize;
    }

    /**
     * Finds the records that start in {@code [from, to)} of {@code channel}'s file, each to have {@code columns}
     * fields, stopping at the first that fails ({@link #failure()}).
     */
    static CsvChunk scan(FileChannel channel, long from, long to, int columns, int bufferSize) {
        CsvChunk chunk = new CsvChunk(from, columns, bufferSize);
        chunk.scanRecords(channel, to);
        return chunk;
    }

    private void scanRecords(FileChannel channel, long to) {
        CsvScanner records = new CsvScanner(channel, from, bufferSize, false);
        try {
            while (records.offset() < to) {
                CsvScanner.Record record = records.skip();
                if (record == CsvScanner.Record.END) {
                    break;
                }
                if (record == CsvScanner.Record.DATA) {
                    rows++;
                    if (records.fieldCount() != columns) {
                        throw CsvFailure.fieldCount(rows, records.recordLine(), records.fieldCount());
                    }
                }
            }
        } catch (CsvFailure e) {
            failure = e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        end = records.offset();
        lines = records.lines();
    }

    /** Parses the cells of the chunk's rows, which {@link #scan} found without failure, into {@code columns}' parts. */
    void read(FileChannel channel, ColumnParts[] columnParts, int rowsBefore) {
        parts = new ColumnPart[columns];
        for (int j = 0; j < columns; j++) {
            parts[j] = new ColumnPart(columnParts[j], rowsBefore, rows);
        }
        scanner = new CsvScanner(channel, from, bufferSize, true);
        double[][] numbers = new double[columns][];
        boolean allNumeric = false;
        try {
            for (int row = 0; row < rows; ) {
                if (allNumeric && scanner.nextPlainNumbers(numbers, rowsBefore + row)) {
                    for (ColumnPart part : parts) {
                        part.addWrittenNumber();
                    }
                    row++;
                    continue;
                }
                CsvScanner.Record record = scanner.next(this);
                if (record == CsvScanner.Record.END) {
                    throw changedWhileRead();
                }
                if (record == CsvScanner.Record.DATA) {
                    row++;
                    allNumeric = numbersWhileNumeric(numbers);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        scanner = null;
    }

    /** Fills {@code numbers} with each part's array while all parts are numeric; false when one is not. */
    private boolean numbersWhileNumeric(double[][] numbers) {
        for (int j = 0; j < columns; j++) {
            numbers[j] = parts[j].numbersWhileNumeric();
            if (numbers[j] == null) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void field(int index, byte[] buffer, int start, int end) {
        parts[index].add(buffer, start, end, scanner.recordLine());
    }

    @Override
    public void number(int index, byte[] buffer, int start, int end, double value) {
        parts[index].addNumber(value, buffer, start, end, scanner.recordLine());
    }

    /** Reads the file again from {@link #from()} for the rows whose text the column parts still need. */
    void readEarlyTexts(FileChannel channel) {
        int needed = 0;
        for (ColumnPart part : parts) {
            needed = Math.max(needed, part.needsTextBefore());
        }
        EarlyTexts texts = new EarlyTexts();
        CsvScanner again = new CsvScanner(channel, from, bufferSize, false);
        try {
            while (texts.row < needed) {
                CsvScanner.Record record = again.next(texts);
                if (record == CsvScanner.Record.DATA) {
                    texts.row++;
                } else if (record == CsvScanner.Record.END) {
                    throw changedWhileRead();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UncheckedIOException changedWhileRead() {
        return new UncheckedIOException(new IOException("the file changed while it was read"));
    }

    /** The second reading's sink: the cells of the rows read before a column part turned into text. */
    private final class EarlyTexts implements CsvScanner.Sink {
        private int row;

        @Override
        public void field(int index, byte[] buffer, int start, int end) {
            parts[index].addEarlyText(row, buffer, start, end);
        }
    }

    long from() {
        return from;
    }

    /** The data rows found (up to and including a row with the wrong number of fields). */
    int rows() {
        return rows;
    }

    /** The lines the chunk's records take, blank lines and line breaks in quotes included. */
    long lines() {
        return lines;
    }

    /** The file offset after the last record found. */
    long end() {
        return end;
    }

    /** Why scanning stopped early, or null. */
    CsvFailure failure() {
        return failure;
    }

    /** The part of column {@code column}, once {@link #read}. */
    ColumnPart part(int column) {
        return parts[column];
    }
}

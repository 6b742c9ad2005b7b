package causal.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The cells of one column in one chunk of a CSV file, read from the file's bytes and typed as {@link ColumnBuilder}
 * types a whole column: doubles while every cell is a number, bits while every cell is a boolean, dictionary codes
 * once a cell is neither. The doubles go straight into the column's array, at the rows the chunk has in the file
 * (missing ones are set to NaN when the column is finished); the rest stays here until {@link ColumnParts} joins the
 * parts of the column in file order. Rows and lines here count from the chunk's start.
 */
final class ColumnPart {
    enum Kind { ALL_MISSING, NUMERIC, BOOLEAN, TEXT }

    /** A cell that is not a number, kept to report when the column turns out to be numeric. */
    record Cell(int row, long line, String text) {
    }

    private final ColumnParts column;
    private final int rowsBefore;
    private final int rows;
    private Kind kind = Kind.ALL_MISSING;
    private int size;
    private final BitSet missing;
    private double[] numbers;
    private BitSet trues;
    private int[] codes;
    private Map<String, Integer> dictionary;
    private int textFrom;
    private int nonMissing;
    private int numberCount;
    private Cell firstNonNumber;

    /** The part of {@code column} in a chunk of {@code rows} data rows that follows {@code rowsBefore} rows. */
    ColumnPart(ColumnParts column, int rowsBefore, int rows) {
        this.column = column;
        this.rowsBefore = rowsBefore;
        this.rows = rows;
        this.missing = new BitSet(rows);
    }

    /** Adds the cell {@code buffer[start, end)} of the part's next row, which starts on line {@code line}. */
    void add(byte[] buffer, int start, int end, long line) {
        int s = CellBytes.trimStart(buffer, start, end);
        int e = CellBytes.trimEnd(buffer, s, end);
        int row = size++;
        if (CellBytes.isMissing(buffer, s, e)) {
            addMissing(row);
            return;
        }
        switch (kind) {
            case NUMERIC -> addToNumeric(row, line, buffer, s, e);
            case ALL_MISSING -> addFirst(row, line, buffer, s, e);
            case BOOLEAN -> {
                nonMissing++;
                addToBoolean(row, line, buffer, s, e);
            }
            case TEXT -> {
                nonMissing++;
                addToText(row, line, buffer, s, e);
            }
        }
    }

    /**
     * Adds the cell {@code buffer[start, end)} that the scanner read as the plain number {@code value}: no blanks to
     * trim, not missing, a number.
     */
    void addNumber(double value, byte[] buffer, int start, int end, long line) {
        if (kind != Kind.NUMERIC) {
            add(buffer, start, end, line);
            return;
        }
        numbers[rowsBefore + size++] = value;
    }

    /** The array numbers go to while the part is numeric, else null: the part's row r is its element rowsBefore + r. */
    double[] numbersWhileNumeric() {
        return kind == Kind.NUMERIC ? numbers : null;
    }

    /** Counts the part's next row, whose plain number the scanner wrote into {@link #numbersWhileNumeric()}. */
    void addWrittenNumber() {
        size++;
    }

    private void addMissing(int row) {
        missing.set(row);
        if (kind == Kind.TEXT) {
            codes[row] = -1;
        }
    }

    /** The first non-missing cell decides the part's first guess; every earlier row is missing. */
    private void addFirst(int row, long line, byte[] buffer, int start, int end) {
        if (!Double.isNaN(CellBytes.decimal(buffer, start, end))) {
            kind = Kind.NUMERIC;
            numbers = column.numbers();
            addToNumeric(row, line, buffer, start, end);
        } else if (CellBytes.booleanValue(buffer, start, end) >= 0) {
            kind = Kind.BOOLEAN;
            trues = new BitSet(rows);
            nonMissing++;
            addToBoolean(row, line, buffer, start, end);
        } else {
            switchToText(row, false);
            nonMissing++;
            addToText(row, line, buffer, start, end);
        }
    }

    /**
     * One parse, which also tells whether the cell is a number. While the part is numeric its counts are not kept:
     * every row not missing is a number.
     */
    private void addToNumeric(int row, long line, byte[] buffer, int start, int end) {
        double value = CellBytes.decimal(buffer, start, end);
        if (Double.isNaN(value)) {
            switchToText(row, true);
            nonMissing++;
            addToText(row, line, buffer, start, end);
            return;
        }
        numbers[rowsBefore + row] = value;
    }

    private void addToBoolean(int row, long line, byte[] buffer, int start, int end) {
        int value = CellBytes.booleanValue(buffer, start, end);
        if (value < 0) {
            switchToText(row, true);
            addToText(row, line, buffer, start, end);
            return;
        }
        noteNonNumber(row, line, buffer, start, end);
        if (value == 1) {
            trues.set(row);
        }
    }

    private void addToText(int row, long line, byte[] buffer, int start, int end) {
        if (Double.isNaN(CellBytes.decimal(buffer, start, end))) {
            noteNonNumber(row, line, buffer, start, end);
        } else {
            numberCount++;
        }
        codes[row] = code(text(buffer, start, end));
    }

    private void noteNonNumber(int row, long line, byte[] buffer, int start, int end) {
        if (firstNonNumber == null) {
            firstNonNumber = new Cell(row, line, text(buffer, start, end));
        }
    }

    private void switchToText(int row, boolean earlierRowsHaveText) {
        if (kind == Kind.NUMERIC) {
            nonMissing = row - missing.cardinality();
            numberCount = nonMissing;
        }
        kind = Kind.TEXT;
        numbers = null;
        trues = null;
        dictionary = new HashMap<>();
        codes = new int[rows];
        if (earlierRowsHaveText) {
            textFrom = row;
        } else {
            Arrays.fill(codes, 0, row, -1);
        }
    }

    /**
     * Turns the part into text, for a column that other parts made text: rows before {@link #needsTextBefore()}
     * then need their text from {@link #addEarlyText}. A part with no values has all its codes already.
     */
    void becomeText() {
        if (kind == Kind.TEXT) {
            return;
        }
        switchToText(size, kind != Kind.ALL_MISSING);
    }

    /** How many leading rows still need their text from a second reading (0 for none). */
    int needsTextBefore() {
        return kind == Kind.TEXT ? textFrom : 0;
    }

    /** Sets the text of an early {@code row} from the second reading; rows that already have a code are ignored. */
    void addEarlyText(int row, byte[] buffer, int start, int end) {
        if (row >= textFrom) {
            return;
        }
        int s = CellBytes.trimStart(buffer, start, end);
        int e = CellBytes.trimEnd(buffer, s, end);
        codes[row] = CellBytes.isMissing(buffer, s, e) ? -1 : code(text(buffer, s, e));
    }

    private int code(String text) {
        Integer code = dictionary.get(text);
        if (code == null) {
            code = dictionary.size();
            dictionary.put(text, code);
        }
        return code;
    }

    /** The cell as FastCSV's UTF-8 decoding makes it (malformed bytes become U+FFFD). */
    private static String text(byte[] buffer, int start, int end) {
        return new String(buffer, start, end - start, StandardCharsets.UTF_8);
    }

    Kind kind() {
        return kind;
    }

    int size() {
        return size;
    }

    int nonMissing() {
        return kind == Kind.NUMERIC ? size - missing.cardinality() : nonMissing;
    }

    int numberCount() {
        return kind == Kind.NUMERIC ? size - missing.cardinality() : numberCount;
    }

    /** The first non-missing cell that is not a number, or null. */
    Cell firstNonNumber() {
        return firstNonNumber;
    }

    BitSet missing() {
        return missing;
    }

    /** The true rows of a boolean part. */
    BitSet trues() {
        return trues;
    }

    /** The codes of a text part, indexing {@link #dictionary()}, −1 where missing. */
    int[] codes() {
        return codes;
    }

    Map<String, Integer> dictionary() {
        return dictionary;
    }
}

package causal.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One column of a CSV file while it is read, inferring its type as cells arrive: it keeps doubles while every cell
 * is a number, bits while every cell is a boolean, and dictionary codes once a cell is neither. Cells read before
 * the switch to text are only known as numbers or booleans; {@link FastCsvReader} reads their text again in a second
 * pass ({@link #needsTextBefore()}), which happens only for text columns that began with numbers or booleans.
 */
final class ColumnBuilder {
    private static final int INITIAL_CAPACITY = 256;

    private enum Kind { ALL_MISSING, NUMERIC, BOOLEAN, TEXT }

    /** A cell that is not a number, kept to report when the column turns out to be numeric. */
    record Cell(int row, long line, String text) {
    }

    private final String name;
    private Kind kind = Kind.ALL_MISSING;
    private int size;
    private final BitSet missing = new BitSet();
    private double[] numbers = new double[INITIAL_CAPACITY];
    private BitSet trues;
    private int[] codes;
    private Map<String, Integer> dictionary;
    private int textFrom;
    private int nonMissing;
    private int numberCount;
    private Cell firstNonNumber;

    ColumnBuilder(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** Adds the cell {@code buffer[start, end)} of the next row, which starts on file line {@code line}. */
    void add(char[] buffer, int start, int end, long line) {
        int s = CellText.trimStart(buffer, start, end);
        int e = CellText.trimEnd(buffer, s, end);
        int row = size++;
        if (CellText.isMissing(buffer, s, e)) {
            addMissing(row);
            return;
        }
        nonMissing++;
        switch (kind) {
            case ALL_MISSING -> addFirst(row, line, buffer, s, e);
            case NUMERIC -> addToNumeric(row, line, buffer, s, e);
            case BOOLEAN -> addToBoolean(row, line, buffer, s, e);
            case TEXT -> addToText(row, line, buffer, s, e);
        }
    }

    private void addMissing(int row) {
        missing.set(row);
        if (kind == Kind.TEXT) {
            ensureCodes(row);
            codes[row] = -1;
        } else if (kind != Kind.BOOLEAN) {
            ensureNumbers(row);
            numbers[row] = Double.NaN;
        }
    }

    /** The first non-missing cell decides the column's first guess; every earlier row is missing. */
    private void addFirst(int row, long line, char[] buffer, int start, int end) {
        if (!Double.isNaN(CellText.decimal(buffer, start, end))) {
            kind = Kind.NUMERIC;
            addToNumeric(row, line, buffer, start, end);
        } else if (CellText.booleanValue(buffer, start, end) >= 0) {
            kind = Kind.BOOLEAN;
            numbers = null;
            trues = new BitSet();
            addToBoolean(row, line, buffer, start, end);
        } else {
            switchToText(row, false);
            addToText(row, line, buffer, start, end);
        }
    }

    /** The hot path: one parse, which also tells whether the cell is a number. */
    private void addToNumeric(int row, long line, char[] buffer, int start, int end) {
        double value = CellText.decimal(buffer, start, end);
        if (Double.isNaN(value)) {
            switchToText(row, true);
            addToText(row, line, buffer, start, end);
            return;
        }
        numberCount++;
        ensureNumbers(row);
        numbers[row] = value;
    }

    private void addToBoolean(int row, long line, char[] buffer, int start, int end) {
        int value = CellText.booleanValue(buffer, start, end);
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

    private void addToText(int row, long line, char[] buffer, int start, int end) {
        if (CellText.isNumber(buffer, start, end)) {
            numberCount++;
        } else {
            noteNonNumber(row, line, buffer, start, end);
        }
        ensureCodes(row);
        codes[row] = code(new String(buffer, start, end - start));
    }

    private void noteNonNumber(int row, long line, char[] buffer, int start, int end) {
        if (firstNonNumber == null) {
            firstNonNumber = new Cell(row, line, new String(buffer, start, end - start));
        }
    }

    private void switchToText(int row, boolean earlierRowsHaveText) {
        kind = Kind.TEXT;
        numbers = null;
        trues = null;
        dictionary = new HashMap<>();
        codes = new int[Math.max(INITIAL_CAPACITY, row + 1)];
        if (earlierRowsHaveText) {
            textFrom = row;
        } else {
            Arrays.fill(codes, 0, row, -1);
        }
    }

    private int code(String text) {
        Integer code = dictionary.get(text);
        if (code == null) {
            code = dictionary.size();
            dictionary.put(text, code);
        }
        return code;
    }

    /** How many leading rows still need their text from a second pass (0 for none). */
    int needsTextBefore() {
        return kind == Kind.TEXT ? textFrom : 0;
    }

    /** Sets the text of an early {@code row} from the second pass; rows that already have a code are ignored. */
    void addEarlyText(int row, char[] buffer, int start, int end) {
        if (row >= textFrom) {
            return;
        }
        int s = CellText.trimStart(buffer, start, end);
        int e = CellText.trimEnd(buffer, s, end);
        codes[row] = CellText.isMissing(buffer, s, e) ? -1 : code(new String(buffer, s, e - s));
    }

    /**
     * The first cell that is not a number, when more than half of the column's values are numbers but not all: such
     * a column is numeric with a bad cell, not categorical.
     */
    Optional<Cell> badCell() {
        boolean mostlyNumbers = 2L * numberCount > nonMissing;
        return mostlyNumbers && numberCount < nonMissing ? Optional.of(firstNonNumber) : Optional.empty();
    }

    /** The finished column; the builder must not be used afterwards. A column with no values is numeric. */
    Column build() {
        return switch (kind) {
            case ALL_MISSING, NUMERIC -> new NumericColumn(name, Arrays.copyOf(numbers, size), missing);
            case BOOLEAN -> new BooleanColumn(name, trues, missing, size);
            case TEXT -> categorical();
        };
    }

    /** Levels in String order (by UTF-16 code unit, not by locale), so they are the same on every machine. */
    private CategoricalColumn categorical() {
        List<String> levels = new ArrayList<>(dictionary.keySet());
        levels.sort(null);
        int[] sortedCode = new int[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            sortedCode[dictionary.get(levels.get(i))] = i;
        }
        int[] result = Arrays.copyOf(codes, size);
        for (int i = 0; i < size; i++) {
            if (result[i] >= 0) {
                result[i] = sortedCode[result[i]];
            }
        }
        return new CategoricalColumn(name, result, levels);
    }

    private void ensureNumbers(int row) {
        if (row >= numbers.length) {
            numbers = Arrays.copyOf(numbers, Math.max(2 * numbers.length, row + 1));
        }
    }

    private void ensureCodes(int row) {
        if (row >= codes.length) {
            codes = Arrays.copyOf(codes, Math.max(2 * codes.length, row + 1));
        }
    }
}

package causal.data;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One column of a CSV file from its parts, read in file order: the type, the bad cell and the values that
 * {@link ColumnBuilder} finds reading the whole column in one go. Its inference depends on the column's cells only
 * through facts that add up over parts: whether every value is a number, whether every value is a boolean, how many
 * values are numbers, and the first value that is not one.
 */
final class ColumnParts {
    private final String name;
    private final int index;
    private final List<CsvChunk> chunks;
    private final int[] rowsBefore;
    private final long[] firstLines;
    private final int rows;
    private double[] numbers;

    /**
     * Column {@code index}, called {@code name}, of {@code chunks}: chunk {@code k} follows {@code rowsBefore[k]}
     * data rows and starts on file line {@code firstLines[k]}; {@code rows} in all.
     */
    ColumnParts(String name, int index, List<CsvChunk> chunks, int[] rowsBefore, long[] firstLines, int rows) {
        this.name = name;
        this.index = index;
        this.chunks = chunks;
        this.rowsBefore = rowsBefore;
        this.firstLines = firstLines;
        this.rows = rows;
    }

    /** The column's doubles, one per row of the file, made when a part first meets a number. */
    synchronized double[] numbers() {
        if (numbers == null) {
            numbers = new double[rows];
        }
        return numbers;
    }

    private ColumnPart part(int chunk) {
        return chunks.get(chunk).part(index);
    }

    String name() {
        return name;
    }

    /** Numeric while every part is numeric or has no values; boolean likewise; else text. */
    ColumnPart.Kind kind() {
        ColumnPart.Kind kind = ColumnPart.Kind.ALL_MISSING;
        for (int k = 0; k < chunks.size(); k++) {
            ColumnPart part = part(k);
            if (kind == ColumnPart.Kind.ALL_MISSING) {
                kind = part.kind();
            } else if (part.kind() != ColumnPart.Kind.ALL_MISSING && part.kind() != kind) {
                return ColumnPart.Kind.TEXT;
            }
        }
        return kind;
    }

    /**
     * The first cell that is not a number, with its row (0-based) and line in the file, when more than half of the
     * column's values are numbers but not all: such a column is numeric with a bad cell, not categorical.
     */
    Optional<ColumnPart.Cell> badCell() {
        long nonMissing = 0;
        long numbers = 0;
        for (int k = 0; k < chunks.size(); k++) {
            ColumnPart part = part(k);
            nonMissing += part.nonMissing();
            numbers += part.numberCount();
        }
        if (2 * numbers <= nonMissing || numbers == nonMissing) {
            return Optional.empty();
        }
        for (int k = 0; k < chunks.size(); k++) {
            ColumnPart.Cell cell = part(k).firstNonNumber();
            if (cell != null) {
                return Optional.of(new ColumnPart.Cell(rowsBefore[k] + cell.row(), firstLines[k] + cell.line(),
                        cell.text()));
            }
        }
        throw new IllegalStateException("column " + name + " has values that are not numbers but none was kept");
    }

    /** For a text column: every part becomes text; afterwards the chunks read the texts their parts lack. */
    void becomeText() {
        for (int k = 0; k < chunks.size(); k++) {
            part(k).becomeText();
        }
    }

    /** The finished column; a column with no values is numeric. */
    Column build() {
        return switch (kind()) {
            case ALL_MISSING, NUMERIC -> numeric();
            case BOOLEAN -> new BooleanColumn(name, joinBits(k -> part(k).trues()), joinBits(k -> part(k).missing()),
                    rows);
            case TEXT -> categorical();
        };
    }

    /** The doubles the parts wrote, NaN where missing. */
    private NumericColumn numeric() {
        double[] values = numbers();
        BitSet missing = joinBits(k -> part(k).missing());
        for (int i = missing.nextSetBit(0); i >= 0; i = missing.nextSetBit(i + 1)) {
            values[i] = Double.NaN;
        }
        return new NumericColumn(name, values, missing);
    }

    /** Levels in String order (by UTF-16 code unit, not by locale), so they are the same on every machine. */
    private CategoricalColumn categorical() {
        Set<String> distinct = new HashSet<>();
        for (int k = 0; k < chunks.size(); k++) {
            distinct.addAll(part(k).dictionary().keySet());
        }
        List<String> levels = new ArrayList<>(distinct);
        levels.sort(null);
        Map<String, Integer> levelIndex = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            levelIndex.put(levels.get(i), i);
        }
        int[] codes = new int[rows];
        for (int k = 0; k < chunks.size(); k++) {
            ColumnPart part = part(k);
            int[] level = new int[part.dictionary().size()];
            part.dictionary().forEach((text, code) -> level[code] = levelIndex.get(text));
            int[] partCodes = part.codes();
            int offset = rowsBefore[k];
            for (int i = 0; i < part.size(); i++) {
                codes[offset + i] = partCodes[i] < 0 ? -1 : level[partCodes[i]];
            }
        }
        return new CategoricalColumn(name, codes, levels);
    }

    private interface PartBits {
        BitSet of(int part);
    }

    /** The parts' bits, each shifted by the rows before its part. */
    private BitSet joinBits(PartBits bits) {
        BitSet joined = new BitSet();
        for (int k = 0; k < chunks.size(); k++) {
            BitSet part = bits.of(k);
            if (part == null) {
                continue;
            }
            for (int i = part.nextSetBit(0); i >= 0; i = part.nextSetBit(i + 1)) {
                joined.set(rowsBefore[k] + i);
            }
        }
        return joined;
    }
}

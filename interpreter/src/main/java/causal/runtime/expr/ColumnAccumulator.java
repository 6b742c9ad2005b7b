package causal.runtime.expr;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.NumericColumn;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Collects an expression's chunks into a whole column. The first chunk fixes the kind (numbers, true/false or
 * categories; a constant counts as its kind). While a model is simulated it is also the column its children read.
 */
final class ColumnAccumulator implements ColumnSource {
    private final int rows;
    private double[] numbers;
    private byte[] trueFalse;
    private int[] codes;
    private List<String> levels;

    ColumnAccumulator(int rows) {
        this.rows = rows;
    }

    /** Stores {@code value} (a vector of {@code endRow - firstRow} rows or a constant) at those rows. */
    void write(Object value, int firstRow, int endRow) {
        if (value instanceof Double d) {
            Arrays.fill(numbers(), firstRow, endRow, d);
        } else if (value instanceof NumericVector v) {
            System.arraycopy(v.values, 0, numbers(), firstRow, endRow - firstRow);
        } else if (value instanceof Boolean b) {
            Arrays.fill(trueFalse(), firstRow, endRow, BooleanVector.code(b));
        } else if (value instanceof BooleanVector v) {
            System.arraycopy(v.values, 0, trueFalse(), firstRow, endRow - firstRow);
        } else if (value instanceof String s) {
            Arrays.fill(codes(List.of(s)), firstRow, endRow, 0);
        } else {
            CategoricalVector v = (CategoricalVector) value;
            System.arraycopy(v.codes, 0, codes(v.levels), firstRow, endRow - firstRow);
        }
    }

    boolean isTrueFalse() {
        return trueFalse != null;
    }

    /** The kind of values written, in words, for errors: "a numeric column". */
    String kind() {
        return numbers != null ? "a numeric column" : trueFalse != null ? "a true/false column" : "a categorical column";
    }

    /** The rows whose value is true; missing counts as false. Only for a true/false column. */
    BitSet trueRows() {
        BitSet out = new BitSet(rows);
        for (int i = 0; i < rows; i++) {
            if (trueFalse[i] == BooleanVector.TRUE) {
                out.set(i);
            }
        }
        return out;
    }

    @Override
    public Object slice(int firstRow, int endRow) {
        if (numbers != null) {
            return new NumericVector(Arrays.copyOfRange(numbers, firstRow, endRow));
        }
        if (trueFalse != null) {
            return new BooleanVector(Arrays.copyOfRange(trueFalse, firstRow, endRow));
        }
        return new CategoricalVector(Arrays.copyOfRange(codes, firstRow, endRow), levels);
    }

    Column toColumn(String name) {
        if (numbers != null) {
            return NumericColumn.of(name, numbers);
        }
        if (trueFalse != null) {
            BitSet values = new BitSet(rows);
            BitSet missing = new BitSet(rows);
            for (int i = 0; i < rows; i++) {
                if (trueFalse[i] == BooleanVector.TRUE) {
                    values.set(i);
                } else if (trueFalse[i] == BooleanVector.MISSING) {
                    missing.set(i);
                }
            }
            return new BooleanColumn(name, values, missing, rows);
        }
        return new CategoricalColumn(name, codes, levels);
    }

    private double[] numbers() {
        if (numbers == null) {
            requireFirstKind();
            numbers = new double[rows];
        }
        return numbers;
    }

    private byte[] trueFalse() {
        if (trueFalse == null) {
            requireFirstKind();
            trueFalse = new byte[rows];
        }
        return trueFalse;
    }

    private int[] codes(List<String> chunkLevels) {
        if (codes == null) {
            requireFirstKind();
            codes = new int[rows];
            levels = chunkLevels;
        } else if (!levels.equals(chunkLevels)) {
            throw new IllegalStateException("categories changed between chunks: " + levels + " then " + chunkLevels);
        }
        return codes;
    }

    /** Node specializations fix a value's kind, so a second kind is a bug in a node. */
    private void requireFirstKind() {
        if (numbers != null || trueFalse != null || codes != null) {
            throw new IllegalStateException("an expression changed its kind of value between chunks");
        }
    }
}

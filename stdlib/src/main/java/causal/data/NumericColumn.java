package causal.data;

import java.util.Arrays;
import java.util.BitSet;

/** A column of doubles. A missing value is marked in the mask and stored as NaN. */
public final class NumericColumn implements Column {
    private final String name;
    private final double[] values;
    private final BitSet missing;

    /** Takes ownership of {@code values} and {@code missing}: callers must not modify them afterwards. */
    public NumericColumn(String name, double[] values, BitSet missing) {
        this.name = name;
        this.values = values;
        this.missing = missing;
    }

    /** A column with no missing values except NaNs in {@code values}. Takes ownership of {@code values}. */
    public static NumericColumn of(String name, double[] values) {
        BitSet missing = new BitSet(values.length);
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                missing.set(i);
            }
        }
        return new NumericColumn(name, values, missing);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.NUMERIC;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        return missing.get(row);
    }

    @Override
    public BitSet missing() {
        return (BitSet) missing.clone();
    }

    @Override
    public int missingCount() {
        return missing.cardinality();
    }

    public double get(int row) {
        return values[row];
    }

    @Override
    public double numeric(int row) {
        return values[row];
    }

    /** The first row at or after {@code from} whose value is +∞ or −∞, or −1: one pass over the array. */
    public int nextInfinite(int from) {
        for (int i = Math.max(from, 0); i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    /** A copy of the values (NaN where missing). */
    public double[] toArray() {
        return values.clone();
    }

    /** Copies the values of {@code rows} into {@code target} starting at {@code offset}. Modifies {@code target}. */
    public void copyTo(int[] rows, double[] target, int offset) {
        for (int i = 0; i < rows.length; i++) {
            target[offset + i] = values[rows[i]];
        }
    }

    @Override
    public Column renamed(String newName) {
        return new NumericColumn(newName, values, missing);
    }

    @Override
    public NumericColumn select(int[] rows) {
        double[] v = new double[rows.length];
        BitSet m = new BitSet(rows.length);
        for (int i = 0; i < rows.length; i++) {
            v[i] = values[rows[i]];
            if (missing.get(rows[i])) {
                m.set(i);
            }
        }
        return new NumericColumn(name, v, m);
    }

    @Override
    public String text(int row) {
        if (missing.get(row)) {
            return "";
        }
        double v = values[row];
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    @Override
    public String toString() {
        return "NumericColumn[" + name + ", " + Arrays.toString(Arrays.copyOf(values, Math.min(5, values.length))) + "…]";
    }
}

package causal.data;

import java.util.BitSet;

/** A column of true/false values with a validity mask. */
public final class BooleanColumn implements Column {
    private final String name;
    private final BitSet values;
    private final BitSet missing;
    private final int size;

    /** Takes ownership of the bit sets: callers must not modify them afterwards. */
    public BooleanColumn(String name, BitSet values, BitSet missing, int size) {
        this.name = name;
        this.values = values;
        this.missing = missing;
        this.size = size;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.BOOLEAN;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isMissing(int row) {
        return missing.get(row);
    }

    @Override
    public BitSet missing() {
        return (BitSet) missing.clone();
    }

    public boolean get(int row) {
        return values.get(row);
    }

    /** A copy of the true rows. */
    public BitSet trueRows() {
        return (BitSet) values.clone();
    }

    @Override
    public double numeric(int row) {
        return missing.get(row) ? Double.NaN : values.get(row) ? 1.0 : 0.0;
    }

    @Override
    public Column renamed(String newName) {
        return new BooleanColumn(newName, values, missing, size);
    }

    @Override
    public BooleanColumn select(int[] rows) {
        BitSet v = new BitSet(rows.length);
        BitSet m = new BitSet(rows.length);
        for (int i = 0; i < rows.length; i++) {
            if (values.get(rows[i])) {
                v.set(i);
            }
            if (missing.get(rows[i])) {
                m.set(i);
            }
        }
        return new BooleanColumn(name, v, m, rows.length);
    }

    @Override
    public String text(int row) {
        return missing.get(row) ? "" : Boolean.toString(values.get(row));
    }
}

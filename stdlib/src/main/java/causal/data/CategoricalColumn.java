package causal.data;

import java.util.BitSet;
import java.util.List;

/** A dictionary-encoded column of strings: a code per row (−1 when missing) indexing {@link #levels()}. */
public final class CategoricalColumn implements Column {
    private final String name;
    private final int[] codes;
    private final List<String> levels;

    /** Takes ownership of {@code codes}. Levels are in the order the column defines (sorted by the CSV reader). */
    public CategoricalColumn(String name, int[] codes, List<String> levels) {
        this.name = name;
        this.codes = codes;
        this.levels = List.copyOf(levels);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.CATEGORICAL;
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] < 0;
    }

    @Override
    public BitSet missing() {
        BitSet m = new BitSet(codes.length);
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < 0) {
                m.set(i);
            }
        }
        return m;
    }

    public int code(int row) {
        return codes[row];
    }

    public List<String> levels() {
        return levels;
    }

    public String level(int row) {
        return codes[row] < 0 ? null : levels.get(codes[row]);
    }

    @Override
    public double numeric(int row) {
        throw new IllegalStateException("categorical column " + name + " has no numeric value");
    }

    @Override
    public Column renamed(String newName) {
        return new CategoricalColumn(newName, codes, levels);
    }

    @Override
    public CategoricalColumn select(int[] rows) {
        int[] c = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = codes[rows[i]];
        }
        return new CategoricalColumn(name, c, levels);
    }

    @Override
    public String text(int row) {
        return codes[row] < 0 ? "" : levels.get(codes[row]);
    }
}

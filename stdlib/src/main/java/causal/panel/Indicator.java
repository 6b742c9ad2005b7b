package causal.panel;

/**
 * A named 0/1 column (treated, post), checked once here. The values array is read, never copied or modified.
 */
public final class Indicator {
    private final String name;
    private final int[] values;

    private Indicator(String name, int[] values) {
        this.name = name;
        this.values = values;
    }

    /** Not modified: values. */
    public static Indicator of(String name, int[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0 && values[i] != 1) {
                throw new PanelException(name + " must be 0 or 1, but row " + (i + 1) + " has " + values[i]);
            }
        }
        return new Indicator(name, values);
    }

    public String name() {
        return name;
    }

    public int size() {
        return values.length;
    }

    public int value(int row) {
        return values[row];
    }

    boolean isConstant() {
        for (int v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }
}

package causal.runtime.expr;

import java.util.Arrays;

/**
 * The values of a true/false expression over one chunk of rows, one byte per row. The codes are ordered
 * {@code FALSE < MISSING < TRUE}, so Kleene's three-valued {@code and} is the minimum, {@code or} the maximum and
 * {@code not} is {@code TRUE - v}: "missing and false" is false, "missing or true" is true, anything else with a
 * missing operand is missing (as in SQL).
 */
final class BooleanVector {
    static final byte FALSE = 0;
    static final byte MISSING = 1;
    static final byte TRUE = 2;

    final byte[] values;

    BooleanVector(byte[] values) {
        this.values = values;
    }

    static byte code(boolean value) {
        return value ? TRUE : FALSE;
    }

    static BooleanVector filled(byte code, int length) {
        byte[] values = new byte[length];
        Arrays.fill(values, code);
        return new BooleanVector(values);
    }

    int length() {
        return values.length;
    }

    /** The same rows as 0 and 1, NaN where missing. */
    NumericVector toNumeric() {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            byte v = values[i];
            out[i] = v == TRUE ? 1.0 : v == FALSE ? 0.0 : Double.NaN;
        }
        return new NumericVector(out);
    }
}

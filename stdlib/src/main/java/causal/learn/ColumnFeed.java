package causal.learn;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.NumericColumn;

/**
 * One column of a {@link DesignMatrix}, copied block by block into a reused buffer so that the table is never
 * copied whole. Each implementation is a tight monomorphic loop; the virtual call is paid once per block.
 */
sealed interface ColumnFeed {

    /** Writes rows {@code from .. from + length - 1} into {@code out[0 .. length - 1]}. Modifies {@code out}. */
    void fill(int from, int length, double[] out);

    record Ones() implements ColumnFeed {
        @Override
        public void fill(int from, int length, double[] out) {
            java.util.Arrays.fill(out, 0, length, 1.0);
        }
    }

    record Numeric(NumericColumn column) implements ColumnFeed {
        @Override
        public void fill(int from, int length, double[] out) {
            for (int i = 0; i < length; i++) {
                out[i] = column.get(from + i);
            }
        }
    }

    record Flag(BooleanColumn column) implements ColumnFeed {
        @Override
        public void fill(int from, int length, double[] out) {
            for (int i = 0; i < length; i++) {
                out[i] = column.get(from + i) ? 1.0 : 0.0;
            }
        }
    }

    record Dummy(CategoricalColumn column, int code) implements ColumnFeed {
        @Override
        public void fill(int from, int length, double[] out) {
            for (int i = 0; i < length; i++) {
                out[i] = column.code(from + i) == code ? 1.0 : 0.0;
            }
        }
    }

    /** Values held in an array the design matrix owns (records compare arrays by identity, which is what we want here). */
    record Values(double[] values) implements ColumnFeed {
        @Override
        public void fill(int from, int length, double[] out) {
            System.arraycopy(values, from, out, 0, length);
        }
    }
}

package causal.data;

import java.util.BitSet;

/**
 * A read-only column of a {@link Table}: numeric ({@code double}), boolean, or categorical (dictionary-encoded),
 * each with a validity mask. Rows are 0-based.
 */
public sealed interface Column permits NumericColumn, BooleanColumn, CategoricalColumn {
    String name();

    ColumnType type();

    int size();

    boolean isMissing(int row);

    /** The rows whose value is missing. Not modified by callers: a copy. */
    BitSet missing();

    default int missingCount() {
        return missing().cardinality();
    }

    /** The same values under another name. */
    Column renamed(String newName);

    /** The rows listed in {@code rows}, in that order. */
    Column select(int[] rows);

    /** The value as a double: numeric as is, boolean as 0/1; categorical has none and throws. */
    double numeric(int row);

    /** The value as the CSV would show it ("" when missing). */
    String text(int row);
}

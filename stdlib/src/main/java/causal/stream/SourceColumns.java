package causal.stream;

import causal.data.ColumnType;
import causal.data.DataLocation;
import causal.data.Schema;
import java.util.Optional;

/** The checks at a streaming estimator's entry that the source has each column and that its type suits its role. */
final class SourceColumns {
    private SourceColumns() {
    }

    /** The column exists (any type: a key or cluster id). */
    static void present(BatchSource source, String column, String role) {
        type(source, column, role);
    }

    /** The column exists and holds numbers or true/false, as a regressor, outcome, weight or 0/1 flag must. */
    static void numeric(BatchSource source, String column, String role) {
        if (type(source, column, role).filter(t -> t == ColumnType.CATEGORICAL).isPresent()) {
            throw new StreamException("the " + role + " " + column + " is categorical; streaming estimators need a "
                    + "numeric or true/false " + role + " (make 0/1 columns, e.g. with { " + column + "_b = " + column
                    + " == \"b\" })", DataLocation.column(source.name(), column));
        }
    }

    private static Optional<ColumnType> type(BatchSource source, String column, String role) {
        Schema schema = source.schema();
        Schema.Field field = schema.field(column).orElseThrow(() -> new StreamException("there is no column "
                + column + " (the " + role + ") in " + source.name(), DataLocation.file(source.name())));
        return field.type();
    }
}

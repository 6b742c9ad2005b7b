package causal.recommend;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.NumericColumn;
import causal.data.Table;

/** Reads {@link Interactions} from the columns of a {@link Table}. */
public final class InteractionTable {
    private InteractionTable() {
    }

    /**
     * The interactions in {@code table}'s {@code columns}. User and item columns may be text (categorical) or whole
     * numbers; a rating, event or time column must be numeric (an event column may also be text or boolean: each
     * row then counts as one event, a false one as none). Not modified: table.
     *
     * @throws RecommenderException naming the column (and row) for a missing column, a missing value, a key that is
     *     not a whole number, or a column of the wrong kind
     */
    public static Interactions read(Table table, InteractionColumns columns) {
        int n = table.rowCount();
        int[] users = new int[n];
        int[] items = new int[n];
        Ids userIds = keys(table, columns.user(), "user", users);
        Ids itemIds = keys(table, columns.item(), "item", items);
        double[] values = null;
        if (columns.rating().isPresent()) {
            values = numbers(table, columns.rating().get(), "rating");
        } else if (columns.event().isPresent()) {
            values = eventStrengths(table, columns.event().get());
        }
        double[] times = columns.time().isPresent() ? numbers(table, columns.time().get(), "time") : null;
        return Interactions.of(userIds, users, itemIds, items, values, times, columns.feedback());
    }

    private static Column column(Table table, String name, String role) {
        return table.find(name).orElseThrow(() -> new RecommenderException("there is no column " + name + " in "
                + table.source() + " to use as the " + role + "; its columns are "
                + String.join(", ", table.columnNames())));
    }

    private static Ids keys(Table table, String name, String role, int[] codes) {
        Column c = column(table, name, role);
        if (c instanceof CategoricalColumn categorical) {
            for (int r = 0; r < codes.length; r++) {
                codes[r] = categorical.code(r);
                if (codes[r] < 0) {
                    throw missing(table, name, r);
                }
            }
            return Ids.levels(role, codes, categorical.levels());
        }
        if (c instanceof NumericColumn numeric) {
            long[] keys = new long[codes.length];
            for (int r = 0; r < codes.length; r++) {
                double v = numeric.get(r);
                if (numeric.isMissing(r)) {
                    throw missing(table, name, r);
                }
                if (v != Math.rint(v) || Math.abs(v) > 0x1p53) {
                    throw new RecommenderException("the " + role + " column " + name + " has " + v + " in row "
                            + (r + 1) + "; numeric " + role + " ids must be whole numbers");
                }
                keys[r] = (long) v;
            }
            return Ids.numeric(role, keys, codes);
        }
        throw new RecommenderException("the " + role + " column " + name + " is boolean; " + role
                + " ids must be text or whole numbers");
    }

    private static double[] numbers(Table table, String name, String role) {
        Column c = column(table, name, role);
        if (!(c instanceof NumericColumn numeric)) {
            throw new RecommenderException("the " + role + " column " + name + " is " + c.type().toString()
                    .toLowerCase(java.util.Locale.ROOT) + "; a " + role + " must be a number");
        }
        double[] values = new double[table.rowCount()];
        for (int r = 0; r < values.length; r++) {
            if (numeric.isMissing(r)) {
                throw missing(table, name, r);
            }
            values[r] = numeric.get(r);
        }
        return values;
    }

    private static double[] eventStrengths(Table table, String name) {
        Column c = column(table, name, "event");
        if (c instanceof NumericColumn) {
            return numbers(table, name, "event");
        }
        double[] values = new double[table.rowCount()];
        for (int r = 0; r < values.length; r++) {
            if (c.isMissing(r)) {
                throw missing(table, name, r);
            }
            values[r] = c instanceof BooleanColumn b ? b.numeric(r) : 1;
        }
        return values;
    }

    private static RecommenderException missing(Table table, String column, int row) {
        return new RecommenderException(table.source() + " has no value in column " + column + " in row " + (row + 1)
                + "; drop or fill the rows with missing values first");
    }
}

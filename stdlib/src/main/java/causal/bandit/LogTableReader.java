package causal.bandit;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.DataLocation;
import causal.data.NumericColumn;
import causal.data.Table;
import java.util.BitSet;
import java.util.List;

/** Reads a {@link BanditLog} from a table's columns, checking each column's type and values where they are read. */
final class LogTableReader {
    private final Table table;
    /** The table rows kept (no value missing in a used column), in order. */
    private final int[] kept;

    private LogTableReader(Table table, int[] kept) {
        this.table = table;
        this.kept = kept;
    }

    static BanditLog read(Table table, LogColumns columns) {
        for (String name : columns.all()) {
            if (!table.has(name)) {
                throw new BanditException("the log has no column " + name + "; its columns are "
                        + String.join(", ", table.columnNames()), DataLocation.column(table.source(), name));
            }
        }
        BitSet complete = table.completeRows(columns.all());
        int[] kept = complete.stream().toArray();
        if (kept.length == 0) {
            throw new BanditException("the log has no row with a value in every one of "
                    + String.join(", ", columns.all()), DataLocation.file(table.source()));
        }
        LogTableReader reader = new LogTableReader(table, kept);
        BanditLog log = reader.actionsAndRewards(columns.action(), columns.reward());
        if (columns.propensity().isPresent()) {
            log = log.withPropensity(reader.propensities(columns.propensity().get()));
        }
        if (!columns.context().isEmpty()) {
            log = log.withContext(reader.context(columns.context()), columns.context());
        }
        if (columns.position().isPresent()) {
            int[] slate = columns.slate().map(reader::slateIds).orElse(null);
            log = log.withPositions(reader.wholeNumbers(columns.position().get(), "position"), slate);
        } else if (columns.slate().isPresent()) {
            throw new BanditException("a slate column needs a position column too",
                    DataLocation.column(table.source(), columns.slate().get()));
        }
        return log.withDroppedRows(table.rowCount() - kept.length);
    }

    private BanditLog actionsAndRewards(String actionName, String rewardName) {
        Column column = table.column(actionName);
        int[] action = new int[kept.length];
        List<String> labels;
        if (column instanceof CategoricalColumn categorical) {
            for (int i = 0; i < kept.length; i++) {
                action[i] = categorical.code(kept[i]);
            }
            labels = categorical.levels();
        } else if (column instanceof BooleanColumn flags) {
            for (int i = 0; i < kept.length; i++) {
                action[i] = flags.get(kept[i]) ? 1 : 0;
            }
            labels = List.of("false", "true");
        } else {
            int[] numbers = wholeNumbers(actionName, "action");
            int largest = 0;
            for (int i = 0; i < kept.length; i++) {
                if (numbers[i] < 0) {
                    throw new BanditException("the action column " + actionName + " has " + numbers[i] + " in row "
                            + (kept[i] + 1) + "; arm numbers start at 0",
                            DataLocation.cell(table.source(), kept[i] + 1, actionName));
                }
                action[i] = numbers[i];
                largest = Math.max(largest, numbers[i]);
            }
            if (largest < 1) {
                throw new BanditException("the action column " + actionName + " shows only arm 0; a bandit needs "
                        + "at least 2 arms", DataLocation.column(table.source(), actionName));
            }
            return BanditLog.of(largest + 1, action, numeric(rewardName, "reward"));
        }
        if (labels.size() < 2) {
            throw new BanditException("the action column " + actionName + " has " + labels.size() + " arm; a bandit "
                    + "needs at least 2", DataLocation.column(table.source(), actionName));
        }
        return BanditLog.of(labels.size(), action, numeric(rewardName, "reward")).withArmLabels(labels);
    }

    private double[] propensities(String name) {
        double[] p = numeric(name, "propensity");
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] > 0 && p[i] <= 1)) {
                throw new BanditException("the propensity column " + name + " has " + p[i] + " in row "
                        + (kept[i] + 1) + "; a propensity is the logging policy's probability of the logged arm and "
                        + "must lie in (0, 1]", DataLocation.cell(table.source(), kept[i] + 1, name));
            }
        }
        return p;
    }

    private double[][] context(List<String> names) {
        double[][] columns = new double[names.size()][];
        for (int j = 0; j < names.size(); j++) {
            columns[j] = numeric(names.get(j), "context feature");
        }
        double[][] rows = new double[kept.length][names.size()];
        for (int i = 0; i < kept.length; i++) {
            for (int j = 0; j < names.size(); j++) {
                rows[i][j] = columns[j][i];
            }
        }
        return rows;
    }

    /** An id per row that changes exactly where the slate column's value changes. */
    private int[] slateIds(String name) {
        Column column = table.column(name);
        int[] ids = new int[kept.length];
        for (int i = 1; i < kept.length; i++) {
            boolean same = column instanceof CategoricalColumn c ? c.code(kept[i]) == c.code(kept[i - 1])
                    : column.numeric(kept[i]) == column.numeric(kept[i - 1]);
            ids[i] = same ? ids[i - 1] : ids[i - 1] + 1;
        }
        return ids;
    }

    private double[] numeric(String name, String role) {
        Column column = table.column(name);
        if (!(column instanceof NumericColumn) && !(column instanceof BooleanColumn)) {
            throw new BanditException("the " + role + " column " + name + " is categorical; it must hold numbers "
                    + "or true/false", DataLocation.column(table.source(), name));
        }
        double[] values = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            values[i] = column.numeric(kept[i]);
            if (!Double.isFinite(values[i])) {
                throw new BanditException("the " + role + " column " + name + " has " + values[i] + " in row "
                        + (kept[i] + 1) + "; it must hold finite numbers",
                        DataLocation.cell(table.source(), kept[i] + 1, name));
            }
        }
        return values;
    }

    private int[] wholeNumbers(String name, String role) {
        double[] values = numeric(name, role);
        int[] whole = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != Math.rint(values[i]) || Math.abs(values[i]) > Integer.MAX_VALUE) {
                throw new BanditException("the " + role + " column " + name + " has " + values[i] + " in row "
                        + (kept[i] + 1) + "; it must hold whole numbers",
                        DataLocation.cell(table.source(), kept[i] + 1, name));
            }
            whole[i] = (int) values[i];
        }
        return whole;
    }
}

package causal.bandit;

import causal.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Logged bandit feedback, one row per round: the arm played (0 to arms − 1), its reward and, when known, the
 * logging policy's probability of that arm (the propensity), the context features it saw, and for slates the
 * position the arm was shown at.
 *
 * <p>A slate (top-k list) fills several rows, one per position. Rows of one slate are adjacent: with slate ids, a
 * slate is a run of rows with the same id; without, a new slate starts where the position does not increase.
 *
 * <p>Immutable: the arrays are copied in, and the {@code with…} methods return a new log.
 */
public final class BanditLog {
    private final int arms;
    private final int[] action;
    private final double[] reward;
    private final double[] propensity;
    private final double[][] context;
    private final List<String> featureNames;
    private final int[] position;
    private final int[] slateOf;
    private final int slates;
    private final List<String> armLabels;
    private final int droppedRows;

    private BanditLog(int arms, int[] action, double[] reward, double[] propensity, double[][] context,
            List<String> featureNames, int[] position, int[] slateOf, int slates, List<String> armLabels,
            int droppedRows) {
        this.arms = arms;
        this.action = action;
        this.reward = reward;
        this.propensity = propensity;
        this.context = context;
        this.featureNames = featureNames;
        this.position = position;
        this.slateOf = slateOf;
        this.slates = slates;
        this.armLabels = armLabels;
        this.droppedRows = droppedRows;
    }

    /**
     * A log of {@code action.length} rounds over {@code arms} arms. Not modified: action, reward (copied).
     *
     * @throws BanditException for fewer than 2 arms, no rows, arrays of different lengths, an action that is not an
     *     arm, or a reward that is not finite (naming the 1-based row)
     */
    public static BanditLog of(int arms, int[] action, double[] reward) {
        if (arms < 2) {
            throw new BanditException("a bandit log needs at least 2 arms, not " + arms);
        }
        if (action.length == 0) {
            throw new BanditException("the bandit log has no rows");
        }
        sameLength(reward.length, action.length, "rewards");
        for (int i = 0; i < action.length; i++) {
            if (action[i] < 0 || action[i] >= arms) {
                throw new BanditException("row " + (i + 1) + " has action " + action[i] + ", which is not one of "
                        + "the " + arms + " arms (0 to " + (arms - 1) + ")");
            }
            if (!Double.isFinite(reward[i])) {
                throw new BanditException("row " + (i + 1) + " has the reward " + reward[i]
                        + "; rewards must be finite numbers");
            }
        }
        return new BanditLog(arms, action.clone(), reward.clone(), null, null, List.of(), null, null, 0,
                numberedArms(arms), 0);
    }

    /**
     * Reads a log from {@code table}, the columns named by {@code columns}; rows missing a value in any of them are
     * left out and counted in {@link #droppedRows()}.
     *
     * @throws BanditException naming the column (and row) for a missing column, a column of the wrong type or a
     *     value a log cannot hold
     */
    public static BanditLog fromTable(Table table, LogColumns columns) {
        return LogTableReader.read(table, columns);
    }

    /**
     * The logging policy's probability of the logged arm in each row. Not modified: propensity (copied).
     *
     * @throws BanditException when a propensity lies outside (0, 1], naming the row
     */
    public BanditLog withPropensity(double[] propensity) {
        sameLength(propensity.length, rows(), "propensities");
        for (int i = 0; i < propensity.length; i++) {
            if (!(propensity[i] > 0 && propensity[i] <= 1)) {
                throw new BanditException("row " + (i + 1) + " has the propensity " + propensity[i]
                        + "; a propensity is the logging policy's probability of the logged arm and must lie in "
                        + "(0, 1]");
            }
        }
        return new BanditLog(arms, action, reward, propensity.clone(), context, featureNames, position, slateOf,
                slates, armLabels, droppedRows);
    }

    /**
     * The context of each row, {@code context[i]} the {@code featureNames.size()} features of row i. Not modified:
     * context (copied).
     *
     * @throws BanditException for a row of the wrong length or a value that is not finite
     */
    public BanditLog withContext(double[][] context, List<String> featureNames) {
        sameLength(context.length, rows(), "context rows");
        int d = featureNames.size();
        double[][] copy = new double[context.length][];
        for (int i = 0; i < context.length; i++) {
            if (context[i].length != d) {
                throw new BanditException("row " + (i + 1) + " has " + context[i].length + " context values but "
                        + "there are " + d + " features (" + String.join(", ", featureNames) + ")");
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(context[i][j])) {
                    throw new BanditException("row " + (i + 1) + " has the value " + context[i][j]
                            + " for context feature " + featureNames.get(j) + "; features must be finite numbers");
                }
            }
            copy[i] = context[i].clone();
        }
        return new BanditLog(arms, action, reward, propensity, copy, List.copyOf(featureNames), position, slateOf,
                slates, armLabels, droppedRows);
    }

    /**
     * The position each row's arm was shown at in its slate; {@code slate} gives each row's slate id, or is null to
     * start a new slate wherever the position does not increase. Not modified: position, slate.
     */
    public BanditLog withPositions(int[] position, int[] slate) {
        sameLength(position.length, rows(), "positions");
        if (slate != null) {
            sameLength(slate.length, rows(), "slate ids");
        }
        int[] slateOf = new int[rows()];
        int count = 0;
        for (int i = 0; i < rows(); i++) {
            boolean starts = i == 0 || (slate == null ? position[i] <= position[i - 1] : slate[i] != slate[i - 1]);
            count += starts ? 1 : 0;
            slateOf[i] = count - 1;
        }
        return new BanditLog(arms, action, reward, propensity, context, featureNames, position.clone(), slateOf,
                count, armLabels, droppedRows);
    }

    /** The same log with arms named {@code labels} (its size must be the number of arms). */
    public BanditLog withArmLabels(List<String> labels) {
        if (labels.size() != arms) {
            throw new BanditException("there are " + arms + " arms but " + labels.size() + " arm names");
        }
        return new BanditLog(arms, action, reward, propensity, context, featureNames, position, slateOf, slates,
                List.copyOf(labels), droppedRows);
    }

    /**
     * The same log over {@code arms} arms, more than it has: for a target policy that may choose arms the log
     * never shows. New arms are named by their numbers.
     */
    public BanditLog withArms(int arms) {
        if (arms < this.arms) {
            throw new BanditException("the log has " + this.arms + " arms; it cannot be narrowed to " + arms);
        }
        List<String> labels = new ArrayList<>(armLabels);
        for (int a = this.arms; a < arms; a++) {
            labels.add(Integer.toString(a));
        }
        return new BanditLog(arms, action, reward, propensity, context, featureNames, position, slateOf, slates,
                List.copyOf(labels), droppedRows);
    }

    BanditLog withDroppedRows(int dropped) {
        return new BanditLog(arms, action, reward, propensity, context, featureNames, position, slateOf, slates,
                armLabels, dropped);
    }

    public int rows() {
        return action.length;
    }

    public int arms() {
        return arms;
    }

    public List<String> armLabels() {
        return armLabels;
    }

    public int action(int row) {
        return action[row];
    }

    public double reward(int row) {
        return reward[row];
    }

    public boolean hasPropensity() {
        return propensity != null;
    }

    /** The propensity of row {@code row}; throws when the log has none. */
    public double propensity(int row) {
        requirePropensity("reading a propensity");
        return propensity[row];
    }

    public boolean hasContext() {
        return context != null;
    }

    /** The context features' names, empty when the log has no context. */
    public List<String> featureNames() {
        return featureNames;
    }

    /** The context of row {@code row} as a new array, or null when the log has no context. */
    public double[] context(int row) {
        return context == null ? null : context[row].clone();
    }

    public boolean hasPositions() {
        return position != null;
    }

    /** The number of slates: 0 when the log has no positions. */
    public int slates() {
        return slates;
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive) as a log over the same arms, for training a policy on
     * the earlier rows and evaluating it on the later ones.
     *
     * @throws BanditException when the range is empty or out of bounds, or the log holds slates (a cut could split one)
     */
    public BanditLog rows(int from, int to) {
        if (from < 0 || to > rows() || from >= to) {
            throw new BanditException("rows " + (from + 1) + " to " + to + " are not a part of the log's " + rows()
                    + " rows");
        }
        if (position != null) {
            throw new BanditException("a log of slates cannot be cut into parts");
        }
        return new BanditLog(arms, Arrays.copyOfRange(action, from, to), Arrays.copyOfRange(reward, from, to),
                propensity == null ? null : Arrays.copyOfRange(propensity, from, to),
                context == null ? null : Arrays.copyOfRange(context, from, to), featureNames, null, null, 0,
                armLabels, 0);
    }

    /** Rows of the table left out for a missing value; 0 for a log made from arrays. */
    public int droppedRows() {
        return droppedRows;
    }

    /** The context row itself, for callers in this package that do not modify it; null without context. */
    double[] contextRow(int row) {
        return context == null ? null : context[row];
    }

    /** The 0-based slate of each row; only with positions. */
    int slateOf(int row) {
        return slateOf[row];
    }

    /** Checks the log has propensities, which {@code purpose} needs. */
    void requirePropensity(String purpose) {
        if (propensity == null) {
            throw new BanditException(purpose + " needs the logging policy's propensities; give the log a "
                    + "propensity column");
        }
    }

    private static List<String> numberedArms(int arms) {
        List<String> labels = new ArrayList<>(arms);
        for (int a = 0; a < arms; a++) {
            labels.add(Integer.toString(a));
        }
        return List.copyOf(labels);
    }

    private static void sameLength(int length, int rows, String what) {
        if (length != rows) {
            throw new BanditException("the log has " + rows + " rows but " + length + " " + what);
        }
    }
}

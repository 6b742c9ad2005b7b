package causal.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Count, mean and sum of squared deviations of a value in each group of a few key columns (an experiment's arm,
 * treated × post), merged across batches by the parallel formula of Chan, Golub and LeVeque (1979):
 * {@code M2 = M2_a + M2_b + δ² n_a n_b / n} with {@code δ} the difference of the means, which keeps the variance
 * accurate when the mean is large (the raw {@code Σy²} would cancel). Within a batch each group's moments take two
 * passes over the rows (mean, then corrected squared deviations, as {@code causal.experiment.ArmSummary}). Groups
 * are listed in order of first appearance. A SQL engine hands over {@code COUNT}, {@code AVG} and {@code VAR_SAMP}
 * per group with {@link #ofCells}.
 */
public final class GroupMoments implements Accumulator<GroupMoments> {
    /** More groups than this means the key is not a small grouping (an id, say): refused rather than slow. */
    public static final int MAX_GROUPS = 10_000;

    /** One group: its key values, row count, mean and {@code Σ (y - mean)²}. */
    public record Cell(List<Double> key, long n, double mean, double sumOfSquares) {
        public Cell {
            key = List.copyOf(key);
        }

        /** From SQL's {@code COUNT(*)}, {@code AVG(y)} and {@code VAR_SAMP(y)} (divisor n - 1; 0 when n = 1). */
        public static Cell of(List<Double> key, long n, double mean, double variance) {
            return new Cell(key, n, mean, n > 1 ? variance * (n - 1) : 0.0);
        }

        /** The sample variance (divisor n - 1), NaN for one row. */
        public double variance() {
            return n > 1 ? sumOfSquares / (n - 1) : Double.NaN;
        }
    }

    private final List<String> keyColumns;
    private final String value;
    private final List<String> alsoComplete;
    private final KeyIndex index;
    private long[] counts = new long[4];
    private double[] means = new double[4];
    private double[] squares = new double[4];
    private long dropped;

    /**
     * Empty moments of {@code value} by {@code keyColumns}; a row missing any of these or of {@code alsoComplete} is
     * dropped.
     */
    public GroupMoments(List<String> keyColumns, String value, List<String> alsoComplete) {
        if (keyColumns.isEmpty()) {
            throw new StreamException("group moments need at least one key column");
        }
        this.keyColumns = List.copyOf(keyColumns);
        this.value = value;
        this.alsoComplete = List.copyOf(alsoComplete);
        this.index = new KeyIndex(keyColumns.size());
    }

    /** Moments computed elsewhere, in the order given. */
    public static GroupMoments ofCells(List<String> keyColumns, String value, List<Cell> cells, long droppedRows) {
        GroupMoments out = new GroupMoments(keyColumns, value, List.of());
        for (Cell c : cells) {
            if (c.key().size() != keyColumns.size()) {
                throw new StreamException("a group's key has " + c.key().size() + " values, not one per key column ("
                        + String.join(", ", keyColumns) + ")");
            }
            int slot = out.slot(c.key().stream().mapToDouble(Double::doubleValue).toArray(), 0);
            out.combine(slot, c.n(), c.mean(), c.sumOfSquares());
        }
        out.dropped = droppedRows;
        return out;
    }

    @Override
    public List<String> columns() {
        LinkedHashSet<String> all = new LinkedHashSet<>(keyColumns);
        all.add(value);
        all.addAll(alsoComplete);
        return new ArrayList<>(all);
    }

    public List<String> keyColumns() {
        return keyColumns;
    }

    /** The groups in order of first appearance. */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (int s = 0; s < index.count(); s++) {
            List<Double> key = new ArrayList<>();
            for (int j = 0; j < keyColumns.size(); j++) {
                key.add(index.key(s, j));
            }
            out.add(new Cell(key, counts[s], means[s], squares[s]));
        }
        return out;
    }

    /** The group with key {@code key}, if any row had it. */
    public Optional<Cell> cell(double... key) {
        List<Double> wanted = Arrays.stream(key).map(k -> k + 0.0).boxed().toList();
        return cells().stream().filter(c -> c.key().equals(wanted)).findFirst();
    }

    /** Rows used, over all groups. */
    public long rows() {
        long n = 0;
        for (int s = 0; s < index.count(); s++) {
            n += counts[s];
        }
        return n;
    }

    public long droppedRows() {
        return dropped;
    }

    @Override
    public void add(RowBatch batch) {
        int[] slots = slots(batch);
        double[] y = batch.column(batch.index(value));
        int groups = index.count();
        long[] n = new long[groups];
        double[] sum = new double[groups];
        for (int r = 0; r < slots.length; r++) {
            if (slots[r] >= 0) {
                n[slots[r]]++;
                sum[slots[r]] += y[batch.start() + r];
            } else {
                dropped++;
            }
        }
        double[] mean = new double[groups];
        for (int g = 0; g < groups; g++) {
            mean[g] = n[g] == 0 ? 0 : sum[g] / n[g];
        }
        double[] deviations = new double[groups];
        double[] squared = new double[groups];
        for (int r = 0; r < slots.length; r++) {
            int g = slots[r];
            if (g >= 0) {
                double d = y[batch.start() + r] - mean[g];
                deviations[g] += d;
                squared[g] += d * d;
            }
        }
        for (int g = 0; g < groups; g++) {
            if (n[g] > 0) {
                // The corrected two-pass formula removes the rounding left in the mean.
                combine(g, n[g], mean[g], Math.max(squared[g] - deviations[g] * deviations[g] / n[g], 0.0));
            }
        }
    }

    /**
     * The group slot of each of the batch's rows, -1 for a row missing a key, the value or another column.
     *
     * @throws StreamException at an infinite value
     */
    private int[] slots(RowBatch batch) {
        int m = keyColumns.size();
        int[] keySources = keyColumns.stream().mapToInt(batch::index).toArray();
        int valueSource = batch.index(value);
        int[] others = alsoComplete.stream().mapToInt(batch::index).toArray();
        double[] y = batch.column(valueSource);
        int[] slots = new int[batch.rows()];
        double[] key = new double[m];
        for (int r = 0; r < batch.rows(); r++) {
            int i = batch.start() + r;
            if (Double.isInfinite(y[i])) {
                throw Rows.infinite(batch, valueSource, i);
            }
            boolean complete = !Double.isNaN(y[i]);
            for (int j = 0; j < m; j++) {
                key[j] = batch.column(keySources[j])[i];
                complete &= !Double.isNaN(key[j]);
            }
            for (int o : others) {
                complete &= !Double.isNaN(batch.column(o)[i]);
            }
            slots[r] = complete ? slot(key, 0) : -1;
        }
        return slots;
    }

    @Override
    public void merge(GroupMoments later) {
        double[] key = new double[keyColumns.size()];
        for (int s = 0; s < later.index.count(); s++) {
            for (int j = 0; j < key.length; j++) {
                key[j] = later.index.key(s, j);
            }
            combine(slot(key, 0), later.counts[s], later.means[s], later.squares[s]);
        }
        dropped += later.dropped;
    }

    private int slot(double[] key, int at) {
        int slot = index.slot(key, at);
        if (slot >= MAX_GROUPS) {
            throw new StreamException("the groups of " + String.join(" x ", keyColumns) + " number more than "
                    + MAX_GROUPS + "; group moments are for a few groups such as arms or treated x post");
        }
        if (slot == counts.length) {
            counts = Arrays.copyOf(counts, 2 * slot);
            means = Arrays.copyOf(means, 2 * slot);
            squares = Arrays.copyOf(squares, 2 * slot);
        }
        return slot;
    }

    /** Chan et al.'s merge of {@code (n, mean, M2)} into the group's moments. */
    private void combine(int g, long n, double mean, double sumOfSquares) {
        long na = counts[g];
        if (na == 0) {
            counts[g] = n;
            means[g] = mean;
            squares[g] = sumOfSquares;
            return;
        }
        long total = na + n;
        double delta = mean - means[g];
        means[g] += delta * n / total;
        squares[g] += sumOfSquares + delta * delta * ((double) na * n / total);
        counts[g] = total;
    }
}

package causal.stream;

import causal.data.DataLocation;
import java.util.List;

/**
 * A chunk of a batch's rows laid out for the regression kernels: {@code z[0]} is the intercept (all ones),
 * {@code z[1..p]} the regressors, {@code z[p + 1]} the outcome; {@code w} the weights. A chunk is first read as it
 * is (in place, {@link #view}, when nothing but the regression's columns is read; else copied); when a sum over it
 * comes out non-finite, it is copied again keeping the complete rows only, so clean data pay no check per value.
 */
final class RegressionRows {
    /** 512 rows of 13 columns fill 52 KB: the first- and second-level caches hold the chunk while tiles revisit it. */
    static final int CHUNK = 512;

    final int coefficients;
    final double[][] z;
    /** Rows a chunk holds. */
    final int capacity;
    final double[] w;
    /** The key column's values of the chunk (a cluster id per row), or null without one. */
    final double[] key;
    int length;
    /**
     * What the kernels read: {@link #z} after {@link #copy} or {@link #copyComplete}, or the batch's own column
     * arrays after {@link #view} (column 0, the intercept's ones, then null), the chunk's rows starting at
     * {@link #offset}.
     */
    double[][] columns;
    /** Where the chunk's first row is in {@link #columns}. */
    int offset;
    private final double[][] batchColumns;
    private final int[] sources;
    private final int[] checked;
    private final List<String> checkedNames;
    private final RegressionColumns spec;
    private RowBatch batch;
    private int weightSource;
    private final String keyName;
    private int keySource;

    /** Chunks of up to {@code capacity} rows (at most {@link #CHUNK}: a batch's row count when it is smaller). */
    RegressionRows(RegressionColumns spec, int capacity) {
        this(spec, null, capacity);
    }

    /** With {@code keyColumn} (one of {@code spec.alsoComplete()}, or null) copied along into {@link #key}. */
    RegressionRows(RegressionColumns spec, String keyColumn, int capacity) {
        this.spec = spec;
        this.capacity = capacity;
        this.coefficients = spec.regressors().size() + 1;
        this.z = new double[coefficients + 1][capacity];
        java.util.Arrays.fill(z[0], 1.0);
        this.columns = z;
        this.batchColumns = new double[coefficients + 1][];
        this.w = spec.weight().isPresent() ? new double[capacity] : null;
        this.sources = new int[coefficients];
        this.checkedNames = spec.alsoComplete().stream()
                .filter(c -> !spec.regressors().contains(c) && !c.equals(spec.outcome())
                        && !spec.weight().map(c::equals).orElse(false)).toList();
        this.checked = new int[checkedNames.size()];
        this.keyName = keyColumn;
        this.key = keyColumn == null ? null : new double[capacity];
    }

    /** Reads the following chunks from {@code batch}. */
    void bind(RowBatch batch) {
        this.batch = batch;
        for (int j = 0; j < coefficients - 1; j++) {
            sources[j] = batch.index(spec.regressors().get(j));
        }
        sources[coefficients - 1] = batch.index(spec.outcome());
        weightSource = w == null ? -1 : batch.index(spec.weight().get());
        for (int j = 0; j < checked.length; j++) {
            checked[j] = batch.index(checkedNames.get(j));
        }
        keySource = key == null ? -1 : batch.index(keyName);
        for (int j = 1; j < batchColumns.length; j++) {
            batchColumns[j] = batch.column(sources[j - 1]);
        }
    }

    /** Whether {@link #view} may replace {@link #copy}: nothing but the regression's columns is read. */
    boolean viewable() {
        return w == null && key == null;
    }

    /** Points {@link #columns} at the batch's rows {@code from .. from + count - 1} where they are, without copying. */
    void view(int from, int count) {
        columns = batchColumns;
        offset = batch.start() + from;
        length = count;
    }

    /** Copies the batch's rows {@code from .. from + count - 1} as they are. */
    void copy(int from, int count) {
        columns = z;
        offset = 0;
        int at = batch.start() + from;
        for (int j = 0; j < sources.length; j++) {
            System.arraycopy(batch.column(sources[j]), at, z[j + 1], 0, count);
        }
        if (w != null) {
            System.arraycopy(batch.column(weightSource), at, w, 0, count);
        }
        if (key != null) {
            System.arraycopy(batch.column(keySource), at, key, 0, count);
        }
        length = count;
    }

    /** Whether the columns read only to drop incomplete rows have a value in every row of the range. */
    boolean othersComplete(int from, int count) {
        int at = batch.start() + from;
        for (int c : checked) {
            double[] column = batch.column(c);
            for (int i = at; i < at + count; i++) {
                if (Double.isNaN(column[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Copies the complete rows of the range only and returns how many were dropped.
     *
     * @throws StreamException at an infinite value or a negative weight, naming its row and column
     */
    int copyComplete(int from, int count) {
        columns = z;
        offset = 0;
        int kept = 0;
        int at = batch.start() + from;
        for (int i = 0; i < count; i++) {
            if (complete(at + i)) {
                for (int j = 0; j < sources.length; j++) {
                    z[j + 1][kept] = batch.column(sources[j])[at + i];
                }
                if (w != null) {
                    w[kept] = batch.column(weightSource)[at + i];
                }
                if (key != null) {
                    key[kept] = batch.column(keySource)[at + i];
                }
                kept++;
            }
        }
        length = kept;
        return count - kept;
    }

    private boolean complete(int index) {
        boolean complete = true;
        for (int source : sources) {
            complete &= finiteOrMissing(source, index);
        }
        if (w != null) {
            complete &= finiteOrMissing(weightSource, index);
        }
        for (int c : checked) {
            complete &= !Double.isNaN(batch.column(c)[index]);
        }
        return complete;
    }

    /** False for a missing value; throws for an infinite one. */
    private boolean finiteOrMissing(int source, int index) {
        double v = batch.column(source)[index];
        if (Double.isInfinite(v)) {
            throw Rows.infinite(batch, source, index);
        }
        return !Double.isNaN(v);
    }

    /**
     * The rows of the chunk with a non-zero weight (all of them unweighted).
     *
     * @throws StreamException at a negative weight
     */
    int weightedCount() {
        if (w == null) {
            return length;
        }
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (w[i] < 0) {
                throw new StreamException("the weight " + spec.weight().get() + " is negative (" + w[i] + ") in a row "
                        + "of " + batch.source() + "; regression weights must be 0 or more",
                        DataLocation.column(batch.source(), spec.weight().get()));
            }
            count += w[i] != 0 ? 1 : 0;
        }
        return count;
    }

    /**
     * Residuals {@code e = y - Xβ} and scores {@code s = w e} ({@code e} unweighted) of the chunk, subtracting the
     * terms in coefficient order as {@code causal.learn.SandwichCovariance} does; returns {@code Σ e s}, the chunk's
     * (weighted) residual sum of squares, which is not finite when a row is incomplete. Modifies e and s.
     */
    double residuals(double[] beta, double[] e, double[] s) {
        System.arraycopy(columns[coefficients], offset, e, 0, length);
        // The intercept's column is all ones: b * 1 is b.
        double intercept = beta[0];
        for (int i = 0; i < length; i++) {
            e[i] -= intercept;
        }
        for (int j = 1; j < coefficients; j++) {
            double b = beta[j];
            double[] x = columns[j];
            int at = offset;
            for (int i = 0; i < length; i++) {
                e[i] -= b * x[at + i];
            }
        }
        double sum = 0;
        for (int i = 0; i < length; i++) {
            s[i] = w == null ? e[i] : w[i] * e[i];
            sum += e[i] * s[i];
        }
        return sum;
    }
}

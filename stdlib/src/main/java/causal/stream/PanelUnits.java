package causal.stream;

import java.util.Arrays;
import java.util.List;

/**
 * The second pass of {@link StreamingTwoWayFixedEffects}, once the periods are known ({@link PanelPeriods}): per unit
 * (numbered in order of first appearance), a bit for each period it has a row in, the sums of its outcome over its
 * post and its pre rows, and its treated flag; and whether the panel breaks the stream's assumptions (a unit twice
 * in a period, a treated flag that changes within a unit). Memory grows with the units: a few words each.
 */
final class PanelUnits implements Accumulator<PanelUnits> {
    private final PanelColumns spec;
    private final PanelPeriods periods;
    private final int words;
    final KeyIndex index = new KeyIndex(1);
    long[] seen;
    double[] postSums = new double[16];
    double[] preSums = new double[16];
    byte[] treated = new byte[16];
    boolean repeated;
    boolean treatedChanges;

    /** Empty sums; {@code periods} is read, never modified (so passes may share it across threads). */
    PanelUnits(PanelColumns spec, PanelPeriods periods) {
        this.spec = spec;
        this.periods = periods;
        this.words = Math.max(1, (periods.periods() + 63) / 64);
        this.seen = new long[16 * words];
    }

    @Override
    public List<String> columns() {
        return spec.columns();
    }

    /** How many units have rows. */
    int units() {
        return index.count();
    }

    /** Whether every unit has exactly one row in every period, and one treated flag. */
    boolean balanced() {
        if (repeated || treatedChanges) {
            return false;
        }
        int t = periods.periods();
        for (int u = 0; u < units(); u++) {
            int bits = 0;
            for (int w = 0; w < words; w++) {
                bits += Long.bitCount(seen[u * words + w]);
            }
            if (bits != t) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void add(RowBatch batch) {
        int[] read = spec.indices(batch);
        double[] d = batch.column(read[0]);
        double[] y = batch.column(read[2]);
        double[] unit = batch.column(read[3]);
        double[] time = batch.column(read[4]);
        for (int i = batch.start(); i < batch.start() + batch.rows(); i++) {
            if (!Rows.complete(batch, read, i)) {
                continue;
            }
            int p = periods.index.find(time[i]);
            if (p < 0) {
                // Not a period of the first pass (past its limit): the caller has already given up on this panel.
                repeated = true;
                continue;
            }
            int u = unit(unit[i], (byte) d[i]);
            if (!mark(u, p)) {
                repeated = true;
            }
            if (periods.post[p] == 1) {
                postSums[u] += y[i];
            } else {
                preSums[u] += y[i];
            }
        }
    }

    /** The slot of unit {@code key}, created on first sight with treated flag {@code d}. */
    private int unit(double key, byte d) {
        int u = index.find(key);
        if (u >= 0) {
            treatedChanges |= treated[u] != d;
            return u;
        }
        u = index.slot(key);
        if (u == treated.length) {
            postSums = Arrays.copyOf(postSums, 2 * u);
            preSums = Arrays.copyOf(preSums, 2 * u);
            treated = Arrays.copyOf(treated, 2 * u);
            seen = Arrays.copyOf(seen, 2 * u * words);
        }
        treated[u] = d;
        return u;
    }

    /** Sets unit u's bit of period p; false when it was set already. */
    private boolean mark(int u, int p) {
        int at = u * words + p / 64;
        long bit = 1L << (p % 64);
        boolean fresh = (seen[at] & bit) == 0;
        seen[at] |= bit;
        return fresh;
    }

    @Override
    public void merge(PanelUnits later) {
        repeated |= later.repeated;
        treatedChanges |= later.treatedChanges;
        for (int s = 0; s < later.units(); s++) {
            int u = unit(later.index.key(s, 0), later.treated[s]);
            for (int w = 0; w < words; w++) {
                long bits = later.seen[s * words + w];
                repeated |= (seen[u * words + w] & bits) != 0;
                seen[u * words + w] |= bits;
            }
            postSums[u] += later.postSums[s];
            preSums[u] += later.preSums[s];
        }
    }
}

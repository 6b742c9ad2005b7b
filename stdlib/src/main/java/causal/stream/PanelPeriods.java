package causal.stream;

import java.util.Arrays;
import java.util.List;

/**
 * The first pass of {@link StreamingTwoWayFixedEffects}: the periods (values of the time column) numbered in order of
 * first appearance, each with its rows, the mean outcome and its post flag; the rows and mean outcome of the four
 * treated x post cells; and whether the design is one the stream can fit: both flags 0/1, post one value within
 * each period (a common treatment date), at most {@link #MAX_PERIODS} periods. Means merge by Chan et al.'s
 * formula.
 */
final class PanelPeriods implements Accumulator<PanelPeriods> {
    /** More periods than this: the panel is read in memory instead. */
    static final int MAX_PERIODS = 10_000;

    private final PanelColumns spec;
    final KeyIndex index = new KeyIndex(1);
    long[] counts = new long[8];
    double[] means = new double[8];
    /** Per period: 0 or 1, the post flag of its rows. */
    byte[] post = new byte[8];
    /** The cells (treated, post) = (0,0), (0,1), (1,0), (1,1). */
    final long[] cellCounts = new long[4];
    final double[] cellMeans = new double[4];
    boolean flagsAreZeroOrOne = true;
    boolean postWithinPeriods = true;
    boolean tooManyPeriods;
    long dropped;

    PanelPeriods(PanelColumns spec) {
        this.spec = spec;
    }

    @Override
    public List<String> columns() {
        return spec.columns();
    }

    /** How many periods have rows. */
    int periods() {
        return index.count();
    }

    /** Rows used. */
    long rows() {
        return cellCounts[0] + cellCounts[1] + cellCounts[2] + cellCounts[3];
    }

    /** Whether the stream can fit this design: valid flags, one post value per period, not too many periods. */
    boolean commonTiming() {
        return flagsAreZeroOrOne && postWithinPeriods && !tooManyPeriods;
    }

    @Override
    public void add(RowBatch batch) {
        int[] read = spec.indices(batch);
        double[] d = batch.column(read[0]);
        double[] p = batch.column(read[1]);
        double[] y = batch.column(read[2]);
        double[] time = batch.column(read[4]);
        int[] slot = new int[batch.rows()];
        int[] cell = new int[batch.rows()];
        for (int r = 0; r < slot.length; r++) {
            int i = batch.start() + r;
            slot[r] = -1;
            if (!Rows.complete(batch, read, i)) {
                dropped++;
                continue;
            }
            if (!flag(d[i]) || !flag(p[i])) {
                flagsAreZeroOrOne = false;
                continue;
            }
            int s = period(time[i], (byte) p[i]);
            if (s >= 0) {
                slot[r] = s;
                cell[r] = 2 * (int) d[i] + (int) p[i];
            }
        }
        long[] n = new long[periods()];
        double[] sum = new double[periods()];
        long[] cellN = new long[4];
        double[] cellSum = new double[4];
        for (int r = 0; r < slot.length; r++) {
            if (slot[r] >= 0) {
                double v = y[batch.start() + r];
                n[slot[r]]++;
                sum[slot[r]] += v;
                cellN[cell[r]]++;
                cellSum[cell[r]] += v;
            }
        }
        for (int s = 0; s < n.length; s++) {
            if (n[s] > 0) {
                combine(s, n[s], sum[s] / n[s]);
            }
        }
        for (int c = 0; c < 4; c++) {
            if (cellN[c] > 0) {
                combineCell(c, cellN[c], cellSum[c] / cellN[c]);
            }
        }
    }

    private static boolean flag(double v) {
        return v == 0.0 || v == 1.0;
    }

    /** The period of {@code value}, numbered on first sight with post flag {@code p}; -1 past the limit. */
    private int period(double value, byte p) {
        int s = index.find(value);
        if (s < 0) {
            if (index.count() >= MAX_PERIODS) {
                tooManyPeriods = true;
                return -1;
            }
            s = index.slot(value);
            if (s == counts.length) {
                counts = Arrays.copyOf(counts, 2 * s);
                means = Arrays.copyOf(means, 2 * s);
                post = Arrays.copyOf(post, 2 * s);
            }
            post[s] = p;
        } else if (post[s] != p) {
            postWithinPeriods = false;
        }
        return s;
    }

    private void combine(int s, long n, double mean) {
        long total = counts[s] + n;
        means[s] += (mean - means[s]) * ((double) n / total);
        counts[s] = total;
    }

    private void combineCell(int c, long n, double mean) {
        long total = cellCounts[c] + n;
        cellMeans[c] += (mean - cellMeans[c]) * ((double) n / total);
        cellCounts[c] = total;
    }

    @Override
    public void merge(PanelPeriods later) {
        flagsAreZeroOrOne &= later.flagsAreZeroOrOne;
        postWithinPeriods &= later.postWithinPeriods;
        tooManyPeriods |= later.tooManyPeriods;
        for (int s = 0; s < later.periods(); s++) {
            int target = period(later.index.key(s, 0), later.post[s]);
            if (target >= 0 && later.counts[s] > 0) {
                combine(target, later.counts[s], later.means[s]);
            }
        }
        for (int c = 0; c < 4; c++) {
            if (later.cellCounts[c] > 0) {
                combineCell(c, later.cellCounts[c], later.cellMeans[c]);
            }
        }
        dropped += later.dropped;
    }
}

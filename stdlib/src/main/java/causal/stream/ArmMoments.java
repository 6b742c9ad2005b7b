package causal.stream;

import java.util.List;
import java.util.Optional;

/**
 * An experiment's arms in one pass. Per value of the arm column (a number, true/false, or a text level's code): the
 * rows, the outcome's mean and {@code Σ(y − ȳ)²}, the rows with {@code y = 1} (conversions), the first outcome that
 * is neither 0 nor 1 with its place among the arm's rows, and, given a covariate x (CUPED's pre-period metric), its
 * mean, {@code Σ(x − x̄)²} and the co-moment {@code Σ(x − x̄)(y − ȳ)}. Within a batch each arm takes two passes
 * (means, then corrected deviations, as {@code causal.experiment.ArmSummary}); batches merge by Chan, Golub and
 * LeVeque's formulas ({@code M2 = M2_a + M2_b + δ² n_a n_b / n}, and {@code C = C_a + C_b + δx δy n_a n_b / n} for
 * the co-moment), so no raw sum of squares ever cancels. Arms are numbered in order of first appearance; beyond
 * {@link #MAX_ARMS} further arms are skipped, as the comparison refuses the column anyway.
 */
final class ArmMoments implements Accumulator<ArmMoments> {
    /** As many levels as the in-memory comparison lists when it refuses an arm column with too many. */
    static final int MAX_ARMS = 51;

    private final String arm;
    private final String outcome;
    private final Optional<String> covariate;
    private final List<String> alsoComplete;
    private final KeyIndex index = new KeyIndex(1);
    final long[] counts = new long[MAX_ARMS];
    final double[] meanY = new double[MAX_ARMS];
    final double[] squaresY = new double[MAX_ARMS];
    final double[] meanX = new double[MAX_ARMS];
    final double[] squaresX = new double[MAX_ARMS];
    final double[] cross = new double[MAX_ARMS];
    final long[] ones = new long[MAX_ARMS];
    /** The 1-based place among the arm's rows of its first outcome other than 0 and 1; 0 when there is none. */
    final long[] otherRow = new long[MAX_ARMS];
    final double[] otherValue = new double[MAX_ARMS];
    /** The arm column's levels when it is categorical (the longest list any batch carried). */
    List<String> levels = List.of();
    long dropped;

    /**
     * Empty moments of {@code outcome} (and {@code covariate}, if given) by the values of {@code arm}; a row missing
     * any of these or of {@code alsoComplete} is dropped.
     */
    ArmMoments(String arm, String outcome, Optional<String> covariate, List<String> alsoComplete) {
        this.arm = arm;
        this.outcome = outcome;
        this.covariate = covariate;
        this.alsoComplete = List.copyOf(alsoComplete);
    }

    @Override
    public List<String> columns() {
        return Rows.columns(java.util.Arrays.asList(arm, outcome, covariate.orElse(null)), alsoComplete);
    }

    /** How many arms have rows (at most {@link #MAX_ARMS}). */
    int arms() {
        return index.count();
    }

    /** The arm column's value (or level code) of arm {@code a}. */
    double key(int a) {
        return index.key(a, 0);
    }

    /** The arm of value {@code key}, or -1 when no row has it. */
    int find(double key) {
        return index.find(key);
    }

    /** Rows used, over all arms. */
    long rows() {
        long n = 0;
        for (int a = 0; a < arms(); a++) {
            n += counts[a];
        }
        return n;
    }

    @Override
    public void add(RowBatch batch) {
        int armSource = batch.index(arm);
        if (batch.levels(armSource).size() > levels.size()) {
            levels = batch.levels(armSource);
        }
        double[] a = batch.column(armSource);
        double[] y = batch.column(batch.index(outcome));
        double[] x = covariate.map(c -> batch.column(batch.index(c))).orElse(null);
        int[] read = columns().stream().mapToInt(batch::index).toArray();
        int[] slot = new int[batch.rows()];
        BatchArms part = new BatchArms();
        for (int r = 0; r < slot.length; r++) {
            int i = batch.start() + r;
            boolean complete = Rows.complete(batch, read, i);
            dropped += complete ? 0 : 1;
            slot[r] = complete ? slot(a[i]) : -1;
            if (slot[r] >= 0) {
                part.first(slot[r], y[i], x == null ? 0 : x[i]);
            }
        }
        part.means();
        for (int r = 0; r < slot.length; r++) {
            if (slot[r] >= 0) {
                int i = batch.start() + r;
                part.second(slot[r], y[i], x == null ? 0 : x[i]);
            }
        }
        for (int s = 0; s < arms(); s++) {
            if (part.n[s] > 0) {
                combine(s, part.moments(s));
            }
        }
    }

    /** The arm of {@code key}, numbered on first sight; -1 for an arm beyond {@link #MAX_ARMS}. */
    private int slot(double key) {
        int s = index.find(key);
        return s >= 0 || index.count() >= MAX_ARMS ? s : index.slot(key);
    }

    @Override
    public void merge(ArmMoments later) {
        if (later.levels.size() > levels.size()) {
            levels = later.levels;
        }
        for (int s = 0; s < later.arms(); s++) {
            int target = slot(later.key(s));
            if (target >= 0 && later.counts[s] > 0) {
                combine(target, new Moments(later.counts[s], later.meanY[s], later.squaresY[s], later.meanX[s],
                        later.squaresX[s], later.cross[s], later.ones[s], later.otherRow[s], later.otherValue[s]));
            }
        }
        dropped += later.dropped;
    }

    /** One arm's part of some rows: what {@link #combine} adds. */
    private record Moments(long n, double meanY, double squaresY, double meanX, double squaresX, double cross,
                           long ones, long otherRow, double otherValue) {
    }

    /** Adds {@code part}, whose rows come after this arm's, to arm {@code s}. */
    private void combine(int s, Moments part) {
        long na = counts[s];
        if (otherRow[s] == 0 && part.otherRow() > 0) {
            otherRow[s] = na + part.otherRow();
            otherValue[s] = part.otherValue();
        }
        ones[s] += part.ones();
        if (na == 0) {
            counts[s] = part.n();
            meanY[s] = part.meanY();
            squaresY[s] = part.squaresY();
            meanX[s] = part.meanX();
            squaresX[s] = part.squaresX();
            cross[s] = part.cross();
            return;
        }
        long total = na + part.n();
        double dy = part.meanY() - meanY[s];
        double dx = part.meanX() - meanX[s];
        double f = (double) na * part.n() / total;
        meanY[s] += dy * part.n() / total;
        meanX[s] += dx * part.n() / total;
        squaresY[s] += part.squaresY() + dy * dy * f;
        squaresX[s] += part.squaresX() + dx * dx * f;
        cross[s] += part.cross() + dx * dy * f;
        counts[s] = total;
    }

    /** One batch's sums per arm for the two passes over its rows. */
    private static final class BatchArms {
        final long[] n = new long[MAX_ARMS];
        final double[] sumY = new double[MAX_ARMS];
        final double[] sumX = new double[MAX_ARMS];
        final long[] ones = new long[MAX_ARMS];
        final long[] otherRow = new long[MAX_ARMS];
        final double[] otherValue = new double[MAX_ARMS];
        final double[] meanY = new double[MAX_ARMS];
        final double[] meanX = new double[MAX_ARMS];
        final double[] dy = new double[MAX_ARMS];
        final double[] dx = new double[MAX_ARMS];
        final double[] dyy = new double[MAX_ARMS];
        final double[] dxx = new double[MAX_ARMS];
        final double[] dxy = new double[MAX_ARMS];

        void first(int s, double y, double x) {
            n[s]++;
            sumY[s] += y;
            sumX[s] += x;
            if (y == 1.0) {
                ones[s]++;
            } else if (y != 0.0 && otherRow[s] == 0) {
                otherRow[s] = n[s];
                otherValue[s] = y;
            }
        }

        void means() {
            for (int s = 0; s < MAX_ARMS; s++) {
                if (n[s] > 0) {
                    meanY[s] = sumY[s] / n[s];
                    meanX[s] = sumX[s] / n[s];
                }
            }
        }

        void second(int s, double y, double x) {
            double ey = y - meanY[s];
            double ex = x - meanX[s];
            dy[s] += ey;
            dx[s] += ex;
            dyy[s] += ey * ey;
            dxx[s] += ex * ex;
            dxy[s] += ex * ey;
        }

        /** Arm {@code s}'s moments; the corrected two-pass formula removes the rounding left in the means. */
        Moments moments(int s) {
            double m = n[s];
            return new Moments(n[s], meanY[s], Math.max(dyy[s] - dy[s] * dy[s] / m, 0.0), meanX[s],
                    Math.max(dxx[s] - dx[s] * dx[s] / m, 0.0), dxy[s] - dx[s] * dy[s] / m, ones[s], otherRow[s],
                    otherValue[s]);
        }
    }
}

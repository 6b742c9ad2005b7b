package causal.stream;

import java.util.List;

/**
 * A cluster-randomized experiment's clusters in one pass: per cluster (numbered by first appearance, so sums merge
 * in the same order for any thread count) its arm (the arm column's value or level code), its rows, and its
 * outcome's mean and {@code Σ(y − ȳ_c)²} (Welford's updates within a batch, Chan, Golub and LeVeque's merge across
 * batches, so no raw sum of squares cancels); and whether some cluster has rows in two arms, which the design
 * forbids. Rows missing the arm, the outcome, the cluster or any of {@code alsoComplete} are left out and counted.
 */
final class ClusterArms implements Accumulator<ClusterArms> {
    private static final int WIDTH = 4;
    private static final int ARM = 0;
    private static final int ROWS = 1;
    private static final int MEAN = 2;
    private static final int SQUARES = 3;

    private final String arm;
    private final String outcome;
    private final String cluster;
    private final List<String> alsoComplete;
    private final ClusterSums clusters = new ClusterSums(WIDTH);
    /** The arm column's levels when it is text (the longest list any batch carried). */
    List<String> levels = List.of();
    /** A cluster seen in two arms. */
    boolean mixed;
    long dropped;

    ClusterArms(String arm, String outcome, String cluster, List<String> alsoComplete) {
        this.arm = arm;
        this.outcome = outcome;
        this.cluster = cluster;
        this.alsoComplete = List.copyOf(alsoComplete);
    }

    @Override
    public List<String> columns() {
        return Rows.columns(List.of(arm, outcome, cluster), alsoComplete);
    }

    @Override
    public void add(RowBatch batch) {
        int armSource = batch.index(arm);
        if (batch.levels(armSource).size() > levels.size()) {
            levels = batch.levels(armSource);
        }
        double[] a = batch.column(armSource);
        double[] y = batch.column(batch.index(outcome));
        double[] c = batch.column(batch.index(cluster));
        int[] read = columns().stream().mapToInt(batch::index).toArray();
        for (int i = batch.start(); i < batch.start() + batch.rows(); i++) {
            if (!Rows.complete(batch, read, i)) {
                dropped++;
                continue;
            }
            int at = clusters.offset(c[i]);
            double[] s = clusters.sums;
            if (!arm(s, at, a[i])) {
                continue;
            }
            double n = ++s[at + ROWS];
            double delta = y[i] - s[at + MEAN];
            s[at + MEAN] += delta / n;
            s[at + SQUARES] += delta * (y[i] - s[at + MEAN]);
        }
    }

    /**
     * Records the cluster's arm at {@code at}; false (and {@link #mixed}) when it already had another. −0.0 is the arm
     * 0.0, as the in-memory arms and {@link KeyIndex} take it.
     */
    private boolean arm(double[] s, int at, double key) {
        double armKey = key + 0.0;
        if (s[at + ROWS] == 0) {
            s[at + ARM] = armKey;
            return true;
        }
        if (Double.compare(s[at + ARM], armKey) != 0) {
            mixed = true;
            return false;
        }
        return true;
    }

    @Override
    public void merge(ClusterArms later) {
        mixed |= later.mixed;
        dropped += later.dropped;
        if (later.levels.size() > levels.size()) {
            levels = later.levels;
        }
        for (int k = 0; k < later.count(); k++) {
            double[] from = later.clusters.sums;
            int f = k * WIDTH;
            int at = clusters.offset(later.clusters.key(k));
            double[] s = clusters.sums;
            if (!arm(s, at, from[f + ARM])) {
                continue;
            }
            double na = s[at + ROWS];
            double nb = from[f + ROWS];
            double total = na + nb;
            double delta = from[f + MEAN] - s[at + MEAN];
            s[at + MEAN] += delta * nb / total;
            s[at + SQUARES] += from[f + SQUARES] + delta * delta * na * nb / total;
            s[at + ROWS] = total;
        }
    }

    int count() {
        return clusters.count();
    }

    double arm(int k) {
        return clusters.sums[k * WIDTH + ARM];
    }

    long rows(int k) {
        return (long) clusters.sums[k * WIDTH + ROWS];
    }

    double mean(int k) {
        return clusters.sums[k * WIDTH + MEAN];
    }

    double squares(int k) {
        return clusters.sums[k * WIDTH + SQUARES];
    }
}

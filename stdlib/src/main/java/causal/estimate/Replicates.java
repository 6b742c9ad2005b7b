package causal.estimate;

import causal.random.RandomSource;
import java.util.Arrays;

/**
 * Replicates of a statistic, run in parallel: replicate {@code r} draws only from
 * {@code new RandomSource(seed).stream(r)} and the values come back in replicate order, so they are the same for a
 * seed whatever the number of threads. The bootstrap standard error, the front door's bootstrap and the refuters'
 * runs all go through here. A replicate that throws fails the whole run; the lowest such replicate's exception is the
 * one thrown.
 */
public final class Replicates {
    /** Set on a thread while it computes a replicate. */
    private static final ThreadLocal<Boolean> IN_REPLICATE = ThreadLocal.withInitial(() -> false);

    private Replicates() {
    }

    /** Whether the calling thread is computing a replicate (a resample's estimate, a refuter's run). */
    static boolean inReplicate() {
        return IN_REPLICATE.get();
    }

    /** One replicate's value, computed from draws of {@code rng}, which belongs to that replicate alone. */
    public interface Statistic {
        double of(int replicate, RandomSource rng);
    }

    /**
     * The values of replicates {@code 0 .. runs-1}. {@code statistic} must be safe to call from several threads at
     * once (every stdlib estimator is: configured once, immutable).
     */
    public static double[] run(int runs, long seed, Statistic statistic) {
        RandomSource root = new RandomSource(seed);
        double[] values = new double[runs];
        Parallel.forEach(runs, r -> {
            boolean outer = IN_REPLICATE.get();
            IN_REPLICATE.set(true);
            try {
                values[r] = statistic.of(r, root.stream(r));
            } finally {
                IN_REPLICATE.set(outer);
            }
        });
        return values;
    }

    /** The sample standard deviation (divisor n − 1) of replicate values, a bootstrap's standard error. */
    static double standardDeviation(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}

package causal.check;

import causal.estimate.EstimationException;
import causal.random.RandomSource;
import java.util.stream.IntStream;

/**
 * A refuter's runs, in parallel: run r draws only from {@code new RandomSource(seed).stream(r)} and the effects come
 * back in run order, so the result is the same whatever the number of threads. Estimators must be safe to call from
 * several threads at once (every stdlib estimator is: configured once, immutable).
 */
final class Replicates {
    private Replicates() {
    }

    /** One run: the effect estimated on data drawn with {@code rng}, which belongs to this run alone. */
    interface Run {
        double effect(RandomSource rng);
    }

    /** The effects of {@code runs} runs. A run the estimator cannot do fails the whole refutation, naming the run. */
    static double[] effects(String refuter, int runs, long seed, Run run) {
        RandomSource root = new RandomSource(seed);
        return IntStream.range(0, runs).parallel().mapToDouble(r -> {
            try {
                return run.effect(root.stream(r));
            } catch (EstimationException e) {
                throw new EstimationException(refuter + " run " + (r + 1) + " of " + runs + ": " + e.getMessage(),
                        e.location().orElse(null));
            }
        }).toArray();
    }
}

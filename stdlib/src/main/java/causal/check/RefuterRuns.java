package causal.check;

import causal.estimate.EstimationException;
import causal.estimate.Replicates;
import causal.random.RandomSource;

/**
 * A refuter's runs, as {@link Replicates}: run r draws only from {@code new RandomSource(seed).stream(r)}, in
 * parallel, and the effects come back in run order, so the result is the same whatever the number of threads.
 */
final class RefuterRuns {
    private RefuterRuns() {
    }

    /** One run: the effect estimated on data drawn with {@code rng}, which belongs to this run alone. */
    interface Run {
        double effect(RandomSource rng);
    }

    /** The effects of {@code runs} runs. A run the estimator cannot do fails the whole refutation, naming the run. */
    static double[] effects(String refuter, int runs, long seed, Run run) {
        return Replicates.run(runs, seed, (r, rng) -> {
            try {
                return run.effect(rng);
            } catch (EstimationException e) {
                throw new EstimationException(refuter + " run " + (r + 1) + " of " + runs + ": " + e.getMessage(),
                        e.location().orElse(null));
            }
        });
    }
}

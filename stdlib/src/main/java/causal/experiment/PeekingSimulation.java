package causal.experiment;

import causal.inference.ZStatistic;
import causal.progress.Progress;
import causal.random.Binomial;
import causal.random.RandomSource;

/**
 * The A/A peeking simulation: both arms convert at the same {@code baseRate}, so every rejection is a false
 * positive. Each run fills both arms up to {@code perArm} units in {@code looks} equal steps and, at every look,
 * tests the running counts with the two-proportion z test ({@link TwoProportionZTest}'s pooled statistic) and with
 * the mSPRT ({@link MixtureLikelihoodRatio}, Λ ≥ 1/α). It reports how often a run was ever rejected when peeking at
 * every look, when testing only at the end (the fixed horizon), and by the mSPRT. Repeated looks inflate the first
 * far above alpha (Armitage, McPherson and Rowe 1969); the mSPRT stays at or below it.
 *
 * <p>Run r draws from {@code new RandomSource(seed).stream(r)} with {@link Binomial} counts per step, so a seed
 * gives the same rates on every machine. The mSPRT mixing variance defaults to (0.1·σ)², σ² = baseRate·(1 −
 * baseRate), as in {@link MixtureSequentialTest}.
 */
public final class PeekingSimulation {
    private static final Binomial BINOMIAL = new Binomial();

    /** What to simulate; {@code mixingVariance} NaN means the default. */
    public record Options(long perArm, int looks, int runs, long seed, double baseRate, double alpha,
                          double mixingVariance) {
        public Options {
            if (perArm < 2) {
                throw new ExperimentException("the units per arm must be at least 2, not " + perArm);
            }
            Checks.atLeast(looks, 1, "the number of looks");
            if (looks > perArm) {
                throw new ExperimentException("there cannot be more looks (" + looks + ") than units per arm ("
                        + perArm + ")");
            }
            Checks.atLeast(runs, 1, "the number of runs");
            Checks.openUnit(baseRate, "the base rate");
            Checks.openUnit(alpha, "alpha");
            if (!Double.isNaN(mixingVariance)) {
                Checks.positive(mixingVariance, "the mixing variance");
            }
        }

        public static Options of(long perArm, int looks, int runs, long seed, double baseRate) {
            return new Options(perArm, looks, runs, seed, baseRate, 0.05, Double.NaN);
        }

        double tauSquared() {
            double sd = MixtureLikelihoodRatio.DEFAULT_MIXING_SD_IN_SDS;
            return Double.isNaN(mixingVariance) ? sd * sd * baseRate * (1 - baseRate) : mixingVariance;
        }
    }

    /** The share of runs with at least one rejection under each way of testing. */
    public record Result(int runs, int looks, double peekingRate, double fixedHorizonRate, double msprtRate,
                         double mixingVariance) {
    }

    private PeekingSimulation() {
    }

    public static Result run(Options options) {
        RandomSource source = new RandomSource(options.seed());
        int peeking = 0;
        int fixedHorizon = 0;
        int msprt = 0;
        try (Progress.Task progress = Progress.start("simulate aa", options.runs(), "runs")) {
            for (int run = 0; run < options.runs(); run++) {
                Rejections rejections = simulateRun(source.stream(run), options);
                peeking += rejections.peeking() ? 1 : 0;
                fixedHorizon += rejections.fixedHorizon() ? 1 : 0;
                msprt += rejections.msprt() ? 1 : 0;
                progress.step();
            }
        }
        double runs = options.runs();
        return new Result(options.runs(), options.looks(), peeking / runs, fixedHorizon / runs, msprt / runs,
                options.tauSquared());
    }

    /** Whether one A/A run was rejected at some look, at the last look, and by the mSPRT at some look. */
    private record Rejections(boolean peeking, boolean fixedHorizon, boolean msprt) {
    }

    private static Rejections simulateRun(RandomSource rng, Options options) {
        double critical = ZStatistic.criticalForAlpha(options.alpha());
        double[][] parameters = {{0}, {options.baseRate()}};
        double[] draws = new double[2];
        double controlConversions = 0;
        double treatmentConversions = 0;
        long units = 0;
        boolean peeking = false;
        boolean last = false;
        boolean msprt = false;
        for (int look = 1; look <= options.looks(); look++) {
            long next = (long) Math.ceil((double) options.perArm() * look / options.looks());
            parameters[0][0] = next - units;
            units = next;
            BINOMIAL.sample(rng, parameters, draws);
            controlConversions += draws[0];
            treatmentConversions += draws[1];
            last = Math.abs(pooledZ(controlConversions, treatmentConversions, units)) > critical;
            peeking |= last;
            msprt |= msprtRejects(controlConversions, treatmentConversions, units, options.tauSquared(),
                    options.alpha());
        }
        return new Rejections(peeking, last, msprt);
    }

    /** The pooled two-proportion z with equal arms of {@code n}; 0 while no unit (or every unit) converted. */
    private static double pooledZ(double controlConversions, double treatmentConversions, long n) {
        double pooled = (controlConversions + treatmentConversions) / (2.0 * n);
        double se = Math.sqrt(pooled * (1 - pooled) * 2.0 / n);
        return se > 0 ? (treatmentConversions - controlConversions) / n / se : 0;
    }

    private static boolean msprtRejects(double controlConversions, double treatmentConversions, long n,
                                        double tauSquared, double alpha) {
        double p1 = controlConversions / n;
        double p2 = treatmentConversions / n;
        double variance = (p1 * (1 - p1) + p2 * (1 - p2)) / n;
        if (n < 2 || !(variance > 0)) {
            return false;
        }
        return MixtureLikelihoodRatio.of(p2 - p1, variance, tauSquared) >= 1 / alpha;
    }
}

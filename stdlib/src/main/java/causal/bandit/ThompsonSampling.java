package causal.bandit;

import causal.random.Beta;
import causal.random.Normal;
import causal.random.RandomSource;

/**
 * Thompson sampling (Thompson 1933; Agrawal and Goyal 2012, "Analysis of Thompson sampling for the multi-armed bandit
 * problem"): each round, draw a mean for every arm from its posterior and play the arm of the largest draw.
 *
 * <ul>
 *   <li>{@link BetaPrior}: rewards in [0, 1] (a click, a conversion). The posterior of arm a is
 *       {@code Beta(a + S_a, b + n_a - S_a)}, with {@code S_a} the sum of its rewards and {@code n_a} its plays;
 *       a fractional reward r counts as r successes and 1 − r failures.</li>
 *   <li>{@link NormalPrior}: continuous rewards with a known noise sd σ. The posterior of arm a is normal with
 *       precision {@code 1/sd² + n_a/σ²} and mean {@code (mean/sd² + S_a/σ²) / precision} (the conjugate normal
 *       model; Agrawal and Goyal 2013's Gaussian Thompson sampling is the case mean = 0, sd = σ = 1 up to their
 *       one pseudo-observation).</li>
 * </ul>
 *
 * <p>{@link #probabilities} is the chance each arm's draw is the largest, by Monte Carlo with {@code draws} draws of
 * every posterior (as Open Bandit Pipeline's {@code BernoulliTS.compute_batch_action_dist}); it draws from its own
 * stream, made from the policy's seed, anew on each call, so the same state gives the same probabilities.
 */
public final class ThompsonSampling implements Policy {
    public static final int DEFAULT_DRAWS = 10_000;
    private static final Beta BETA = new Beta();
    private static final Normal NORMAL = new Normal();
    /** The child stream of the policy's source that {@link #probabilities} draws from. */
    private static final long PROBABILITY_STREAM = 1;

    /** A prior over each arm's mean reward; every arm gets the same one. */
    public sealed interface Prior permits BetaPrior, NormalPrior {
        /** As a script writes it, e.g. {@code beta(1, 1)}. */
        String label();
    }

    /** {@code beta(a, b)}, both shapes greater than 0; the default {@code beta(1, 1)} is uniform. */
    public record BetaPrior(double a, double b) implements Prior {
        public static final BetaPrior UNIFORM = new BetaPrior(1, 1);

        public BetaPrior {
            Checks.positive(a, "the beta prior's a");
            Checks.positive(b, "the beta prior's b");
        }

        @Override
        public String label() {
            return "beta(" + OptionText.number(a) + ", " + OptionText.number(b) + ")";
        }
    }

    /** {@code normal(mean, sd)} for each arm's mean, with rewards normal around it with sd {@code noise}. */
    public record NormalPrior(double mean, double sd, double noise) implements Prior {
        public NormalPrior {
            Checks.finite(mean, "the normal prior's mean");
            Checks.positive(sd, "the normal prior's sd");
            Checks.positive(noise, "thompson's noise");
        }

        @Override
        public String label() {
            return "normal(" + OptionText.number(mean) + ", " + OptionText.number(sd) + "), noise = "
                    + OptionText.number(noise);
        }
    }

    /** {@code thompson(prior = …, draws = …)}. */
    public record Options(Prior prior, int draws) implements PolicyTemplate {
        public static final Options DEFAULTS = new Options(BetaPrior.UNIFORM, DEFAULT_DRAWS);

        public Options {
            if (prior == null) {
                throw new BanditException("thompson needs a prior: beta(a, b) or normal(mean, sd)");
            }
            Checks.atLeast(draws, 1, "thompson's draws");
        }

        @Override
        public String keyword() {
            return "thompson";
        }

        @Override
        public String label() {
            return "thompson(prior = " + prior.label() + ")";
        }

        @Override
        public Policy start(int arms, int featureCount, RandomSource rng) {
            return new ThompsonSampling(ArmStatistics.arms(arms, "thompson"), this, rng);
        }
    }

    private final ArmStatistics stats;
    private final Prior prior;
    private final int draws;
    private final RandomSource rng;
    private final long probabilitySeed;
    /** The posterior's two parameters per arm: (a, b) for a beta prior, (mean, sd) for a normal one. */
    private final double[][] posterior;
    private final double[] draw;

    private ThompsonSampling(int arms, Options options, RandomSource rng) {
        this.stats = new ArmStatistics(arms);
        this.prior = options.prior();
        this.draws = options.draws();
        this.rng = rng;
        this.probabilitySeed = rng.stream(PROBABILITY_STREAM).seed();
        this.posterior = new double[2][arms];
        this.draw = new double[arms];
        for (int a = 0; a < arms; a++) {
            refresh(a);
        }
    }

    @Override
    public int arms() {
        return stats.arms();
    }

    @Override
    public int choose(double[] context) {
        sample(rng);
        return ArmScores.argmax(draw, rng);
    }

    @Override
    public void update(int arm, double reward, double[] context) {
        Checks.arm(arm, stats.arms());
        Checks.reward(reward);
        if (prior instanceof BetaPrior && (reward < 0 || reward > 1)) {
            throw new BanditException("thompson with a beta prior needs rewards between 0 and 1 (a click, a "
                    + "conversion), not " + reward + "; use prior = normal(mean, sd) for other rewards");
        }
        stats.add(arm, reward);
        refresh(arm);
    }

    @Override
    public double[] probabilities(double[] context) {
        RandomSource own = new RandomSource(probabilitySeed);
        double[] p = new double[stats.arms()];
        for (int d = 0; d < draws; d++) {
            sample(own);
            p[ArmScores.argmax(draw, own)] += 1.0 / draws;
        }
        return p;
    }

    private void sample(RandomSource source) {
        if (prior instanceof BetaPrior) {
            BETA.sample(source, posterior, draw);
        } else {
            NORMAL.sample(source, posterior, draw);
        }
    }

    private void refresh(int arm) {
        long n = stats.pulls(arm);
        double sum = stats.sum(arm);
        if (prior instanceof BetaPrior beta) {
            posterior[0][arm] = beta.a() + sum;
            posterior[1][arm] = beta.b() + n - sum;
        } else if (prior instanceof NormalPrior normal) {
            double noiseVariance = normal.noise() * normal.noise();
            double priorPrecision = 1 / (normal.sd() * normal.sd());
            double precision = priorPrecision + n / noiseVariance;
            posterior[0][arm] = (normal.mean() * priorPrecision + sum / noiseVariance) / precision;
            posterior[1][arm] = Math.sqrt(1 / precision);
        }
    }
}

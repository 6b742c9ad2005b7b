package causal.bandit;

import causal.options.OptionValue;
import causal.progress.Progress;
import causal.random.RandomSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plays policies against an environment for a number of rounds ({@code simulate ts, ucb1 on bernoulli_arms(0.10,
 * 0.13) rounds 10000 seed 1}) and reports each one's cumulative reward, regret and regret curve.
 *
 * <p>Every policy meets the same randomness: run r gives each policy a copy of the stream {@code
 * seed.stream(2r + 1)} for its own draws and, on {@link BernoulliArms}, the same rewards, drawn from
 * {@code seed.stream(2r)} for every arm every round whichever arm was played (common random numbers), so
 * differences between policies are not noise of the environment. A seed gives the same report on every machine.
 *
 * <p>On Bernoulli arms the regret is the pseudo-regret {@code Σ_t (max_a p_a − p_{a_t})}, exact given the choices;
 * the reward is the realised sum of draws. On a {@link LoggedReplay} a round is a row where the policy chose the
 * logged arm; when the log runs out before the rounds asked for, the report covers the rounds every run reached,
 * with a note.
 */
public final class BanditSimulation {
    public static final int DEFAULT_CHECKPOINTS = 200;

    /** {@code rounds} per run, {@code runs} runs averaged, the seed, and the number of points of the curve. */
    public record Options(int rounds, int runs, long seed, int checkpoints) {
        public Options {
            Checks.atLeast(rounds, 1, "the number of rounds");
            Checks.atLeast(runs, 1, "the number of runs");
            Checks.atLeast(checkpoints, 1, "the number of checkpoints");
        }

        /** One run with a curve of {@link #DEFAULT_CHECKPOINTS} points. */
        public static Options of(int rounds, long seed) {
            return new Options(rounds, 1, seed, DEFAULT_CHECKPOINTS);
        }

        public Options withRuns(int runs) {
            return new Options(rounds, runs, seed, checkpoints);
        }
    }

    /** The options a script may give a simulation besides {@code rounds} and {@code seed}. */
    public static final List<BanditOption> OPTIONS = List.of(
            new BanditOption("runs", "integer", "1", "independent runs averaged, each with its own seed streams"),
            new BanditOption("checkpoints", "integer", Integer.toString(DEFAULT_CHECKPOINTS),
                    "the points of the regret curve, evenly spaced over the rounds"));

    private BanditSimulation() {
    }

    /**
     * The options for {@code rounds} and {@code seed} with a script's other values.
     *
     * @throws BanditException naming the option, for an unknown option or a bad value
     */
    public static Options options(int rounds, long seed, Map<String, OptionValue> values) {
        OptionValues v = new OptionValues("simulate", values, OPTIONS);
        return new Options(rounds, v.integer("runs", 1), seed, v.integer("checkpoints", DEFAULT_CHECKPOINTS));
    }

    /**
     * Simulates each of {@code policies} on {@code environment}.
     *
     * @throws BanditException when there is no policy, a policy reads context features the environment does not
     *     have, or a replayed policy never chooses a logged arm
     */
    public static SimulationReport run(List<PolicyTemplate> policies, BanditEnvironment environment,
            Options options) {
        if (policies.isEmpty()) {
            throw new BanditException("name at least one policy to simulate");
        }
        List<String> notes = new ArrayList<>();
        double best;
        if (environment instanceof LoggedReplay replay) {
            best = replay.bestMean();
            if (replay.log().hasPositions()) {
                throw new BanditException("replay plays one arm per row, but the log has positions (slates)");
            }
            if (replay.loggedNonUniformly()) {
                notes.add("replay assumes the log played every arm with probability 1/" + replay.arms()
                        + ", but its propensities differ from that, so the results are biased");
            }
        } else {
            best = ((BernoulliArms) environment).bestMean();
        }
        List<PolicyPerformance> performances = new ArrayList<>();
        try (Progress.Task progress = Progress.start("simulate", (long) policies.size() * options.runs(), "runs")) {
            for (PolicyTemplate template : policies) {
                performances.add(simulate(template, environment, options, notes, progress));
            }
        }
        return new SimulationReport(environment.label(), options.rounds(), options.runs(), options.seed(), best,
                performances, notes);
    }

    private static PolicyPerformance simulate(PolicyTemplate template, BanditEnvironment environment,
            Options options, List<String> notes, Progress.Task progress) {
        BanditLog log = environment instanceof LoggedReplay replay ? replay.log() : null;
        FeatureProjection features = FeatureProjection.of(template, log, environment.label());
        Trajectories result = runAll(template, environment, features, options.rounds(), options, progress);
        if (result.fewestRounds() < options.rounds()) {
            int reached = result.fewestRounds();
            if (reached == 0) {
                throw new BanditException(template.label() + " never chose a logged arm in the replay, so it has "
                        + "no rounds to report");
            }
            notes.add("the log ran out after " + reached + " rounds of " + template.label() + " (of "
                    + options.rounds() + " asked for); its results cover " + reached + " rounds");
            // Runs are deterministic for the seed, so running again to the rounds all reached gives a curve whose
            // every point averages the same runs.
            result = runAll(template, environment, features, reached, options, null);
        }
        return result.performance(template.label());
    }

    private static Trajectories runAll(PolicyTemplate template, BanditEnvironment environment,
            FeatureProjection features, int rounds, Options options, Progress.Task progress) {
        Trajectories trajectories = new Trajectories(environment.arms(), rounds, options.checkpoints());
        RandomSource source = new RandomSource(options.seed());
        for (int run = 0; run < options.runs(); run++) {
            long environmentSeed = source.stream(2L * run).seed();
            RandomSource policyStream = source.stream(2L * run + 1);
            Policy policy = template.start(environment.arms(), features.featureCount(), policyStream);
            trajectories.startRun();
            if (environment instanceof BernoulliArms arms) {
                playBernoulli(policy, arms, new RandomSource(environmentSeed), trajectories, rounds);
            } else {
                replay(policy, (LoggedReplay) environment, features, trajectories, rounds);
            }
            trajectories.endRun();
            if (progress != null) {
                progress.step();
            }
        }
        return trajectories;
    }

    private static void playBernoulli(Policy policy, BernoulliArms arms, RandomSource rewards,
            Trajectories trajectories, int rounds) {
        int k = arms.arms();
        double best = arms.bestMean();
        double[] draw = new double[k];
        double reward = 0;
        double regret = 0;
        for (int t = 1; t <= rounds; t++) {
            int arm = policy.choose(null);
            for (int a = 0; a < k; a++) {
                draw[a] = rewards.nextDouble();
            }
            double r = draw[arm] < arms.mean(arm) ? 1 : 0;
            policy.update(arm, r, null);
            reward += r;
            regret += best - arms.mean(arm);
            trajectories.record(t, arm, regret, reward);
        }
    }

    private static void replay(Policy policy, LoggedReplay environment, FeatureProjection features,
            Trajectories trajectories, int rounds) {
        BanditLog log = environment.log();
        double best = environment.bestMean();
        double reward = 0;
        int t = 0;
        for (int i = 0; i < log.rows() && t < rounds; i++) {
            double[] context = features.context(log, i);
            int arm = policy.choose(context);
            if (arm != log.action(i)) {
                continue;
            }
            double r = log.reward(i);
            policy.update(arm, r, context);
            reward += r;
            t++;
            trajectories.record(t, arm, t * best - reward, reward);
        }
    }
}

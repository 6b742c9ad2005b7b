package causal.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Simulations on Bernoulli arms 0.2, 0.5, 0.6 (gaps 0.4 and 0.1 to the best arm). Regret is read at 1,000 and
 * 10,000 rounds of the same runs (the curve's first and last points), averaged over 20 runs: a policy whose regret
 * grows as log t multiplies it by far less than the tenfold of one that keeps exploring at a fixed rate.
 */
class BanditSimulationTest {
    private static final BernoulliArms ARMS = new BernoulliArms(0.2, 0.5, 0.6);
    private static final BanditSimulation.Options TEN_THOUSAND = new BanditSimulation.Options(10_000, 20, 11, 10);

    private static double regretGrowth(PolicyPerformance performance) {
        List<RegretPoint> curve = performance.curve();
        assertThat(curve.get(0).round()).isEqualTo(1000);
        assertThat(curve.get(9).round()).isEqualTo(10_000);
        return curve.get(9).regret() / curve.get(0).regret();
    }

    @Test
    void thompsonSamplingAndUcb1HaveSublinearRegret() {
        SimulationReport report = BanditSimulation.run(List.of(ThompsonSampling.Options.DEFAULTS,
                new Ucb1.Options()), ARMS, TEN_THOUSAND);
        assertThat(regretGrowth(report.policy("thompson(prior = beta(1, 1))").orElseThrow())).isLessThan(4);
        assertThat(regretGrowth(report.policy("ucb1").orElseThrow())).isLessThan(4);
    }

    @Test
    void epsilonGreedyHasLinearRegretAtItsExplorationRate() {
        PolicyPerformance greedy = BanditSimulation.run(List.of(EpsilonGreedy.Options.DEFAULTS), ARMS, TEN_THOUSAND)
                .policies().get(0);
        assertThat(regretGrowth(greedy)).isGreaterThan(6);
        // Once the best arm is found, a share ε of rounds explores uniformly: regret grows by ε/3 · (0.4 + 0.1 + 0)
        // per round.
        List<RegretPoint> curve = greedy.curve();
        double slope = (curve.get(9).regret() - curve.get(4).regret()) / 5000;
        assertThat(slope).isCloseTo(0.1 / 3 * 0.5, within(0.15 * 0.1 / 3 * 0.5));
    }

    @Test
    void theReportAddsUpRewardRegretAndArmShares() {
        SimulationReport report = BanditSimulation.run(List.of(new Ucb1.Options(), new RandomPolicy.Options()),
                new BernoulliArms(0.1, 0.13), BanditSimulation.Options.of(10_000, 1));
        assertThat(report.environment()).isEqualTo("bernoulli_arms(0.1, 0.13)");
        assertThat(report.bestArmMean()).isEqualTo(0.13);
        for (PolicyPerformance p : report.policies()) {
            assertThat(p.rounds()).isEqualTo(10_000);
            assertThat(p.curve()).hasSize(BanditSimulation.DEFAULT_CHECKPOINTS);
            assertThat(p.curve().get(0).round()).isEqualTo(50);
            assertThat(p.curve().get(199).round()).isEqualTo(10_000);
            assertThat(p.curve().get(199).regret()).isEqualTo(p.regret());
            assertThat(p.curve().get(199).reward()).isEqualTo(p.cumulativeReward());
            assertThat(p.meanReward()).isEqualTo(p.cumulativeReward() / 10_000);
            assertThat(p.armShares().get(0) + p.armShares().get(1)).isCloseTo(1, within(1e-12));
            // Pseudo-regret is the gap times the plays of the worse arm.
            assertThat(p.regret()).isCloseTo(0.03 * 10_000 * p.armShares().get(0), within(1e-9));
        }
    }

    @Test
    void theSameSeedGivesTheSameReportAndAnotherSeedAnother() {
        List<PolicyTemplate> policies = List.of(ThompsonSampling.Options.DEFAULTS, new Ucb1.Options(),
                EpsilonGreedy.Options.DEFAULTS, new RandomPolicy.Options());
        BanditSimulation.Options options = new BanditSimulation.Options(2000, 3, 42, 20);
        SimulationReport first = BanditSimulation.run(policies, ARMS, options);
        assertThat(BanditSimulation.run(policies, ARMS, options)).isEqualTo(first);
        assertThat(BanditSimulation.run(policies, ARMS, new BanditSimulation.Options(2000, 3, 43, 20)))
                .isNotEqualTo(first);
    }

    @Test
    void everyPolicyMeetsTheSameRewardDraws() {
        // Two copies of one policy in one simulation get the same policy stream and the same rewards.
        SimulationReport report = BanditSimulation.run(List.of(new RandomPolicy.Options(),
                new RandomPolicy.Options()), ARMS, BanditSimulation.Options.of(500, 9));
        assertThat(report.policies().get(0)).isEqualTo(report.policies().get(1));
    }

    @Test
    void aContextualPolicyNeedsContext() {
        LinUcb.Options linucb = LinUcb.Options.DEFAULTS.withFeatures(List.of("age"));
        assertThatThrownBy(() -> BanditSimulation.run(List.of(linucb), ARMS, BanditSimulation.Options.of(10, 1)))
                .isInstanceOf(BanditException.class)
                .hasMessage("linucb(alpha = 1, features = {age}) reads context features, but "
                        + "bernoulli_arms(0.2, 0.5, 0.6) has no context; give it logged data with those columns");
    }

    @Test
    void replayOfAUniformLogAgreesWithPlayingTheArms() {
        BanditLog log = UniformLogs.bernoulli(new double[] {0.2, 0.5, 0.6}, 30_000, 5);
        SimulationReport replayed = BanditSimulation.run(List.of(new Ucb1.Options()), new LoggedReplay(log),
                BanditSimulation.Options.of(5000, 3));
        SimulationReport played = BanditSimulation.run(List.of(new Ucb1.Options()), ARMS,
                new BanditSimulation.Options(5000, 20, 3, 200));
        PolicyPerformance onLog = replayed.policies().get(0);
        assertThat(onLog.rounds()).isEqualTo(5000);
        assertThat(onLog.meanReward()).isCloseTo(played.policies().get(0).meanReward(), within(0.02));
        assertThat(replayed.bestArmMean()).isCloseTo(0.6, within(0.02));
        assertThat(replayed.notes()).isEmpty();
    }

    @Test
    void aReplayedLogThatRunsOutIsReportedOverTheRoundsReached() {
        BanditLog log = UniformLogs.bernoulli(new double[] {0.2, 0.5, 0.6}, 3000, 5);
        SimulationReport report = BanditSimulation.run(List.of(new Ucb1.Options()), new LoggedReplay(log),
                new BanditSimulation.Options(5000, 2, 3, 200));
        PolicyPerformance ucb = report.policies().get(0);
        assertThat(ucb.rounds()).isLessThan(3000).isGreaterThan(500);
        assertThat(ucb.curve().get(ucb.curve().size() - 1).round()).isEqualTo(ucb.rounds());
        assertThat(report.notes()).singleElement().asString()
                .startsWith("the log ran out after " + ucb.rounds() + " rounds of ucb1 (of 5000 asked for)");
    }

    @Test
    void linUcbLearnsWhichArmSuitsWhichContextInAReplay() {
        // x is 0 or 1 at random; arm 0 pays 0.8 when x = 0 and 0.2 when x = 1, arm 1 the reverse. The best single
        // arm earns 0.5 a round; a policy that reads x earns up to 0.8, a negative regret against that arm.
        BanditLog log = UniformLogs.crossedArms(40_000, 8);
        LinUcb.Options linucb = LinUcb.Options.DEFAULTS.withFeatures(List.of("x"));
        SimulationReport report = BanditSimulation.run(List.of(linucb, new Ucb1.Options()), new LoggedReplay(log),
                BanditSimulation.Options.of(5000, 2));
        assertThat(report.policies().get(0).meanReward()).isGreaterThan(0.75);
        assertThat(report.policies().get(0).regret()).isNegative();
        assertThat(report.policies().get(1).meanReward()).isCloseTo(0.5, within(0.03));
    }
}

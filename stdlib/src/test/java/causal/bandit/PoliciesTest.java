package causal.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import causal.options.OptionValue;
import causal.random.RandomSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each policy's rule on small hand-checked states, and the registry that builds them from a script's options. */
class PoliciesTest {
    private static OptionValue number(double v) {
        return new OptionValue.Number(v);
    }

    private static OptionValue call(String function, double a, double b) {
        return new OptionValue.Call(function, List.of(number(a), number(b)));
    }

    @Test
    void theRegistryListsEveryPolicyWithItsOptions() {
        assertThat(Policies.all()).extracting(PolicySpec::keyword)
                .containsExactly("egreedy", "linucb", "random", "thompson", "ucb1");
        assertThat(Policies.find("linucb").orElseThrow().options()).extracting(BanditOption::name)
                .containsExactly("alpha", "features", "intercept");
        assertThat(Policies.find("egreedy").orElseThrow().options().get(0).defaultText()).isEqualTo("0.1");
        assertThat(Policies.find("linucb").orElseThrow().readsContext()).isTrue();
    }

    @Test
    void optionsBuildTheTemplate() {
        assertThat(Policies.create("egreedy", Map.of("epsilon", number(0.05)), List.of()))
                .isEqualTo(new EpsilonGreedy.Options(0.05));
        assertThat(Policies.create("thompson", Map.of("prior", call("beta", 2, 3)), List.of()).label())
                .isEqualTo("thompson(prior = beta(2, 3))");
        assertThat(Policies.create("thompson", Map.of("prior", call("normal", 0, 10), "noise", number(2)),
                List.of())).isEqualTo(new ThompsonSampling.Options(new ThompsonSampling.NormalPrior(0, 10, 2),
                        ThompsonSampling.DEFAULT_DRAWS));
        assertThat(Policies.create("linucb", Map.of("alpha", number(0.5)), List.of("age", "income")))
                .isEqualTo(new LinUcb.Options(0.5, List.of("age", "income"), true));
        assertThat(Policies.find("ucb1").orElseThrow().create()).isEqualTo(new Ucb1.Options());
    }

    @Test
    void badOptionsAreRefusedByName() {
        assertThatThrownBy(() -> Policies.create("ucb1", Map.of("alpha", number(1)), List.of()))
                .isInstanceOf(BanditException.class).hasMessage("ucb1 has no option alpha; it takes none");
        assertThatThrownBy(() -> Policies.create("thompson", Map.of("noise", number(1)), List.of()))
                .isInstanceOf(BanditException.class)
                .hasMessage("thompson's noise applies to a normal prior only; a beta prior's rewards lie in [0, 1]");
        assertThatThrownBy(() -> Policies.create("thompson", Map.of("prior", call("gamma", 1, 1)), List.of()))
                .isInstanceOf(BanditException.class)
                .hasMessage("thompson option prior must be beta(a, b) or normal(mean, sd), not gamma(1, 1)");
        assertThatThrownBy(() -> Policies.create("egreedy", Map.of("epsilon", number(2)), List.of()))
                .isInstanceOf(BanditException.class)
                .hasMessage("egreedy's epsilon must lie between 0 and 1, not 2.0");
        assertThatThrownBy(() -> Policies.create("ucb1", Map.of(), List.of("age")))
                .isInstanceOf(BanditException.class)
                .hasMessage("ucb1 does not read context features; use linucb for a policy that does");
        assertThatThrownBy(() -> Policies.create("softmax", Map.of(), List.of()))
                .isInstanceOf(BanditException.class)
                .hasMessage("there is no policy softmax; the policies are egreedy, linucb, random, thompson, ucb1");
    }

    @Test
    void epsilonGreedyExploresUniformlyUntilEveryArmIsPlayedThenFavoursTheBest() {
        Policy greedy = new EpsilonGreedy.Options(0.3).start(3, 0, new RandomSource(1));
        greedy.update(0, 1, null);
        assertThat(greedy.probabilities(null)).containsExactly(1.0 / 3, 1.0 / 3, 1.0 / 3);
        greedy.update(1, 1, null);
        greedy.update(2, 0, null);
        // Arms 0 and 1 tie at mean 1: each gets 0.3/3 + 0.7/2.
        assertThat(greedy.probabilities(null)).containsExactly(new double[] {0.45, 0.45, 0.1}, within(1e-12));
    }

    @Test
    void ucb1PlaysEachArmOnceThenTheLargestUpperBound() {
        Policy ucb = new Ucb1.Options().start(2, 0, new RandomSource(1));
        assertThat(ucb.choose(null)).isZero();
        ucb.update(0, 1, null);
        assertThat(ucb.choose(null)).isEqualTo(1);
        ucb.update(1, 0, null);
        for (int i = 0; i < 9; i++) {
            ucb.update(0, i < 5 ? 1 : 0, null);
        }
        // Arm 0: 10 plays, mean 0.6, bound 0.6 + sqrt(2 ln 11 / 10) = 1.29; arm 1: 1 play, mean 0, bound
        // sqrt(2 ln 11) = 2.19. The arm with the lower mean has the larger bound.
        assertThat(ucb.choose(null)).isEqualTo(1);
        assertThat(ucb.probabilities(null)).containsExactly(0.0, 1.0);
    }

    @Test
    void thompsonProbabilitiesAreTheChanceEachPosteriorDrawIsLargest() {
        Policy thompson = ThompsonSampling.Options.DEFAULTS.start(2, 0, new RandomSource(4));
        thompson.update(0, 1, null);
        thompson.update(1, 0, null);
        // Posteriors Beta(2, 1) and Beta(1, 2): P(X > Y) = ∫ 2x (2x − x²) dx = 5/6. Monte Carlo with 10,000 draws
        // has a standard error of 0.0037.
        double[] p = thompson.probabilities(null);
        assertThat(p[0]).isCloseTo(5.0 / 6, within(0.015));
        assertThat(p[0] + p[1]).isCloseTo(1, within(1e-12));
        assertThat(thompson.probabilities(null)).containsExactly(p);
    }

    @Test
    void thompsonWithANormalPriorUsesTheConjugatePosterior() {
        Policy thompson = new ThompsonSampling.Options(new ThompsonSampling.NormalPrior(0, 1, 1), 20_000)
                .start(2, 0, new RandomSource(4));
        thompson.update(0, 1, null);
        thompson.update(0, 1, null);
        thompson.update(1, 0, null);
        // Posteriors N(2/3, 1/3) and N(0, 1/2): P(X > Y) = Φ((2/3) / sqrt(5/6)); scipy 1.17.1
        // norm.cdf((2/3)/np.sqrt(1/3+1/2)) = 0.7673955907739292. Monte Carlo standard error 0.003.
        assertThat(thompson.probabilities(null)[0]).isCloseTo(0.7673955907739292, within(0.012));
    }

    @Test
    void thompsonWithABetaPriorRefusesRewardsOutsideZeroToOne() {
        Policy thompson = ThompsonSampling.Options.DEFAULTS.start(2, 0, new RandomSource(4));
        assertThatThrownBy(() -> thompson.update(0, 3.5, null))
                .isInstanceOf(BanditException.class)
                .hasMessage("thompson with a beta prior needs rewards between 0 and 1 (a click, a conversion), "
                        + "not 3.5; use prior = normal(mean, sd) for other rewards");
    }

    /**
     * After the updates (arm, reward, x) = (0, 1, 0.5), (1, 0, 0.5), (0, 0, 2), (1, 1, 1.5), (0, 1, 1), (1, 1, −1),
     * numpy 2.4.6 computes θ_a'x + α sqrt(x'A_a⁻¹x) with A_a = I + Σ vv', v = (1, x), by np.linalg.solve: at
     * x = 0.75 the scores are (0.5098, 0.5) for α = 0 and (1.5196, 1.6114) for α = 2; at x = −1 arm 0 leads for
     * both, at x = 3 arm 1.
     */
    @Test
    void linUcbPlaysTheLargestUpperConfidenceBoundOfItsRidgeModels() {
        assertThat(linUcbChoice(0, 0.75)).isZero();
        assertThat(linUcbChoice(2, 0.75)).isEqualTo(1);
        assertThat(linUcbChoice(0, -1)).isZero();
        assertThat(linUcbChoice(2, -1)).isZero();
        assertThat(linUcbChoice(0, 3)).isEqualTo(1);
        assertThat(linUcbChoice(2, 3)).isEqualTo(1);
    }

    private static int linUcbChoice(double alpha, double x) {
        Policy linucb = new LinUcb.Options(alpha, List.of("x"), true).start(2, 1, new RandomSource(1));
        double[][] updates = {{0, 1, 0.5}, {1, 0, 0.5}, {0, 0, 2}, {1, 1, 1.5}, {0, 1, 1}, {1, 1, -1}};
        for (double[] u : updates) {
            linucb.update((int) u[0], u[1], new double[] {u[2]});
        }
        int chosen = linucb.choose(new double[] {x});
        assertThat(linucb.probabilities(new double[] {x})[chosen]).isEqualTo(1.0);
        return chosen;
    }

    @Test
    void linUcbChecksItsContext() {
        Policy linucb = new LinUcb.Options(1, List.of("x", "y"), true).start(2, 2, new RandomSource(1));
        assertThatThrownBy(() -> linucb.choose(new double[] {1}))
                .isInstanceOf(BanditException.class)
                .hasMessage("linucb was started with 2 context features but is given 1");
        assertThatThrownBy(() -> linucb.update(2, 1, new double[] {1, 2}))
                .isInstanceOf(BanditException.class)
                .hasMessage("arm 2 is not one of the 2 arms (0 to 1)");
    }

    @Test
    void everyPolicysProbabilitiesSumToOneAndMatchItsChoices() {
        for (PolicySpec spec : Policies.all()) {
            Policy policy = spec.create().start(3, 0, new RandomSource(2));
            int[] counts = new int[3];
            RandomSource rewards = new RandomSource(3);
            for (int t = 0; t < 200; t++) {
                int arm = policy.choose(null);
                policy.update(arm, rewards.nextDouble() < 0.2 + 0.2 * arm ? 1 : 0, null);
            }
            double[] p = policy.probabilities(null);
            assertThat(p[0] + p[1] + p[2]).as(spec.keyword()).isCloseTo(1, within(1e-9));
            // Choosing without updating leaves the state as it is, so the choices follow the probabilities.
            for (int t = 0; t < 3000; t++) {
                counts[policy.choose(null)]++;
            }
            for (int a = 0; a < 3; a++) {
                assertThat(counts[a] / 3000.0).as(spec.keyword() + " arm " + a).isCloseTo(p[a], within(0.03));
            }
        }
    }

    @Test
    void aTemplateTrainedOnALogHasSeenEveryRow() {
        BanditLog log = UniformLogs.crossedArms(2000, 3);
        Policy trained = LinUcb.Options.DEFAULTS.withFeatures(List.of("x")).trainOn(log, new RandomSource(1));
        assertThat(trained.choose(new double[] {0})).isZero();
        assertThat(trained.choose(new double[] {1})).isEqualTo(1);
    }
}

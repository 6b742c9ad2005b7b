package causal.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The estimators on a 6-row log of 3 arms, worked by hand: weights w = π(a|x)/p are 0.4, 2, 1.2, 1.2, 0.8, 1.2, so
 * IPS = (0.4 + 1.2 + 0.8 + 1.2)/6 = 0.6 and SNIPS = 3.6/6.8. Standard errors and interval ends are the formulas of
 * docs/language.md ("evaluate P offline") evaluated with numpy 2.4.6 and scipy 1.17.1, printed with repr:
 * <pre>
 * w = pi[np.arange(6), a] / p
 * ips_se = (w*r).std(ddof=1) / np.sqrt(6)
 * snips_se = np.sqrt(6/5 * ((w*(r - snips))**2).sum()) / w.sum()
 * q = [r[a == k].mean() for k in range(3)]; dr_terms = (pi*q).sum(1) + w*(r - q[a])
 * ci = value ± scipy.stats.norm.ppf(0.975) * se
 * </pre>
 */
class OffPolicyEvaluationTest {
    private static final double TOLERANCE = 1e-12;
    private static final int[] ACTION = {0, 1, 2, 0, 1, 0};
    private static final double[] REWARD = {1, 0, 1, 0, 1, 1};
    private static final double[] PROPENSITY = {0.5, 0.25, 0.25, 0.5, 0.25, 0.5};
    private static final double[][] TARGET = {
        {0.2, 0.5, 0.3}, {0.2, 0.5, 0.3}, {0.2, 0.5, 0.3},
        {0.6, 0.2, 0.2}, {0.6, 0.2, 0.2}, {0.6, 0.2, 0.2}};
    private static final List<OffPolicyEstimator> ALL = OffPolicyEstimator.of(List.of("replay", "ips", "snips", "dr"));

    private static BanditLog sixRows() {
        return BanditLog.of(3, ACTION, REWARD).withPropensity(PROPENSITY);
    }

    private static OffPolicyReport evaluateSixRows() {
        return OffPolicyEvaluation.evaluate(sixRows(), TARGET, ALL, OffPolicyEvaluation.Options.DEFAULTS);
    }

    @Test
    void ipsIsTheMeanOfWeightedRewardsWithItsStandardError() {
        PolicyValueEstimate ips = evaluateSixRows().estimate("ips").orElseThrow();
        assertThat(ips.value()).isCloseTo(0.6, within(TOLERANCE));
        assertThat(ips.stdError()).isCloseTo(0.22509257354845513, within(TOLERANCE));
        assertThat(ips.ciLow()).isCloseTo(0.15882666265759482, within(1e-9));
        assertThat(ips.ciHigh()).isCloseTo(1.0411733373424052, within(1e-9));
    }

    @Test
    void snipsDividesByTheSumOfWeightsWithADeltaMethodStandardError() {
        PolicyValueEstimate snips = evaluateSixRows().estimate("snips").orElseThrow();
        assertThat(snips.value()).isCloseTo(3.6 / 6.8, within(TOLERANCE));
        assertThat(snips.stdError()).isCloseTo(0.24640954490659434, within(TOLERANCE));
        assertThat(snips.ciLow()).isCloseTo(0.04645793124205244, within(1e-9));
    }

    @Test
    void doublyRobustCorrectsPerArmMeansByWeightedResiduals() {
        // q = (2/3, 1/2, 1); direct parts 0.68333 (rows 1-3) and 0.7 (rows 4-6); corrections 0.4·(1/3), 2·(−1/2),
        // 0, 1.2·(−2/3), 0.8·(1/2), 1.2·(1/3); their mean is 3.28333/6.
        PolicyValueEstimate dr = evaluateSixRows().estimate("dr").orElseThrow();
        assertThat(dr.value()).isCloseTo(0.5472222222222223, within(TOLERANCE));
        assertThat(dr.stdError()).isCloseTo(0.2494964063671529, within(TOLERANCE));
    }

    @Test
    void replayWeighsRowsByTheTargetsProbabilityOfTheLoggedArm() {
        // Σ π(a_i) r_i / Σ π(a_i) = (0.2 + 0.3 + 0.2 + 0.6) / 2.4
        PolicyValueEstimate replay = evaluateSixRows().estimate("replay").orElseThrow();
        assertThat(replay.value()).isCloseTo(1.3 / 2.4, within(TOLERANCE));
        assertThat(replay.stdError()).isCloseTo(0.24593041868246662, within(TOLERANCE));
    }

    @Test
    void theReportComparesWithTheLoggingPolicyAndDescribesTheWeights() {
        OffPolicyReport report = evaluateSixRows();
        assertThat(report.loggingPolicy().value()).isCloseTo(4.0 / 6, within(TOLERANCE));
        assertThat(report.loggingPolicy().stdError()).isCloseTo(0.210818510677892, within(TOLERANCE));
        // (Σw)² / Σw² = 6.8² / (0.16 + 4 + 1.44 + 1.44 + 0.64 + 1.44)
        assertThat(report.effectiveSampleSize().getAsDouble()).isCloseTo(6.8 * 6.8 / 9.12, within(1e-12));
        assertThat(report.maxWeight().getAsDouble()).isEqualTo(2.0);
        assertThat(report.minPropensity().getAsDouble()).isEqualTo(0.25);
        assertThat(report.estimates()).extracting(PolicyValueEstimate::estimator)
                .containsExactly("replay", "ips", "snips", "dr");
        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.slates()).isZero();
    }

    @Test
    void clippingCutsLargeWeightsAndSaysHowMany() {
        // With clip = 1 the weights are 0.4, 1, 1, 1, 0.8, 1: IPS = 3.2/6, SNIPS = 3.2/5.2.
        OffPolicyReport report = OffPolicyEvaluation.evaluate(sixRows(), TARGET,
                OffPolicyEstimator.of(List.of("ips", "snips")), OffPolicyEvaluation.Options.DEFAULTS.withClip(1));
        assertThat(report.estimate("ips").orElseThrow().value()).isCloseTo(3.2 / 6, within(TOLERANCE));
        assertThat(report.estimate("snips").orElseThrow().value()).isCloseTo(3.2 / 5.2, within(TOLERANCE));
        assertThat(report.maxWeight().getAsDouble()).isEqualTo(2.0);
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("4 rows had a weight above clip = 1"));
    }

    @Test
    void replayWarnsWhenTheLogWasNotUniform() {
        assertThat(evaluateSixRows().warnings()).anyMatch(w -> w.startsWith("replay assumes the log played every "
                + "arm with probability 1/3, but its propensities range from 0.25 to 0.5"));
    }

    @Test
    void replayNeedsNoPropensities() {
        BanditLog noPropensity = BanditLog.of(3, ACTION, REWARD);
        OffPolicyReport report = OffPolicyEvaluation.evaluate(noPropensity, TARGET,
                List.of(OffPolicyEstimator.REPLAY), OffPolicyEvaluation.Options.DEFAULTS);
        assertThat(report.estimate("replay").orElseThrow().value()).isCloseTo(1.3 / 2.4, within(TOLERANCE));
        assertThat(report.effectiveSampleSize()).isEmpty();
        assertThatThrownBy(() -> OffPolicyEvaluation.evaluate(noPropensity, TARGET, ALL,
                OffPolicyEvaluation.Options.DEFAULTS))
                .isInstanceOf(BanditException.class)
                .hasMessage("ips, snips and dr needs the logging policy's propensities; give the log a propensity "
                        + "column");
    }

    @Test
    void propensitiesNearZeroAreWarnedAbout() {
        double[] propensity = PROPENSITY.clone();
        propensity[1] = 0.005;
        OffPolicyReport report = OffPolicyEvaluation.evaluate(BanditLog.of(3, ACTION, REWARD)
                .withPropensity(propensity), TARGET, ALL, OffPolicyEvaluation.Options.DEFAULTS);
        assertThat(report.maxWeight().getAsDouble()).isCloseTo(100, within(1e-9));
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("1 row has a propensity below 0.01 (the smallest "
                + "is 0.005), so single rows get weights up to 100"));
    }

    @Test
    void aTargetArmTheLogNeverShowsIsWarnedAbout() {
        BanditLog fourArms = sixRows().withArms(4);
        double[][] target = new double[6][];
        for (int i = 0; i < 6; i++) {
            target[i] = new double[] {0.25, 0.25, 0.25, 0.25};
        }
        OffPolicyReport report = OffPolicyEvaluation.evaluate(fourArms, target, ALL,
                OffPolicyEvaluation.Options.DEFAULTS);
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("the target plays arm 3, which the log never shows"));
    }

    @Test
    void aTrainedPolicyIsEvaluatedByItsCurrentProbabilities() {
        // ε-greedy with ε = 0.3 after playing arm 0 → 1, arm 1 → 0, arm 2 → 0 plays arm 0 with 0.3/3 + 0.7 = 0.8.
        Policy greedy = new EpsilonGreedy.Options(0.3).start(3, 0, new causal.random.RandomSource(1));
        greedy.update(0, 1, null);
        greedy.update(1, 0, null);
        greedy.update(2, 0, null);
        double[][] fixed = new double[6][];
        for (int i = 0; i < 6; i++) {
            fixed[i] = new double[] {0.8, 0.1, 0.1};
        }
        OffPolicyReport byPolicy = OffPolicyEvaluation.evaluate(sixRows(), greedy, ALL,
                OffPolicyEvaluation.Options.DEFAULTS);
        OffPolicyReport byProbabilities = OffPolicyEvaluation.evaluate(sixRows(), fixed, ALL,
                OffPolicyEvaluation.Options.DEFAULTS);
        for (OffPolicyEstimator e : ALL) {
            assertThat(byPolicy.estimate(e.keyword()).orElseThrow().value())
                    .isCloseTo(byProbabilities.estimate(e.keyword()).orElseThrow().value(), within(1e-12));
        }
    }

    @Test
    void slatesAreEvaluatedPerSlateUnderTheIndependentPositionModel() {
        // Two slates of two positions. Weights 0.8/0.5, 0.4/0.5, 0.5/0.25, 0.2/0.4 = 1.6, 0.8, 2, 0.5; per-slate
        // sums of w·r are 1.6 and 2.5, so IIPS = 2.05 with standard error sd(1.6, 2.5)/√2 = 0.45.
        BanditLog slates = BanditLog.of(3, new int[] {0, 1, 2, 0}, new double[] {1, 0, 1, 1})
                .withPropensity(new double[] {0.5, 0.5, 0.25, 0.4})
                .withPositions(new int[] {1, 2, 1, 2}, null);
        double[][] target = {{0.8, 0.1, 0.1}, {0.3, 0.4, 0.3}, {0.25, 0.25, 0.5}, {0.2, 0.4, 0.4}};
        OffPolicyReport report = OffPolicyEvaluation.evaluate(slates, target, List.of(OffPolicyEstimator.IPS),
                OffPolicyEvaluation.Options.DEFAULTS);
        PolicyValueEstimate iips = report.estimate("iips").orElseThrow();
        assertThat(iips.value()).isCloseTo(2.05, within(TOLERANCE));
        assertThat(iips.stdError()).isCloseTo(0.45, within(TOLERANCE));
        assertThat(report.loggingPolicy().value()).isCloseTo(1.5, within(TOLERANCE));
        assertThat(report.slates()).isEqualTo(2);
        assertThatThrownBy(() -> OffPolicyEvaluation.evaluate(slates, target, List.of(OffPolicyEstimator.DR),
                OffPolicyEvaluation.Options.DEFAULTS))
                .isInstanceOf(BanditException.class)
                .hasMessageContaining("dr does not apply to slates");
    }

    @Test
    void badTargetsAreRefusedWithTheRowAndTheReason() {
        double[][] shortRow = TARGET.clone();
        shortRow[2] = new double[] {0.5, 0.5};
        assertThatThrownBy(() -> OffPolicyEvaluation.evaluate(sixRows(), shortRow, ALL,
                OffPolicyEvaluation.Options.DEFAULTS))
                .isInstanceOf(BanditException.class)
                .hasMessage("row 3 of the target policy's probabilities has 2 arms but the log has 3");
        double[][] notSummingToOne = TARGET.clone();
        notSummingToOne[4] = new double[] {0.5, 0.5, 0.5};
        assertThatThrownBy(() -> OffPolicyEvaluation.evaluate(sixRows(), notSummingToOne, ALL,
                OffPolicyEvaluation.Options.DEFAULTS))
                .isInstanceOf(BanditException.class)
                .hasMessage("row 5's target probabilities sum to 1.5, not 1");
    }

    @Test
    void aPropensityOutsideZeroToOneIsRefused() {
        double[] propensity = PROPENSITY.clone();
        propensity[3] = 0;
        assertThatThrownBy(() -> BanditLog.of(3, ACTION, REWARD).withPropensity(propensity))
                .isInstanceOf(BanditException.class)
                .hasMessage("row 4 has the propensity 0.0; a propensity is the logging policy's probability of the "
                        + "logged arm and must lie in (0, 1]");
    }

    @Test
    void anActionThatIsNotAnArmIsRefused() {
        assertThatThrownBy(() -> BanditLog.of(2, ACTION, REWARD))
                .isInstanceOf(BanditException.class)
                .hasMessage("row 3 has action 2, which is not one of the 2 arms (0 to 1)");
    }

    @Test
    void scriptOptionsAreReadAndCheckedByName() {
        OffPolicyEvaluation.Options options = OffPolicyEvaluation.options(java.util.Map.of(
                "clip", new causal.options.OptionValue.Number(20),
                "level", new causal.options.OptionValue.Number(0.9)));
        assertThat(options.clip()).isEqualTo(20);
        assertThat(options.level()).isEqualTo(0.9);
        assertThatThrownBy(() -> OffPolicyEvaluation.options(java.util.Map.of(
                "clipping", new causal.options.OptionValue.Number(20))))
                .isInstanceOf(BanditException.class)
                .hasMessage("evaluate offline has no option clipping; it takes clip, lambda, min_propensity, level")
                .extracting(e -> ((BanditException) e).option().orElseThrow()).isEqualTo("clipping");
    }
}

package causal.uplift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TargetingTest {
    /** Predicted effects of ten rows; the two highest are rows 3 (2.5) and 7 (1.9). */
    private static final double[] CATE = {0.2, -0.4, 1.1, 2.5, 0.0, 0.7, 1.3, 1.9, 0.4, 0.9};

    @Test
    void topTwentyPercentPicksTheTwoHighestPredictedEffects() {
        TargetGroup group = Targeting.select(CATE, new TargetRule.TopShare(0.2));

        assertThat(group.rows()).containsExactly(3, 7);
        assertThat(group.count()).isEqualTo(2);
        assertThat(group.population()).isEqualTo(10);
        assertThat(group.expectedTotalUplift()).isCloseTo(4.4, within(1e-12));
        assertThat(group.expectedMeanUplift().getAsDouble()).isCloseTo(2.2, within(1e-12));
        assertThat(group.rule().text()).isEqualTo("top 20%");
    }

    @Test
    void theTopShareRoundsDownAndForgivesDecimalShares() {
        assertThat(Targeting.select(CATE, new TargetRule.TopShare(0.25)).count()).isEqualTo(2);
        double[] hundred = new double[100];
        // 0.29 · 100 is 28.999999999999996 in floating point; the share means 29 rows.
        assertThat(Targeting.select(hundred, new TargetRule.TopShare(0.29)).count()).isEqualTo(29);
        assertThat(Targeting.select(CATE, new TargetRule.TopShare(1)).count()).isEqualTo(10);
    }

    @Test
    void tiesAtTheCutAreTakenInRowOrder() {
        TargetGroup group = Targeting.select(new double[] {1, 3, 2, 3, 3, 0}, new TargetRule.TopShare(0.5));

        assertThat(group.rows()).containsExactly(1, 3, 4);
    }

    @Test
    void theCostRuleTakesEveryRowWhoseEffectExceedsTheCost() {
        TargetGroup group = Targeting.select(CATE, new TargetRule.AboveCost(0.9));

        assertThat(group.rows()).containsExactly(3, 7, 6, 2);
        assertThat(group.expectedTotalUplift()).isCloseTo(6.8, within(1e-12));
        assertThat(group.expectedNetGain()).isCloseTo(6.8 - 4 * 0.9, within(1e-12));
        assertThat(group.rule().text()).isEqualTo("where cate > 0.9");
    }

    @Test
    void aCostAboveEveryEffectSelectsNobodyAndSaysSo() {
        TargetGroup group = Targeting.select(CATE, new TargetRule.AboveCost(3));

        assertThat(group.rows()).isEmpty();
        assertThat(group.expectedMeanUplift()).isEmpty();
        assertThat(group.notes()).containsExactly("no row has a predicted effect above the cost");
    }

    /*
     * Top 60% of ten rows: rows 3, 7, 6, 2, 9, 5. Their treatment 1 1 0 1 0 0 and outcome 5 7 2 6 3 1.
     * Treated 5, 7, 6: mean 6, s² = 1.  Control 2, 3, 1: mean 2, s² = 1.
     * Uplift 6 - 2 = 4, se = √(1/3 + 1/3) = 0.816496580927726.
     */
    @Test
    void observedUpliftIsTheDifferenceInMeansWithAWelchStandardError() {
        double[] t = {0, 1, 1, 1, 0, 0, 0, 1, 0, 0};
        double[] y = {9, 9, 6, 5, 9, 1, 2, 7, 9, 3};
        TargetGroup group = Targeting.select(CATE, new TargetRule.TopShare(0.6), t, y);

        assertThat(group.rows()).containsExactly(3, 7, 6, 2, 9, 5);
        ObservedUplift observed = group.observed().orElseThrow();
        assertThat(observed.value()).isCloseTo(4, within(1e-12));
        assertThat(observed.stdError()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-12));
        assertThat(observed.treated()).isEqualTo(3);
        assertThat(observed.control()).isEqualTo(3);
        assertThat(observed.treatedMean()).isEqualTo(6);
        assertThat(observed.controlMean()).isEqualTo(2);
    }

    @Test
    void noObservedUpliftWithFewerThanTwoRowsInAnArm() {
        double[] t = {0, 1, 1, 1, 0, 0, 0, 1, 0, 0};
        double[] y = {9, 9, 6, 5, 9, 1, 2, 7, 9, 3};
        TargetGroup group = Targeting.select(CATE, new TargetRule.TopShare(0.3), t, y);

        assertThat(group.observed()).isEmpty();
        assertThat(group.notes()).containsExactly("no observed uplift: the selected rows hold 2 treated and 1 "
                + "control rows, and a standard error needs at least 2 of each");
    }

    @Test
    void targetingAFittedModelSelectsRowsWithHighTrueEffects() {
        SimulatedUplift train = SimulatedUplift.draw(1000, 0.5, 31);
        SimulatedUplift scored = SimulatedUplift.draw(500, 0.5, 32);
        FittedUplift model = new TLearner(OutcomeLearnerOptions.DEFAULTS.withLearner(LearnerChoice.of("linear")))
                .fit(train.x(), train.t(), train.y());

        TargetGroup group = Targeting.select(model.predict(scored.x()), new TargetRule.TopShare(0.2));

        // τ = 1 + 2 x1 with x1 uniform: the top 20% have x1 > 0.8, so τ > 2.6, against a mean of 2.
        double trueMean = group.rows().stream().mapToDouble(r -> scored.tau()[r]).average().orElseThrow();
        assertThat(group.count()).isEqualTo(100);
        assertThat(trueMean).isGreaterThan(2.6);
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new TargetRule.TopShare(1.2)).isInstanceOf(UpliftOptionException.class)
                .hasMessage("share must be greater than 0.0 and at most 1.0, not 1.2");
    }

    @Test
    void outcomesOfAnotherLengthAreRefused() {
        assertThatThrownBy(() -> Targeting.select(CATE, new TargetRule.TopShare(0.2), new double[10],
                new double[9])).isInstanceOf(UpliftException.class)
                .hasMessage("the outcome has 9 rows but the predicted effect has 10");
    }
}

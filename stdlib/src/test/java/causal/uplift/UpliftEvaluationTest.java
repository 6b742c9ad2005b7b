package causal.uplift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Qini and uplift curves and scikit-uplift's normalised scores on rankings small enough to work by hand. Every
 * number below was worked by hand and agrees with scikit-uplift 0.5's {@code qini_curve}, {@code uplift_curve},
 * {@code qini_auc_score} and {@code uplift_auc_score} (commit 0038e65) transcribed to numpy, as scikit-uplift itself
 * is not installable here: {@code python3 src/test/resources/causal/uplift/sklift_reference.py} (Debian's
 * Python 3.11, numpy 1.24, scikit-learn 1.2.1) prints the curves and scores of both cases.
 */
class UpliftEvaluationTest {
    /*
     * Eight rows, listed by decreasing predicted effect 0.9 … 0.2:
     *   t = 1 0 1 1 0 0 1 0,  y = 1 0 1 0 1 0 0 0.
     * Qini after k rows, Y_T - Y_C N_T / N_C:   1, 1, 2, 2, 2 - 3/2, 2 - 1, 2 - 4/3, 2 - 1.
     * Trapezoids: 1/2 + 1 + 3/2 + 2 + 5/4 + 3/4 + 5/6 + 5/6 = 26/3; random line to (8, 1): 4; qini_area = 14/3.
     * Perfect Qini (score y t - y (1 - t)): points (2, 2), (7, 2), (8, 1): area 2 + 10 + 3/2 = 27/2, minus 4: 19/2.
     * qini = (14/3) / (19/2) = 28/57.
     * Uplift after k rows, (Y_T/N_T - Y_C/N_C) k:  1, 2, 3, 8/3, 5/6, 2, 7/6, 2.
     * Trapezoids sum to 41/3; random line to (8, 2): 8; auuc_area = 17/3.
     * Perfect uplift (CR = 1 ≤ TN = 2, so score 2 [y = t] + t): points (2, 2), (5, 5), (7, 7/2), (8, 2):
     * area 2 + 21/2 + 17/2 + 11/4 = 95/4, minus 8: 63/4.  auuc = (17/3) / (63/4) = 68/189.
     */
    private static final double[] SCORE = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
    private static final double[] TREATMENT = {1, 0, 1, 1, 0, 0, 1, 0};
    private static final double[] OUTCOME = {1, 0, 1, 0, 1, 0, 0, 0};
    /** The order the rows are given in: the evaluation must sort them itself. */
    private static final int[] SHUFFLE = {5, 2, 7, 0, 3, 6, 1, 4};

    @Test
    void qiniCurveAndCoefficientOfAHandWorkedRanking() {
        UpliftEvaluation e = shuffled(SCORE, TREATMENT, OUTCOME);

        assertThat(e.qiniCurve()).usingElementComparator(UpliftEvaluationTest::compareClose).containsExactly(
                point(0, 0), point(1, 1), point(2, 1), point(3, 2), point(4, 2),
                point(5, 0.5), point(6, 1), point(7, 2.0 - 4.0 / 3), point(8, 1));
        assertThat(e.qiniArea()).isCloseTo(14.0 / 3, within(1e-12));
        assertThat(e.metric(UpliftMetric.QINI)).isCloseTo(28.0 / 57, within(1e-12));
        assertThat(e.rows()).isEqualTo(8);
        assertThat(e.treated()).isEqualTo(4);
    }

    @Test
    void upliftCurveAndAuucOfAHandWorkedRanking() {
        UpliftEvaluation e = shuffled(SCORE, TREATMENT, OUTCOME);

        assertThat(e.upliftCurve()).usingElementComparator(UpliftEvaluationTest::compareClose).containsExactly(
                point(0, 0), point(1, 1), point(2, 2), point(3, 3), point(4, 8.0 / 3), point(5, 5.0 / 6),
                point(6, 2), point(7, 7.0 / 6), point(8, 2));
        assertThat(e.upliftArea()).isCloseTo(17.0 / 3, within(1e-12));
        assertThat(e.metric(UpliftMetric.AUUC)).isCloseTo(68.0 / 189, within(1e-12));
        assertThat(e.metrics(List.of(UpliftMetric.QINI, UpliftMetric.AUUC))).containsOnlyKeys("qini", "auuc");
    }

    /*
     * Scores 0.8 0.8 0.5 0.5 0.5 0.1, t = 1 0 1 0 0 1, y = 1 0 1 1 0 0: points only after each run of ties.
     * Qini: k = 2: 1 - 0 = 1; k = 5: 2 - 1 · 2/3 = 4/3; k = 6: 2 - 1 · 3/3 = 1.
     * Uplift: k = 2: (1 - 0) 2 = 2; k = 5: (1 - 1/3) 5 = 10/3; k = 6: (2/3 - 1/3) 6 = 2.
     */
    @Test
    void tiedScoresEnterTheCurvesTogether() {
        UpliftEvaluation e = UpliftEvaluation.of(new double[] {0.8, 0.8, 0.5, 0.5, 0.5, 0.1},
                new double[] {1, 0, 1, 0, 0, 1}, new double[] {1, 0, 1, 1, 0, 0});

        assertThat(e.qiniCurve()).usingElementComparator(UpliftEvaluationTest::compareClose)
                .containsExactly(point(0, 0), point(2, 1), point(5, 4.0 / 3), point(6, 1));
        assertThat(e.upliftCurve()).usingElementComparator(UpliftEvaluationTest::compareClose)
                .containsExactly(point(0, 0), point(2, 2), point(5, 10.0 / 3), point(6, 2));
    }

    @Test
    void rankingByThePerfectScoreGivesAQiniOfOne() {
        double[] perfect = new double[8];
        for (int i = 0; i < 8; i++) {
            perfect[i] = OUTCOME[i] * TREATMENT[i] - OUTCOME[i] * (1 - TREATMENT[i]);
        }
        assertThat(UpliftEvaluation.of(perfect, TREATMENT, OUTCOME).metric(UpliftMetric.QINI))
                .isCloseTo(1, within(1e-12));
    }

    @Test
    void aConstantScoreIsRandomTargetingWithNoAreaAboveTheLine() {
        UpliftEvaluation e = UpliftEvaluation.of(new double[8], TREATMENT, OUTCOME);

        assertThat(e.qiniCurve()).containsExactly(point(0, 0), point(8, 1));
        assertThat(e.qiniArea()).isZero();
        assertThat(e.metric(UpliftMetric.QINI)).isZero();
        assertThat(e.metric(UpliftMetric.AUUC)).isZero();
    }

    @Test
    void aContinuousOutcomeHasAreasButNoNormalisedScores() {
        double[] spend = {12.5, 0, 3, 0, 7, 0, 1, 0};
        UpliftEvaluation e = UpliftEvaluation.of(SCORE, TREATMENT, spend);

        assertThat(e.qini()).isEmpty();
        assertThat(e.auuc()).isEmpty();
        assertThat(e.metric(UpliftMetric.QINI_AREA)).isEqualTo(e.qiniArea());
        assertThatThrownBy(() -> e.metric(UpliftMetric.QINI)).isInstanceOf(UpliftException.class)
                .hasMessageContaining("0/1 outcome").hasMessageContaining("row 1 has 12.5")
                .hasMessageContaining("qini_area");
    }

    @Test
    void aHeldOutEvaluationOfAGoodModelRanksBetterThanRandom() {
        SimulatedUplift data = SimulatedUplift.draw(1000, 0.5, 21);
        UpliftLearner linear = new TLearner(OutcomeLearnerOptions.DEFAULTS.withLearner(LearnerChoice.of("linear")));

        UpliftEvaluation e = UpliftEvaluation.heldOut(linear, data.x(), data.t(), data.y(), 0.3, 5);

        assertThat(e.rows()).isEqualTo(300);
        assertThat(e.qiniArea()).isPositive();
        assertThat(e.upliftArea()).isPositive();
    }

    @Test
    void aTreatmentThatIsNotZeroOrOneIsRefused() {
        assertThatThrownBy(() -> UpliftEvaluation.of(SCORE, new double[] {1, 0, 2, 1, 0, 0, 1, 0}, OUTCOME))
                .isInstanceOf(UpliftException.class).hasMessageContaining("row 3 has 2.0");
    }

    @Test
    void rowsWithoutAControlArmCannotBeEvaluated() {
        assertThatThrownBy(() -> UpliftEvaluation.of(SCORE, new double[] {1, 1, 1, 1, 1, 1, 1, 1}, OUTCOME))
                .isInstanceOf(UpliftException.class).hasMessageContaining("too few control rows");
    }

    private static UpliftEvaluation shuffled(double[] score, double[] treatment, double[] outcome) {
        double[] s = new double[score.length];
        double[] t = new double[score.length];
        double[] y = new double[score.length];
        for (int k = 0; k < SHUFFLE.length; k++) {
            s[k] = score[SHUFFLE[k]];
            t[k] = treatment[SHUFFLE[k]];
            y[k] = outcome[SHUFFLE[k]];
        }
        return UpliftEvaluation.of(s, t, y);
    }

    private static CurvePoint point(int targeted, double value) {
        return new CurvePoint(targeted, value);
    }

    private static int compareClose(CurvePoint a, CurvePoint b) {
        return a.targeted() == b.targeted() && Math.abs(a.value() - b.value()) < 1e-12 ? 0 : 1;
    }
}

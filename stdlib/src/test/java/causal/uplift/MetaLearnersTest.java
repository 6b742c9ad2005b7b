package causal.uplift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Each meta-learner recovers the known effect {@code τ(x) = 1 + 2 x1} of {@link SimulatedUplift} (2,000 confounded
 * rows, noise sd 0.5, seed 11), judged on 200 fresh rows: predictions correlate with the truth above 0.9 and miss it
 * by less than 0.3 in root mean square (the effect's sd is 0.58). With linear learners and no noise, the T-, X- and
 * DR-learners recover a linear effect exactly.
 */
class MetaLearnersTest {
    private static final SimulatedUplift TRAIN = SimulatedUplift.draw(2000, 0.5, 11);
    private static final SimulatedUplift TEST = SimulatedUplift.draw(200, 0.5, 1011);
    private static final LearnerChoice LINEAR = LearnerChoice.of("linear");

    @Test
    void sLearnerWithBoostingRecoversTheEffect() {
        assertRecovers(new SLearner(OutcomeLearnerOptions.DEFAULTS));
    }

    @Test
    void tLearnerWithBoostingRecoversTheEffect() {
        assertRecovers(new TLearner(OutcomeLearnerOptions.DEFAULTS));
    }

    @Test
    void xLearnerWithBoostingRecoversTheEffect() {
        assertRecovers(new XLearner(XLearner.Options.DEFAULTS));
    }

    @Test
    void drLearnerWithBoostingRecoversTheEffect() {
        assertRecovers(new DoublyRobustLearner(DoublyRobustLearner.Options.DEFAULTS));
    }

    @Test
    void linearLearnersRecoverALinearEffectExactlyWithoutNoise() {
        SimulatedUplift exact = SimulatedUplift.draw(300, 0.0, 4);
        // y = 2 x2 + sin(π x3) + t (1 + 2 x1) is not linear in x3; make the baseline linear too.
        double[] y = new double[exact.y().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 2 * exact.x()[1][i] - exact.x()[2][i] + exact.t()[i] * exact.tau()[i];
        }
        UpliftLearner[] learners = {
            new TLearner(OutcomeLearnerOptions.DEFAULTS.withLearner(LINEAR)),
            new XLearner(XLearner.Options.DEFAULTS.withLearner(LINEAR)),
            new DoublyRobustLearner(DoublyRobustLearner.Options.DEFAULTS.withLearner(LINEAR)),
        };
        for (UpliftLearner learner : learners) {
            FittedUplift model = learner.fit(exact.x(), exact.t(), y);
            double[] predicted = model.predict(TEST.x());
            for (int i = 0; i < predicted.length; i++) {
                assertThat(predicted[i]).as(model.learner()).isCloseTo(TEST.tau()[i], within(1e-8));
            }
            assertThat(model.averageEffect().value()).isCloseTo(Rows.mean(exact.tau()), within(1e-8));
        }
    }

    @Test
    void aLinearSLearnerGivesEveryRowTheSameEffect() {
        // Without interactions μ(x, 1) - μ(x, 0) is the treatment's coefficient, whatever x.
        FittedUplift model = new SLearner(OutcomeLearnerOptions.DEFAULTS.withLearner(LINEAR))
                .fit(TRAIN.x(), TRAIN.t(), TRAIN.y());
        double[] predicted = model.predict(TEST.x());
        for (double p : predicted) {
            assertThat(p).isCloseTo(predicted[0], within(1e-9));
        }
        assertThat(predicted[0]).isCloseTo(2.0, within(0.1));
    }

    @Test
    void drLearnerAverageEffectHasAStandardErrorAndCoversTheTruth() {
        FittedUplift model = new DoublyRobustLearner(DoublyRobustLearner.Options.DEFAULTS.withLearner(LINEAR))
                .fit(TRAIN.x(), TRAIN.t(), TRAIN.y());
        AverageEffect ate = model.averageEffect();

        assertThat(ate.n()).isEqualTo(2000);
        assertThat(ate.stdError()).isPresent();
        // sd(φ)/√n for noise 0.5 and propensities in [0.32, 0.68] is about 0.5 · 2.2 / √2000 ≈ 0.025.
        assertThat(ate.stdError().getAsDouble()).isBetween(0.015, 0.04);
        assertThat(Rows.mean(TRAIN.tau())).isBetween(ate.ciLow().getAsDouble(), ate.ciHigh().getAsDouble());
    }

    @Test
    void sTAndXLearnersGiveTheMeanEffectWithoutAStandardError() {
        FittedUplift model = new TLearner(OutcomeLearnerOptions.DEFAULTS.withLearner(LINEAR))
                .fit(TRAIN.x(), TRAIN.t(), TRAIN.y());

        assertThat(model.averageEffect().stdError()).isEmpty();
        assertThat(model.averageEffect().value()).isCloseTo(Rows.mean(model.predict(TRAIN.x())), within(1e-12));
    }

    @Test
    void aTreatmentOtherThanZeroOrOneIsRefused() {
        double[] dose = TRAIN.t().clone();
        dose[6] = 0.5;
        assertThatThrownBy(() -> new TLearner(OutcomeLearnerOptions.DEFAULTS).fit(TRAIN.x(), dose, TRAIN.y()))
                .isInstanceOf(UpliftException.class)
                .hasMessage("the treatment must be 0 (control) or 1 (treated) in every row, but row 7 has 0.5");
    }

    @Test
    void drLearnerNeedsTreatedRowsOutsideEveryFold() {
        double[][] x = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}};
        double[] t = {1, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        double[] y = {3, 4, 1, 2, 1, 2, 1, 2, 1, 2};
        DoublyRobustLearner learner = new DoublyRobustLearner(DoublyRobustLearner.Options.DEFAULTS.withFolds(2));

        assertThatThrownBy(() -> learner.fit(x, t, y)).isInstanceOf(UpliftException.class)
                .hasMessageContaining("too few treated rows for 2 folds")
                .hasMessageContaining("with 2 treated rows some fold leaves only 1 of them outside");
    }

    @Test
    void aTLearnerNeedsTwoRowsInEachArm() {
        double[][] x = {{1, 2, 3, 4}};
        assertThatThrownBy(() -> new TLearner(OutcomeLearnerOptions.DEFAULTS).fit(x, new double[] {1, 0, 0, 0},
                new double[] {1, 2, 3, 4})).isInstanceOf(UpliftException.class)
                .hasMessage("too few treated rows: tlearner needs at least 2 treated and 2 control rows, but there "
                        + "is 1");
    }

    @Test
    void aPropensityLearnerMustGiveProbabilities() {
        assertThatThrownBy(() -> XLearner.Options.DEFAULTS.withPropensity(LINEAR))
                .isInstanceOf(UpliftOptionException.class)
                .hasMessageContaining("propensity = linear")
                .satisfies(e -> assertThat(((UpliftOptionException) e).option()).isEqualTo("propensity"));
    }

    @Test
    void aNuisanceModelThatFailsIsNamed() {
        // Two identical feature columns: least squares cannot separate them.
        double[][] x = {TRAIN.x()[0], TRAIN.x()[0].clone()};
        assertThatThrownBy(() -> new TLearner(OutcomeLearnerOptions.DEFAULTS.withLearner(LINEAR))
                .fit(x, TRAIN.t(), TRAIN.y())).isInstanceOf(UpliftException.class)
                .hasMessageStartingWith("the outcome model of the control rows could not be fitted: ");
    }

    private static void assertRecovers(UpliftLearner learner) {
        FittedUplift model = learner.fit(TRAIN.x(), TRAIN.t(), TRAIN.y());
        double[] predicted = model.predict(TEST.x());

        assertThat(SimulatedUplift.correlation(predicted, TEST.tau())).as(model.learner()).isGreaterThan(0.9);
        assertThat(SimulatedUplift.rootMeanSquaredError(predicted, TEST.tau())).as(model.learner()).isLessThan(0.3);
        assertThat(model.averageEffect().value()).as(model.learner())
                .isCloseTo(Rows.mean(TRAIN.tau()), within(0.1));
    }
}

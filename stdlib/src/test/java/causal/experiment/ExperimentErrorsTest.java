package causal.experiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad inputs fail with an ExperimentException whose message says what is wrong, in words. */
class ExperimentErrorsTest {
    private static final double[] SOME = {1, 2, 3};

    @Test
    void anArmWithNoRowsIsNamed() {
        assertThatThrownBy(() -> DifferenceInMeans.compare(new double[0], SOME, 0.05))
                .isInstanceOf(ExperimentException.class).hasMessage("the control arm has no rows");
        assertThatThrownBy(() -> TwoSampleTTest.welch(SOME, new double[0], 0.05))
                .isInstanceOf(ExperimentException.class).hasMessage("the treatment arm has no rows");
        assertThatThrownBy(() -> TwoProportionZTest.compare(0, 0, 1, 10, 0.05))
                .isInstanceOf(ExperimentException.class).hasMessage("the control arm has no rows");
    }

    @Test
    void alphaOutsideZeroOneIsRefused() {
        assertThatThrownBy(() -> TwoSampleTTest.student(SOME, SOME, 0))
                .isInstanceOf(ExperimentException.class).hasMessage("alpha must lie strictly between 0 and 1, not 0.0");
        assertThatThrownBy(() -> BayesianConversion.compare(1, 10, 2, 10, BetaPrior.UNIFORM, 1))
                .isInstanceOf(ExperimentException.class).hasMessageStartingWith("alpha must lie");
    }

    @Test
    void armsWithoutVarianceHaveNoStandardError() {
        assertThatThrownBy(() -> TwoSampleTTest.welch(new double[] {2, 2, 2}, new double[] {3, 3}, 0.05))
                .isInstanceOf(ExperimentException.class)
                .hasMessage("both arms have zero variance, so the difference has no standard error");
        assertThatThrownBy(() -> TwoProportionZTest.compare(0, 100, 0, 100, 0.05))
                .isInstanceOf(ExperimentException.class)
                .hasMessage("no unit converted in either arm, so the rates cannot be compared");
    }

    @Test
    void missingValuesAndImpossibleCountsAreNamed() {
        assertThatThrownBy(() -> DifferenceInMeans.compare(new double[] {1, Double.NaN}, SOME, 0.05))
                .isInstanceOf(ExperimentException.class)
                .hasMessage("the control arm has a missing or infinite value at row 2");
        assertThatThrownBy(() -> TwoProportionZTest.compare(new double[] {0, 1}, new double[] {0, 2}, 0.05))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("holds only 0 and 1");
        assertThatThrownBy(() -> TwoProportionZTest.compare(11, 10, 1, 10, 0.05))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("11 conversions out of 10 units");
    }

    @Test
    void priorsAndPlansMustBeProper() {
        assertThatThrownBy(() -> new BetaPrior(0, 1))
                .isInstanceOf(ExperimentException.class).hasMessageStartingWith("the prior's a must be");
        assertThatThrownBy(() -> new NormalPrior(0, 0))
                .isInstanceOf(ExperimentException.class).hasMessageStartingWith("the prior sd must be");
        assertThatThrownBy(() -> PeekingSimulation.Options.of(100, 200, 10, 1, 0.1))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("more looks");
    }
}

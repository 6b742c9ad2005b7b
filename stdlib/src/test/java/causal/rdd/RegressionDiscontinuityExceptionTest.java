package causal.rdd;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inputs an RD cannot use are refused with a message that names the column or option and says why. */
class RegressionDiscontinuityExceptionTest {
    private final double[] x = {-0.9, -0.7, -0.5, -0.3, -0.2, -0.1, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9};
    private final double[] y = {1, 2, 1, 2, 1, 2, 4, 5, 4, 5, 4, 5};
    private final RegressionDiscontinuity design = RegressionDiscontinuity.of("score", x, 0);
    private final DiscontinuityOptions defaults = DiscontinuityOptions.DEFAULTS;

    @Test
    void cutoffOutsideTheRunningVariableIsRefused() {
        assertThatThrownBy(() -> RegressionDiscontinuity.of("score", x, 2))
                .isInstanceOf(RegressionDiscontinuityException.class)
                .hasMessageContaining("the cutoff 2 is not inside the range of score (-0.9 to 0.9)");
        assertThatThrownBy(() -> RegressionDiscontinuity.of("score", x, -0.9))
                .isInstanceOf(RegressionDiscontinuityException.class).hasMessageContaining("not inside the range");
        assertThatThrownBy(() -> DensityTest.test("score", x, 5, DensityTest.Options.DEFAULTS))
                .isInstanceOf(RegressionDiscontinuityException.class).hasMessageContaining("not inside the range");
    }

    @Test
    void tooFewObservationsWithinTheBandwidthAreRefused() {
        assertThatThrownBy(() -> design.sharp("y", y, defaults.withBandwidth(0.15)))
                .isInstanceOf(RegressionDiscontinuityException.class)
                .hasMessageContaining("too few observations within the bandwidth h = 0.15 left of the cutoff 0: "
                        + "1 row with 1 distinct value of the running variable, and a polynomial of order 1 (order) "
                        + "needs at least 2");
        assertThatThrownBy(() -> design.sharp("y", y, defaults.withBandwidth(0.6).withBiasBandwidth(0.25)))
                .isInstanceOf(RegressionDiscontinuityException.class)
                .hasMessageContaining("bandwidth b = 0.25").hasMessageContaining("(bias_order) needs at least 3");
    }

    @Test
    void selectingABandwidthNeedsTwentyRows() {
        assertThatThrownBy(() -> design.sharp("y", y, defaults))
                .isInstanceOf(RegressionDiscontinuityException.class)
                .hasMessage("only 12 rows: selecting a bandwidth needs at least 20; give a bandwidth");
    }

    @Test
    void fuzzyTreatmentThatDoesNotJumpIsRefused() {
        double[] everyone = new double[x.length];
        java.util.Arrays.fill(everyone, 1);
        assertThatThrownBy(() -> design.fuzzy("y", y, "takeup", everyone, defaults.withBandwidth(1)))
                .isInstanceOf(RegressionDiscontinuityException.class)
                .hasMessageContaining("takeup is 1 in every row on both sides of the cutoff: it does not jump");
        double[] barelyMoves = {0, 1, 0, 1, 0, 1, 1, 1, 0, 1, 0, 1};
        assertThatThrownBy(() -> RegressionDiscontinuity.of("score", new double[] {-3, -2, -1, 1, 2, 3}, 0)
                .fuzzy("y", new double[] {1, 2, 3, 4, 5, 6}, "takeup", new double[] {0, 1, 0, 0, 1, 0},
                        defaults.withBandwidth(10).withOrder(0)))
                .isInstanceOf(RegressionDiscontinuityException.class)
                .hasMessageContaining("the estimated jump of takeup at the cutoff is zero");
        // A treatment that varies but barely moves is estimated, with a warning.
        DiscontinuityEstimate weak = design.fuzzy("y", y, "takeup", barelyMoves, defaults.withBandwidth(1));
        assertThat(weak.notes()).anyMatch(n -> n.contains("the jump of takeup at the cutoff is weak"));
    }

    @Test
    void missingValuesAndMismatchedColumnsAreRefusedWithTheirRow() {
        double[] withGap = y.clone();
        withGap[4] = Double.NaN;
        assertThatThrownBy(() -> design.sharp("wage", withGap, defaults.withBandwidth(1)))
                .isInstanceOf(RegressionDiscontinuityException.class)
                .hasMessage("wage is missing in row 5; drop or fill such rows before estimating");
        assertThatThrownBy(() -> design.sharp("wage", new double[] {1, 2}, defaults.withBandwidth(1)))
                .isInstanceOf(RegressionDiscontinuityException.class)
                .hasMessageContaining("wage has 2 rows but score has 12");
        assertThatThrownBy(() -> design.balance(List.of("age"), new double[][] {y, y}, defaults))
                .isInstanceOf(RegressionDiscontinuityException.class).hasMessageContaining("1 covariate names");
    }

    @Test
    void optionsOutOfRangeNameTheOption() {
        assertThatThrownBy(() -> defaults.withOrder(-1)).isInstanceOf(RegressionDiscontinuityException.class)
                .hasMessageContaining("order must be a whole number from 0 to 10");
        assertThatThrownBy(() -> defaults.withOrder(2).withBiasOrder(2))
                .isInstanceOf(RegressionDiscontinuityException.class)
                .hasMessageContaining("bias_order must be greater than order (2)");
        assertThatThrownBy(() -> defaults.withBandwidth(-1)).isInstanceOf(RegressionDiscontinuityException.class)
                .hasMessageContaining("bandwidth must be a positive number");
        assertThatThrownBy(() -> defaults.withConfidenceLevel(95))
                .isInstanceOf(RegressionDiscontinuityException.class).hasMessageContaining("level must be between");
        assertThatThrownBy(() -> Kernel.fromKeyword("gaussian")).isInstanceOf(RegressionDiscontinuityException.class)
                .hasMessage("kernel must be one of triangular, uniform, epanechnikov, not gaussian");
        assertThatThrownBy(() -> VarianceEstimator.fromKeyword("hc4"))
                .isInstanceOf(RegressionDiscontinuityException.class).hasMessageContaining("vce must be one of nn");
    }
}

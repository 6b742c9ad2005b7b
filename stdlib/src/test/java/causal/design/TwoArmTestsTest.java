package causal.design;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The conversions of the shared data set ab_test.csv (A: 100 of 1000, B: 120 of 1000), compared as R 4.2.2 does
 * (values printed with digits = 15).
 */
class TwoArmTestsTest {
    private static final double[] A = conversions(100, 1000);
    private static final double[] B = conversions(120, 1000);

    private static double[] conversions(int ones, int n) {
        double[] x = new double[n];
        Arrays.fill(x, 0, ones, 1.0);
        return x;
    }

    private static void relative(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
    }

    @Test
    void theZTestsPValueIsPropTestsWithoutCorrection() {
        // prop.test(c(120, 100), c(1000, 1000), correct = FALSE)$p.value = 0.152917781863946
        ArmComparison z = TwoArmTests.ztest(A, B, 0.05);
        assertThat(z.difference()).isCloseTo(0.02, within(1e-15));
        relative(z.pValue(), 0.152917781863946);
        // unpooled se: sqrt(.1 * .9 / 1000 + .12 * .88 / 1000)
        relative(z.stdError(), Math.sqrt(0.1 * 0.9 / 1000 + 0.12 * 0.88 / 1000));
        assertThat(z.statistics()).containsEntry("control_rate", 0.1).containsEntry("treatment_rate", 0.12);
    }

    @Test
    void studentsTIsTTestWithEqualVariances() {
        // t.test(b, a, var.equal = TRUE): t = 1.42931619499538, p = 0.153069701379154,
        // CI = (-0.00744182178447987, 0.04744182178447984)
        ArmComparison t = TwoArmTests.ttest(A, B, 0.05);
        relative(t.statistics().get("t"), 1.42931619499538);
        relative(t.pValue(), 0.153069701379154);
        relative(t.ciLow(), -0.00744182178447987);
        relative(t.ciHigh(), 0.04744182178447984);
    }

    @Test
    void welchIsTTestsDefault() {
        // t.test(b, a): df = 1985.37145635425, p = 0.153070695634583, CI = (-0.00744192758820517, …515)
        ArmComparison w = TwoArmTests.welch(A, B, 0.05);
        relative(w.statistics().get("df"), 1985.37145635425);
        relative(w.pValue(), 0.153070695634583);
        relative(w.ciLow(), -0.00744192758820517);
        relative(w.ciHigh(), 0.04744192758820515);
    }

    @Test
    void theDifferenceUsesTheUnpooledStandardErrorAndTheNormal() {
        ArmComparison d = TwoArmTests.difference(A, B, 0.05);
        double se = Math.sqrt(TwoArmTests.variance(A) / 1000 + TwoArmTests.variance(B) / 1000);
        relative(d.stdError(), se);
        relative(d.ciHigh() - d.difference(), 1.959963984540054 * se);
    }

    @Test
    void probabilityBetterIsExactForABetaOneOnePrior() {
        // R: integrate(function(x) dbeta(x, 121, 881) * pbeta(x, 101, 901), 0, 1, rel.tol = 1e-12)
        //    = 0.92318343897356; expected loss (nested integrate) = 0.000484613926356443
        ArmComparison b = BayesianComparison.conversion(A, B, 1, 1, 0.05);
        assertThat(b.statistics().get("prob_better")).isCloseTo(0.92318343897356, within(1e-10));
        assertThat(b.statistics().get("expected_loss")).isCloseTo(0.000484613926356443, within(1e-9));
        assertThat(b.difference()).isCloseTo(121.0 / 1002 - 101.0 / 1002, within(1e-15));
        assertThat(b.pValue()).isNaN();
    }

    @Test
    void theClosedFormAndTheIntegralAgree() {
        double exact = BayesianComparison.probabilityBetter(31, 70, 42, 61);
        double integral = BayesianComparison.probabilityBetter(31, 70, 42.0000000001, 61);
        assertThat(exact).isCloseTo(integral, within(1e-8));
    }

    @Test
    void aBalancedSplitHasNoSampleRatioMismatch() {
        // chisq.test(c(1000, 1000), p = c(.5, .5))$p.value = 1; chisq.test(c(480, 520), …) = 0.205903210732068
        assertThat(SampleRatioMismatch.pValue(1000, 1000, 0.5)).isEqualTo(1.0);
        relative(SampleRatioMismatch.pValue(480, 520, 0.5), 0.205903210732068);
        assertThat(SampleRatioMismatch.pValue(4000, 5000, 0.5)).isLessThan(SampleRatioMismatch.THRESHOLD);
    }

    @Test
    void aConversionMetricMustBeZeroOrOne() {
        assertThatThrownBy(() -> TwoArmTests.ztest(new double[] {0, 2}, B, 0.05))
                .isInstanceOf(DesignException.class).hasMessageContaining("0 or 1");
    }
}

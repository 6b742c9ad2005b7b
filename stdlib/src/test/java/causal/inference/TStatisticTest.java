package causal.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** References from R 4.2.2, printed with {@code options(digits = 17)}. */
class TStatisticTest {

    @Test
    void pValueIsTheTwoSidedStudentTail() {
        // R: 2 * pt(-2.5, 10)
        assertThat(TStatistic.pValue(2.5, 10)).isCloseTo(0.031446844236608776, withinPercentage(1e-10));
        assertThat(TStatistic.pValue(-2.5, 10)).isEqualTo(TStatistic.pValue(2.5, 10));
        // R: 2 * pt(-1.3, 7.25): Welch's degrees of freedom are not whole
        assertThat(TStatistic.pValue(1.3, 7.25)).isCloseTo(0.233403633843388941, withinPercentage(1e-10));
        assertThat(TStatistic.pValue(0, 5)).isEqualTo(1.0);
    }

    @Test
    void pValueStaysAccurateFarIntoTheTail() {
        // R: 2 * pt(-30, 5)
        assertThat(TStatistic.pValue(30, 5)).isCloseTo(7.7186486204960467e-07, withinPercentage(1e-10));
        assertThat(TStatistic.pValue(Double.NaN, 5)).isNaN();
    }

    @Test
    void pValueIsTheNumberTheEstimatorsComputedWithCommonsMathBefore() {
        for (int df : new int[] {1, 3, 12, 97, 604}) {
            TDistribution t = new TDistribution(null, df, 1e-14);
            for (double x = -40; x <= 40; x += 0.0371) {
                assertThat(TStatistic.pValue(x, df)).isEqualTo(2 * t.cumulativeProbability(-Math.abs(x)));
            }
        }
    }

    @Test
    void criticalValuesAreTheStudentQuantiles() {
        // R: qt(0.975, 10), qt(0.95, 3.5), qt(1 - 0.003 / 2, 12)
        assertThat(TStatistic.critical(0.95, 10)).isCloseTo(2.228138851986273927, withinPercentage(1e-11));
        assertThat(TStatistic.critical(0.9, 3.5)).isCloseTo(2.222433493649600855, withinPercentage(1e-11));
        assertThat(TStatistic.criticalForAlpha(0.003, 12)).isCloseTo(3.706487110192392631, withinPercentage(1e-11));
    }
}

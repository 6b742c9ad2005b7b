package causal.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** References from R 4.2.2, printed with {@code options(digits = 17)}. */
class ZStatisticTest {

    @Test
    void pValueIsTheTwoSidedNormalTail() {
        // R: 2 * pnorm(-2.5)
        assertThat(ZStatistic.pValue(2.5)).isCloseTo(0.012419330651552270, withinPercentage(1e-10));
        assertThat(ZStatistic.pValue(-2.5)).isEqualTo(ZStatistic.pValue(2.5));
        assertThat(ZStatistic.pValue(0)).isEqualTo(1.0);
    }

    @Test
    void pValueStaysAccurateFarIntoTheTail() {
        // R: 2 * pnorm(-30), where 1 - pnorm(30) would round to 0
        assertThat(ZStatistic.pValue(30)).isCloseTo(9.8134278542963744e-198, withinPercentage(1e-10));
    }

    @Test
    void pValueOfNotANumberIsNotANumber() {
        assertThat(ZStatistic.pValue(Double.NaN)).isNaN();
        assertThat(ZStatistic.pValue(Double.POSITIVE_INFINITY)).isZero();
    }

    @Test
    void pValueIsTheNumberTheEstimatorsComputedWithCommonsMathBefore() {
        // The estimators used 2 * Φ(−|z|) from commons-math; erfc gives the same double wherever the result is a
        // normal (not subnormal) double, so moving them here changed no number.
        NormalDistribution normal = new NormalDistribution(null, 0, 1, 1e-14);
        for (double z = -37; z <= 37; z += 0.0137) {
            assertThat(ZStatistic.pValue(z)).isEqualTo(2 * normal.cumulativeProbability(-Math.abs(z)));
        }
    }

    @Test
    void criticalValuesAreTheNormalQuantiles() {
        // R: qnorm(0.975), qnorm(0.995)
        assertThat(ZStatistic.critical(0.95)).isCloseTo(1.959963984540053605, within(1e-15));
        assertThat(ZStatistic.CRITICAL_95).isEqualTo(ZStatistic.critical(0.95));
        assertThat(ZStatistic.critical(0.99)).isCloseTo(2.575829303548899940, within(1e-15));
        assertThat(ZStatistic.criticalForAlpha(0.01)).isCloseTo(2.575829303548899940, within(1e-15));
        // R: qnorm(0.75) * 2, the interquartile range of the standard normal
        assertThat(2 * ZStatistic.critical(0.5)).isCloseTo(1.3489795003921634, within(1e-15));
    }
}

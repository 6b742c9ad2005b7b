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
    void pValueAgreesWithCommonsMathWhichTheEstimatorsUsedBefore() {
        NormalDistribution normal = new NormalDistribution(null, 0, 1, 1e-14);
        for (double z = -37; z <= 37; z += 0.0137) {
            assertThat(ZStatistic.pValue(z)).isCloseTo(2 * normal.cumulativeProbability(-Math.abs(z)),
                    withinPercentage(1e-10));
        }
    }

    @Test
    void pValueFarIntoTheTailIsRs() {
        // R: 2 * pnorm(-37), beyond where erfc(37/√2) can be accurate (the rounding of 37/√2)
        assertThat(ZStatistic.pValue(37)).isCloseTo(1.1451142445049154e-299, withinPercentage(1e-12));
    }

    @Test
    void cumulativeAndQuantileAreRsPnormAndQnorm() {
        // R: pnorm(1.2), pnorm(-0.3), qnorm(0.3), qnorm(9.214220170740681e-18), qnorm(1e-300)
        assertThat(ZStatistic.cumulative(1.2)).isCloseTo(0.88493032977829178, withinPercentage(1e-12));
        assertThat(ZStatistic.cumulative(-0.3)).isCloseTo(0.38208857781104733, withinPercentage(1e-12));
        assertThat(ZStatistic.quantile(0.3)).isCloseTo(-0.52440051270804067, withinPercentage(1e-12));
        assertThat(ZStatistic.quantile(9.214220170740681e-18)).isCloseTo(-8.5032946325793368, withinPercentage(1e-12));
        assertThat(ZStatistic.quantile(1e-300)).isCloseTo(-37.047096299361201, withinPercentage(1e-12));
        assertThat(ZStatistic.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(ZStatistic.quantile(Double.NaN)).isNaN();
    }

    @Test
    void quantileAgreesWithCommonsMathWhereItsQuantileIsAccurate() {
        // R: qnorm(1e-15), qnorm(1e-8); commons-math says -7.941444487 and -5.612001244266 there (its inverse erf),
        // hence the grid from 1e-8 and to 1e-10 relative.
        assertThat(ZStatistic.quantile(1e-15)).isCloseTo(-7.94134532617099520, withinPercentage(1e-12));
        assertThat(ZStatistic.quantile(1e-8)).isCloseTo(-5.6120012441747900, withinPercentage(1e-12));
        NormalDistribution normal = new NormalDistribution(null, 0, 1, 1e-16);
        for (double p = 1e-8; p < 1; p = p < 1e-3 ? p * 3.7 : p + 0.00731) {
            assertThat(ZStatistic.quantile(p)).isCloseTo(normal.inverseCumulativeProbability(p), withinPercentage(1e-8));
        }
    }

    @Test
    void criticalValuesAreTheNormalQuantiles() {
        // R: qnorm(0.975), qnorm(0.995)
        assertThat(ZStatistic.critical(0.95)).isCloseTo(1.959963984540053605, within(2e-15));
        assertThat(ZStatistic.CRITICAL_95).isEqualTo(ZStatistic.critical(0.95));
        assertThat(ZStatistic.critical(0.99)).isCloseTo(2.575829303548899940, within(2e-15));
        assertThat(ZStatistic.criticalForAlpha(0.01)).isCloseTo(2.575829303548899940, within(2e-15));
        // R: qnorm(0.75) * 2, the interquartile range of the standard normal
        assertThat(2 * ZStatistic.critical(0.5)).isCloseTo(1.3489795003921634, within(2e-15));
    }
}

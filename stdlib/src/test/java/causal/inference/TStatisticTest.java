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
    void pValueAgreesWithCommonsMathWhichTheEstimatorsUsedBefore() {
        // To 1e-10 relative: commons-math's own error (R: 2 * pt(-0.0062, 5000) = 0.99505339475866039; here
        // 0.99505339475866, commons-math 0.99505339477074).
        assertThat(TStatistic.pValue(0.0062, 5000)).isCloseTo(0.99505339475866039, withinPercentage(1e-11));
        for (double df : new double[] {1, 1.5, 3, 7.25, 12, 97, 604, 5000}) {
            TDistribution t = new TDistribution(null, df, 1e-14);
            for (double x = -40; x <= 40; x += 0.0371) {
                assertThat(TStatistic.pValue(x, df)).isCloseTo(2 * t.cumulativeProbability(-Math.abs(x)),
                        withinPercentage(1e-8));
            }
        }
    }

    @Test
    void onManyDegreesOfFreedomThePValueKeepsItsDigits() {
        // R: 2 * pt(-2, 1e7), 2 * pt(-4, 1e6), 2 * pt(-2, 3e5), 2 * pt(-8, 1e7): the continued fraction cancels there,
        // 4e-10 off in plain doubles (commons-math 3e-9), within 1e-14 in double-double
        assertThat(TStatistic.pValue(2, 1e7)).isCloseTo(0.045500290891842946, withinPercentage(1e-12));
        assertThat(TStatistic.pValue(4, 1e6)).isCloseTo(6.3347034010047872e-05, withinPercentage(1e-12));
        assertThat(TStatistic.pValue(2, 3e5)).isCloseTo(0.045501163747225050, withinPercentage(1e-12));
    }

    @Test
    void belowTheDoubleDoubleThresholdPlainDoublesKeepTwelveDigits() {
        // R: 2 * pt(-2, 5e3), 2 * pt(-3.5, 8e3), 2 * pt(-1, 8e3): df/2 under 2^12, the fraction in plain doubles
        assertThat(TStatistic.pValue(2, 5e3)).isCloseTo(0.04555425998829396, withinPercentage(1e-10));
        assertThat(TStatistic.pValue(3.5, 8e3)).isCloseTo(0.00046779195090451123, withinPercentage(1e-10));
        assertThat(TStatistic.pValue(1, 8e3)).isCloseTo(0.31734075325826133, withinPercentage(1e-10));
        // R: 2 * pt(-2, 2e4), in double-double: 1.3e-12 off in plain doubles
        assertThat(TStatistic.pValue(2, 2e4)).isCloseTo(0.045513761958499946, withinPercentage(1e-12));
    }

    @Test
    void criticalValuesAreTheStudentQuantiles() {
        // R: qt(0.975, 10), qt(0.95, 3.5), qt(1 - 0.003 / 2, 12)
        assertThat(TStatistic.critical(0.95, 10)).isCloseTo(2.228138851986273927, withinPercentage(1e-11));
        assertThat(TStatistic.critical(0.9, 3.5)).isCloseTo(2.222433493649600855, withinPercentage(1e-11));
        assertThat(TStatistic.criticalForAlpha(0.003, 12)).isCloseTo(3.706487110192392631, withinPercentage(1e-11));
        // R: qt(0.975, 1), qt(0.975, 2), qt(0.999, 2.5), qt(1e-9, 3), qt(0.975, 1e7)
        assertThat(TStatistic.critical(0.95, 1)).isCloseTo(12.706204736174694, withinPercentage(1e-11));
        assertThat(TStatistic.critical(0.95, 2)).isCloseTo(4.3026527297494619, withinPercentage(1e-11));
        assertThat(TStatistic.quantile(0.999, 2.5)).isCloseTo(13.822193110865999, withinPercentage(1e-11));
        assertThat(TStatistic.quantile(1e-9, 3)).isCloseTo(-1033.1096745038083, withinPercentage(1e-11));
        assertThat(TStatistic.critical(0.95, 1e7)).isCloseTo(1.9599642217672049, withinPercentage(1e-12));
    }

    @Test
    void quantilesInvertThePValue() {
        for (double df : new double[] {1, 2, 2.5, 4, 9.3, 30, 612, 1e5}) {
            for (double level : new double[] {0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999}) {
                double t = TStatistic.critical(level, df);
                // 2 (1 − p) for the p the quantile was solved at: 1 − level itself differs in the rounding of p.
                assertThat(TStatistic.pValue(t, df)).isCloseTo(2 * (1 - (0.5 + level / 2)), withinPercentage(1e-9));
            }
        }
    }

    @Test
    void edgeCases() {
        assertThat(TStatistic.quantile(0.5, 7)).isZero();
        assertThat(TStatistic.quantile(1, 7)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(TStatistic.quantile(0, 7)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(TStatistic.quantile(0.9, 0)).isNaN();
        assertThat(TStatistic.pValue(Double.POSITIVE_INFINITY, 7)).isZero();
    }
}

package causal.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** References from R 4.2.2, printed with {@code options(digits = 17)}. */
class WaldIntervalTest {

    @Test
    void normalIntervalIsTheEstimatePlusOrMinusTheNormalQuantileTimesTheStandardError() {
        WaldInterval w = WaldInterval.normal(1.0, 0.5, 0.95);
        // R: 1 + c(-1, 1) * qnorm(0.975) * 0.5; 2 * pnorm(-1 / 0.5)
        assertThat(w.low()).isCloseTo(0.020018007729973197, within(1e-15));
        assertThat(w.high()).isCloseTo(1.979981992270026803, within(1e-15));
        assertThat(w.pValue()).isCloseTo(0.045500263896358424, withinPercentage(1e-10));
    }

    @Test
    void studentIntervalUsesTheDegreesOfFreedom() {
        WaldInterval w = WaldInterval.studentT(2.5, 1.0, 10, 0.95);
        // R: 2.5 + c(-1, 1) * qt(0.975, 10); 2 * pt(-2.5, 10)
        assertThat(w.low()).isCloseTo(0.271861148013726073, within(1e-13));
        assertThat(w.high()).isCloseTo(4.728138851986273927, within(1e-13));
        assertThat(w.pValue()).isCloseTo(0.031446844236608776, withinPercentage(1e-10));
    }

    @Test
    void aStandardErrorThatIsNotANumberGivesNoInterval() {
        WaldInterval w = WaldInterval.normal(1.0, Double.NaN, 0.95);
        assertThat(w.low()).isNaN();
        assertThat(w.high()).isNaN();
        assertThat(w.pValue()).isNaN();
    }
}

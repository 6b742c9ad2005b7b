package causal.experiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sample-ratio checks against R 4.2.2's chisq.test(x, p = …), printed with options(digits = 15). */
class SampleRatioMismatchTest {
    @Test
    void twoArmsEqualChisqTestAgainstAnEvenSplit() {
        // R: chisq.test(c(5000, 5180), p = c(.5, .5)): X-squared 3.18271119842829, p-value 0.0744211513688914
        SampleRatioCheck check = SampleRatioMismatch.check(5000, 5180, 0.5);
        Close.relative(check.statistic(), 3.18271119842829, 1e-12);
        Close.relative(check.pValue(), 0.0744211513688914, 1e-10);
        assertThat(check.df()).isEqualTo(1);
        assertThat(check.expected()).containsExactly(5090.0, 5090.0);
        assertThat(check.mismatch()).isFalse();
    }

    @Test
    void threeArmsWithUnevenWeightsEqualChisqTest() {
        // R: chisq.test(c(1000, 2100, 950), p = c(.25, .5, .25))$p.value
        SampleRatioCheck check = SampleRatioMismatch.check(new long[] {1000, 2100, 950}, new double[] {1, 2, 1});
        Close.relative(check.pValue(), 0.0335384838314702, 1e-10);
        assertThat(check.df()).isEqualTo(2);
    }

    @Test
    void aOnePercentShortfallOnALargeExperimentIsAMismatch() {
        // R: chisq.test(c(50000, 51000), p = c(.5, .5))$p.value
        SampleRatioCheck check = SampleRatioMismatch.check(50000, 51000, 0.5);
        Close.relative(check.pValue(), 0.00165189873235737, 1e-10);
        assertThat(check.mismatch()).isFalse();
        // R: chisq.test(c(50000, 52000), p = c(.5, .5))$p.value
        SampleRatioCheck worse = SampleRatioMismatch.check(50000, 52000, 0.5);
        Close.relative(worse.pValue(), 3.79479188314495e-10, 1e-9);
        assertThat(worse.mismatch()).isTrue();
    }

    @Test
    void countsAndWeightsMustMatchInNumberAndSign() {
        assertThatThrownBy(() -> SampleRatioMismatch.check(new long[] {10, 20}, new double[] {1}))
                .isInstanceOf(ExperimentException.class).hasMessage("there are 2 observed arms but 1 planned weights");
        assertThatThrownBy(() -> SampleRatioMismatch.check(new long[] {10, -1}, new double[] {1, 1}))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("negative count");
        assertThatThrownBy(() -> SampleRatioMismatch.check(0, 0, 0.5))
                .isInstanceOf(ExperimentException.class).hasMessage("no units were observed in any arm");
    }
}

package causal.design;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Sample sizes agree with R 4.2.2's power.prop.test and power.t.test (values printed with digits = 15). */
class SampleSizeTest {
    private static SampleSize.Plan proportions(double p1, double p2, double alpha, int sides) {
        return new SampleSize.Plan(new SampleSize.Metric.Proportion(p1, p2 - p1), alpha, sides, 1.0);
    }

    private static void assertRelative(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-6));
    }

    @Test
    void tenToTwelvePercentNeeds3841PerArmAsPowerPropTest() {
        // power.prop.test(p1 = .1, p2 = .12, power = .8)$n = 3840.84748243445
        SampleSize.Result r = SampleSize.forPower(proportions(0.10, 0.12, 0.05, 2), 0.8, 1, 0);
        assertRelative(r.exactControl(), 3840.84748243445);
        assertThat(r.control()).isEqualTo(3841);
        assertThat(r.treatment()).isEqualTo(3841);
    }

    @Test
    void stricterAlphaAndHigherPowerAsPowerPropTest() {
        // power.prop.test(p1 = .1, p2 = .12, power = .9, sig.level = .01)$n = 7280.98788140248
        assertRelative(SampleSize.forPower(proportions(0.10, 0.12, 0.01, 2), 0.9, 1, 0).exactControl(),
                7280.98788140248);
    }

    @Test
    void aOneSidedDecreaseAsPowerPropTest() {
        // power.prop.test(p1 = .3, p2 = .25, power = .8, alternative = "one.sided")$n = 985.071000237839
        assertRelative(SampleSize.forPower(proportions(0.30, 0.25, 0.05, 1), 0.8, 1, 0).exactControl(),
                985.071000237839);
    }

    @Test
    void twoMeansAsPowerTTest() {
        // power.t.test(delta = 1, sd = 4, power = .8)$n = 252.128116122658
        SampleSize.Plan plan = new SampleSize.Plan(new SampleSize.Metric.Mean(1, 4), 0.05, 2, 1.0);
        assertRelative(SampleSize.forPower(plan, 0.8, 1, 0).exactControl(), 252.128116122658);
        // power.t.test(delta = .5, sd = 1, power = .9, sig.level = .01, alternative = "one.sided")$n
        //   = 105.500374403099
        SampleSize.Plan oneSided = new SampleSize.Plan(new SampleSize.Metric.Mean(0.5, 1), 0.01, 1, 1.0);
        assertRelative(SampleSize.forPower(oneSided, 0.9, 1, 0).exactControl(), 105.500374403099);
    }

    @Test
    void powerAtAGivenSizeAsPowerTTest() {
        // power.t.test(n = 20, delta = 1, sd = 1)$power = 0.868952801692498
        SampleSize.Plan plan = new SampleSize.Plan(new SampleSize.Metric.Mean(1, 1), 0.05, 2, 1.0);
        assertRelative(SampleSize.power(plan, 20), 0.868952801692498);
    }

    @Test
    void noncentralTMatchesR() {
        // pt(2.1, 5, 1.3) = 0.719113659116386; pt(-1, 30, .5) = 0.0694924042041823; pt(1.97, 7000, 2.8)
        assertThat(NoncentralT.cdf(2.1, 5, 1.3)).isCloseTo(0.719113659116386, within(1e-10));
        assertThat(NoncentralT.cdf(-1, 30, 0.5)).isCloseTo(0.0694924042041823, within(1e-10));
        assertThat(NoncentralT.cdf(1.97, 7000, 2.8)).isCloseTo(0.203282018550718, within(1e-10));
    }

    @Test
    void clustersMultiplyTheSizeByTheDesignEffect() {
        SampleSize.Result individual = SampleSize.forPower(proportions(0.10, 0.12, 0.05, 2), 0.8, 1, 0);
        SampleSize.Result clustered = SampleSize.forPower(proportions(0.10, 0.12, 0.05, 2), 0.8, 21, 0.05);
        assertThat(clustered.designEffect()).isEqualTo(2.0);
        assertRelative(clustered.exactControl(), 2 * individual.exactControl());
    }

    @Test
    void unequalArmsNeedMoreUnitsInTotal() {
        SampleSize.Plan even = proportions(0.10, 0.12, 0.05, 2);
        SampleSize.Plan skewed = new SampleSize.Plan(new SampleSize.Metric.Proportion(0.10, 0.02), 0.05, 2, 3.0);
        SampleSize.Result a = SampleSize.forPower(even, 0.8, 1, 0);
        SampleSize.Result b = SampleSize.forPower(skewed, 0.8, 1, 0);
        assertThat(b.treatment()).isGreaterThan(b.control());
        assertThat(b.total()).isGreaterThan(a.total());
        assertThat(SampleSize.power(skewed, b.exactControl())).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void proportionsOutsideZeroOneAreRefused() {
        assertThatThrownBy(() -> proportions(0.95, 1.05, 0.05, 2)).isInstanceOf(DesignException.class)
                .hasMessageContaining("strictly between 0 and 1");
    }
}

package causal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import causal.estimate.OptionException;
import org.junit.jupiter.api.Test;

class EValueTest {

    @Test
    void formulaFedVersusBreastfedMatchesVanderWeeleAndDing() {
        // VanderWeele & Ding (2017), Ann. Intern. Med. 167(4), the Victora et al. example: RR 3.9 (1.8, 8.7),
        // E-value 7.26 and 3.0 for the lower limit. EValue vignette / episensr::confounders.evalue print 7.263034.
        EValue e = EValue.riskRatio(3.9, 1.8, 8.7);
        assertThat(e.point()).isCloseTo(7.263034, within(5e-7));
        assertThat(e.interval()).isCloseTo(3.0, within(1e-12));
        assertThat(e.interpretation()).isEqualTo("an unobserved confounder would need a risk ratio of 7.26 with both the "
                + "treatment and the outcome, above the measured covariates, to explain away the estimate, and of 3 to "
                + "move the confidence interval to include the null");
    }

    @Test
    void smokingAndLungCancerMatchesTheEValueVignette() {
        // EValue vignette "unmeasured-confounding": evalues.RR(est = 10.73, lo = 8.02, hi = 14.36)
        // prints E-values 20.94777 15.52336 NA
        EValue e = EValue.riskRatio(10.73, 8.02, 14.36);
        assertThat(e.point()).isCloseTo(20.94777, within(5e-6));
        assertThat(e.interval()).isCloseTo(15.52336, within(5e-6));
    }

    @Test
    void aProtectiveRatioUsesItsInverseAndTheUpperLimit() {
        // EValue's test suite: evalues.RR(0.80, 0.71, 0.91)[2, "upper"] equals 1/0.91 + sqrt(1/0.91 (1/0.91 - 1)),
        // and its documented example: evalues.RR(1 / 0.80) has the same E-value as evalues.RR(0.80).
        EValue e = EValue.riskRatio(0.80, 0.71, 0.91);
        assertThat(e.interval()).isCloseTo(1 / 0.91 + Math.sqrt(1 / 0.91 * (1 / 0.91 - 1)), within(1e-12));
        assertThat(e.point()).isCloseTo(EValue.riskRatio(1 / 0.80).point(), within(1e-12));
        // Printed to two decimals by VanderWeele & Ding (2017): 1.81 and 1.43.
        assertThat(e.point()).isCloseTo(1.81, within(0.005));
        assertThat(e.interval()).isCloseTo(1.43, within(0.005));
    }

    @Test
    void anIntervalThatIncludesTheNullHasEValueOne() {
        EValue e = EValue.riskRatio(1.3, 0.9, 1.8);
        assertThat(e.interval()).isEqualTo(1.0);
        assertThat(e.interpretation()).endsWith("; the confidence interval already includes the null");
        assertThat(EValue.riskRatio(1.3).interval()).isNaN();
    }

    @Test
    void commonOutcomeOddsRatioUsesTheSquareRoot() {
        // EValue::evalues.OR(2.5, 1.4, 4.0, rare = FALSE), as recorded (2.53971129469801, 1.6488166904897) by a
        // published R package's test that compares against EValue; the sqrt conversion is VanderWeele (2017).
        EValue e = EValue.oddsRatio(2.5, 1.4, 4.0, false);
        assertThat(e.riskRatio()).isCloseTo(Math.sqrt(2.5), within(1e-15));
        assertThat(e.point()).isCloseTo(2.53971129469801, within(1e-12));
        assertThat(e.interval()).isCloseTo(1.6488166904897, within(1e-12));
        assertThat(EValue.oddsRatio(2.5, 1.4, 4.0, true).point()).isCloseTo(EValue.riskRatio(2.5).point(), within(0.0));
    }

    @Test
    void hazardRatiosConvertAsEValueDoes() {
        // EValue::evalues.HR(1.8, 1.2, 2.6, rare = TRUE / FALSE), recorded by the same test: (3, 1.68989794855664)
        // and (2.36714327129528, 1.52553091757873).
        EValue rare = EValue.hazardRatio(1.8, 1.2, 2.6, true);
        assertThat(rare.point()).isCloseTo(3.0, within(1e-12));
        assertThat(rare.interval()).isCloseTo(1.68989794855664, within(1e-12));
        EValue common = EValue.hazardRatio(1.8, 1.2, 2.6, false);
        assertThat(common.point()).isCloseTo(2.36714327129528, within(1e-12));
        assertThat(common.interval()).isCloseTo(1.52553091757873, within(1e-12));
    }

    @Test
    void standardizedDifferenceUsesExpOfPoint91D() {
        // EValue::evalues.MD(0.5, se = 0.2): E-values 2.52914198186127 and 1.44302956344269 (recorded by the same
        // test); EValue's own test writes them as RR = exp(0.91 d), lower exp(0.91 d - 1.78 se).
        EValue e = EValue.standardizedDifference(0.5, 0.2);
        assertThat(e.riskRatio()).isCloseTo(Math.exp(0.455), within(1e-15));
        assertThat(e.riskRatioLow()).isCloseTo(Math.exp(0.455 - 0.356), within(1e-15));
        assertThat(e.point()).isCloseTo(2.52914198186127, within(1e-12));
        assertThat(e.interval()).isCloseTo(1.44302956344269, within(1e-12));
    }

    @Test
    void meanDifferenceIsStandardizedByTheOutcomeSd() {
        // EValue::evalues.OLS(1.2, se = 0.4, sd = 3): 2.23397067263333 and 1.52654088731104 (recorded by the same
        // test); it is evalues.MD(1.2 / 3, 0.4 / 3).
        EValue e = EValue.meanDifference(1.2, 0.4, 3);
        assertThat(e.point()).isCloseTo(2.23397067263333, within(1e-12));
        assertThat(e.interval()).isCloseTo(1.52654088731104, within(1e-12));
        assertThat(e.measure()).isEqualTo("mean difference");
    }

    @Test
    void badInputsNameTheOption() {
        assertThatThrownBy(() -> EValue.riskRatio(-1)).isInstanceOf(OptionException.class)
                .hasMessage("a ratio must be a positive number, not -1.0");
        assertThatThrownBy(() -> EValue.riskRatio(2, 2.5, 3)).isInstanceOf(OptionException.class);
        assertThatThrownBy(() -> EValue.standardizedDifference(0.5, 0)).isInstanceOf(OptionException.class);
    }
}

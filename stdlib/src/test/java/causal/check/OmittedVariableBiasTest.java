package causal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cinelli & Hazlett (2020) on their Darfur example, from the numbers sensemakr's own tests use
 * (carloscinelli/sensemakr, tests/testthat/test-02-darfur.R, "testing darfur sensemakr manually"): the
 * coefficient of directlyharmed 0.09731582, its standard error 0.02325654, 783 residual degrees of freedom.
 */
class OmittedVariableBiasTest {
    private static final double ESTIMATE = 0.09731582;
    private static final double SE = 0.02325654;
    private static final int DOF = 783;

    // sensemakr's 1x female bound (test-02-darfur.R and test-07-bounds.R): r2dz.x and r2yz.dx.
    private static final double R2DZ_1X = 0.00916428667504862;
    private static final double R2YZ_1X = 0.12464092303637;

    @Test
    void darfurPartialR2AndRobustnessValuesMatchThePaper() {
        RegressionSensitivity s = RegressionSensitivity.of("directlyharmed", ESTIMATE, SE, DOF, List.of(),
                RegressionSensitivity.Options.DEFAULTS);
        // Cinelli & Hazlett (2020), section 5: R²_{Y~D|X} = 2.19%, RV_{q=1} = 13.9%, RV_{q=1,α=0.05} = 7.6%.
        assertThat(100 * s.partialR2()).isCloseTo(2.19, within(0.005));
        assertThat(100 * s.robustnessValue()).isCloseTo(13.9, within(0.05));
        assertThat(100 * s.robustnessValueAlpha()).isCloseTo(7.6, within(0.05));
        // sensemakr test-02-darfur.R: t 4.18445, r2yd.x 0.02187309, f2 0.02236222, rv_q 0.1387764, rv_qa 0.07625797.
        assertThat(s.tStatistic()).isCloseTo(4.18445, within(5e-6));
        assertThat(s.partialR2()).isCloseTo(0.02187309, withinPercentage(1e-4));
        assertThat(OmittedVariableBias.partialF2(s.tStatistic(), DOF)).isCloseTo(0.02236222, withinPercentage(1e-4));
        assertThat(s.robustnessValue()).isCloseTo(0.1387764, withinPercentage(1e-4));
        assertThat(s.robustnessValueAlpha()).isCloseTo(0.07625797, withinPercentage(1e-4));
        assertThat(s.interpretation()).isEqualTo("a confounder would need to explain 13.9% of the residual variance of "
                + "both the treatment and the outcome to bring the estimate to 0, and 7.6% to make it not significant at "
                + "the 5% level; one explaining all of the outcome's residual variance would need to explain 2.2% of the "
                + "treatment's to bring the estimate to 0");
    }

    @Test
    void robustnessValueOfTwoOnAHundredDegreesMatchesSensemakrsPrint() {
        // sensemakr test-10-rv-xrv.R, "Print RV": robustness_value(t = 2, dof = 100) prints 0.1809975 (q = 1, alpha = 1).
        assertThat(OmittedVariableBias.robustnessValue(2, 100, 1, 1)).isCloseTo(0.1809975, within(5e-8));
    }

    @Test
    void extremeRobustnessValueLeavesTheCriticalTWhereTheConstraintBinds() {
        // sensemakr test-10-rv-xrv.R, "Non contraining cases (XRV)": dof 7, estimate 1, se 0.3; at r2dz = rv and
        // r2yz = rv / (f*² + rv) the adjusted t equals qt(0.975, 6) exactly.
        int dof = 7;
        double tCritical = OmittedVariableBias.criticalT(0.05, dof - 1);
        double fStar = tCritical / Math.sqrt(dof - 1);
        double rv = OmittedVariableBias.robustnessValue(1 / 0.3, dof, 1, 0.05);
        double r2yz = rv / (fStar * fStar + rv);
        assertThat(OmittedVariableBias.adjustedT(1, 0.3, dof, rv, r2yz)).isCloseTo(tCritical, within(1e-9));
        // R: qt(0.975, 6) = 2.446911851144969
        assertThat(tCritical).isCloseTo(2.446911851144969, within(1e-12));
    }

    @Test
    void pointRobustnessValueBringsTheEstimateToZero() {
        // sensemakr test-02-darfur.R: adjusted_estimate(model, r2yz.dx = rv, r2dz.x = rv) is 0.
        double rv = OmittedVariableBias.robustnessValue(ESTIMATE / SE, DOF, 1, 1);
        assertThat(OmittedVariableBias.adjustedEstimate(ESTIMATE, SE, DOF, rv, rv)).isCloseTo(0, within(1e-15));
        double r2 = OmittedVariableBias.partialR2(ESTIMATE / SE, DOF);
        assertThat(OmittedVariableBias.adjustedEstimate(ESTIMATE, SE, DOF, r2, 1)).isCloseTo(0, within(1e-15));
    }

    @Test
    void femaleBenchmarkBoundsMatchSensemakr() {
        // The benchmark's own partial R²s, recovered from sensemakr's printed 1x bound by inverting
        // r2dz = r/(1-r) and r2yz = ((1 + r2dz) / sqrt(1 - r2dz²))² b/(1-b) at kd = ky = 1.
        double r2dxj = R2DZ_1X / (1 + R2DZ_1X);
        double odds = R2YZ_1X * (1 - R2DZ_1X) / (1 + R2DZ_1X);
        double r2yxj = odds / (1 + odds);
        RegressionSensitivity s = RegressionSensitivity.of("directlyharmed", ESTIMATE, SE, DOF,
                List.of(new RegressionSensitivity.Benchmark("female", r2dxj, r2yxj)),
                RegressionSensitivity.Options.DEFAULTS.withBenchmarks(List.of(), List.of(1.0, 2.0, 3.0)));
        // sensemakr test-02-darfur.R, "testing darfur sensemakr manually", kd = 1:3.
        double[] r2dz = {0.00916428667504862, 0.0183285733500972, 0.0274928600251459};
        double[] r2yz = {0.12464092303637, 0.249324064199975, 0.374050471038094};
        double[] estimate = {0.0752202698486415, 0.0529151689180575, 0.0303960178770157};
        double[] se = {0.0218733298036818, 0.0203500639944344, 0.0186700665753491};
        double[] t = {3.43890347394571, 2.60024582392121, 1.62806156873318};
        double[] low = {0.0322829603180086, 0.0129680276030601, -0.00625329133645187};
        double[] high = {0.118157579379274, 0.092862310233055, 0.0670453270904833};
        assertThat(s.bounds()).hasSize(3);
        for (int k = 0; k < 3; k++) {
            ConfounderBound b = s.bounds().get(k);
            assertThat(b.label()).isEqualTo((k + 1) + "x female");
            assertThat(b.r2dz()).isCloseTo(r2dz[k], withinPercentage(1e-10));
            assertThat(b.r2yz()).isCloseTo(r2yz[k], withinPercentage(1e-10));
            assertThat(b.adjustedEstimate()).isCloseTo(estimate[k], withinPercentage(1e-7));
            assertThat(b.adjustedStdError()).isCloseTo(se[k], withinPercentage(1e-7));
            assertThat(b.adjustedT()).isCloseTo(t[k], withinPercentage(1e-7));
            assertThat(b.low()).isCloseTo(low[k], withinPercentage(1e-6));
            assertThat(b.high()).isCloseTo(high[k], withinPercentage(1e-7));
        }
        assertThat(s.bounds().get(0).interpretation()).isEqualTo("a confounder 1x as strong as female (explaining 0.9% "
                + "of the treatment's and 12.5% of the outcome's residual variance) would change the estimate to "
                + "0.0752 (95% ci 0.0323 to 0.118)");
    }
}

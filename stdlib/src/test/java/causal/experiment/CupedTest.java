package causal.experiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CUPED against R 4.2.2 (options(digits = 15)) computing Deng et al.'s formulas on
 * cy <- c(12.1, 9.8, 11.4, 13.0, 10.2, 8.9, 12.7, 11.1, 10.5, 9.9); cx <- c(11.0, 9.5, 10.8, 12.1, 10.0, 9.1, 11.9,
 * 10.4, 10.2, 9.6); ty <- c(13.2, 10.9, 12.0, 14.1, 11.3, 10.4, 13.5, 12.2); tx <- c(11.8, 9.9, 10.7, 12.6, 10.1,
 * 9.4, 12.0, 11.1); y <- c(cy, ty); x <- c(cx, tx); theta <- cov(y, x)/var(x); ca <- cy - theta*(cx - mean(x));
 * ta <- ty - theta*(tx - mean(x)); d <- mean(ta) - mean(ca); se <- sqrt(var(ca)/10 + var(ta)/8);
 * se0 <- sqrt(var(cy)/10 + var(ty)/8); d ± qnorm(.975)*se; 2*pnorm(-abs(d/se)); 1 - se^2/se0^2.
 */
class CupedTest {
    private static final double[] CONTROL = {12.1, 9.8, 11.4, 13.0, 10.2, 8.9, 12.7, 11.1, 10.5, 9.9};
    private static final double[] CONTROL_PRE = {11.0, 9.5, 10.8, 12.1, 10.0, 9.1, 11.9, 10.4, 10.2, 9.6};
    private static final double[] TREATMENT = {13.2, 10.9, 12.0, 14.1, 11.3, 10.4, 13.5, 12.2};
    private static final double[] TREATMENT_PRE = {11.8, 9.9, 10.7, 12.6, 10.1, 9.4, 12.0, 11.1};

    @Test
    void cupedAdjustsByThePooledSlopeAndReportsTheVarianceReduction() {
        ArmComparison cuped = Cuped.compare(CONTROL, CONTROL_PRE, TREATMENT, TREATMENT_PRE, 0.05);
        Close.relative(cuped.statistic("theta"), 1.31937419127162, 1e-10);
        Close.relative(cuped.difference(), 0.593506646276909, 1e-10);
        Close.relative(cuped.stdError(), 0.0961582825995813, 1e-9);
        Close.relative(cuped.ciLow(), 0.405039875566505, 1e-9);
        Close.relative(cuped.ciHigh(), 0.781973416987313, 1e-9);
        Close.relative(cuped.pValue(), 6.73529043323344e-10, 1e-6);
        Close.relative(cuped.statistic("variance_reduction"), 0.976636231603047, 1e-9);
    }

    @Test
    void unadjustedNumbersAreTheDifferenceInMeans() {
        ArmComparison cuped = Cuped.compare(CONTROL, CONTROL_PRE, TREATMENT, TREATMENT_PRE, 0.05);
        ArmComparison plain = DifferenceInMeans.compare(CONTROL, TREATMENT, 0.05);
        Close.relative(cuped.statistic("unadjusted_difference"), plain.difference(), 1e-15);
        Close.relative(cuped.statistic("unadjusted_std_error"), plain.stdError(), 1e-15);
    }

    @Test
    void constantOrMisalignedCovariatesAreRefused() {
        double[] constant = new double[CONTROL.length];
        double[] constantTreated = new double[TREATMENT.length];
        assertThatThrownBy(() -> Cuped.compare(CONTROL, constant, TREATMENT, constantTreated, 0.05))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("same value for every unit");
        assertThatThrownBy(() -> Cuped.compare(CONTROL, TREATMENT_PRE, TREATMENT, TREATMENT_PRE, 0.05))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("one value per unit");
    }
}

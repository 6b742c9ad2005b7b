package causal.experiment;

import org.junit.jupiter.api.Test;

/** The noncentral t CDF against R 4.2.2's pt(q, df, ncp), printed with options(digits = 15). */
class NoncentralTTest {
    @Test
    void seriesAgreesWithPtOnBothSidesOfZero() {
        // R: pt(2, 10, 1); pt(-1, 5, 2); pt(3.5, 30, 3); pt(0.5, 3, -1); pt(-3, 20, -2.5)
        Close.relative(NoncentralT.cdf(2, 10, 1), 0.807611562530311, 1e-9);
        Close.relative(NoncentralT.cdf(-1, 5, 2), 0.00231637565416343, 1e-8);
        Close.relative(NoncentralT.cdf(3.5, 30, 3), 0.66576398289682, 1e-9);
        Close.relative(NoncentralT.cdf(0.5, 3, -1), 0.924273881288613, 1e-9);
        Close.relative(NoncentralT.cdf(-3, 20, -2.5), 0.338397126506875, 1e-9);
    }

    @Test
    void fewAndFractionalDegreesOfFreedomAgreeWithPt() {
        // R: pt(1, 1, 0.5); pt(2.5, 2.5, 0.7); pt(10, 4, 8); pt(0, 7, 1.5)
        Close.relative(NoncentralT.cdf(1, 1, 0.5), 0.59274773643996, 1e-9);
        Close.relative(NoncentralT.cdf(2.5, 2.5, 0.7), 0.861624179015777, 1e-9);
        Close.relative(NoncentralT.cdf(10, 4, 8), 0.630833933655256, 1e-9);
        Close.relative(NoncentralT.cdf(0, 7, 1.5), 0.0668072012688581, 1e-9);
    }

    @Test
    void largeNoncentralityAndDegreesOfFreedomAgreeWithPt() {
        // R: pt(40, 50, 35) (series); pt(45, 20, 40) and pt(5, 5e5, 4) (R's normal approximation);
        // pt(1.96, 1000, 0.5)
        Close.relative(NoncentralT.cdf(40, 50, 35), 0.879445408781569, 1e-8);
        Close.relative(NoncentralT.cdf(45, 20, 40), 0.731580968277609, 1e-9);
        Close.relative(NoncentralT.cdf(5, 5e5, 4), 0.841341116544727, 1e-9);
        Close.relative(NoncentralT.cdf(1.96, 1000, 0.5), 0.927595034144982, 1e-9);
    }
}

package causal.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/** References from R 4.2.2, printed with {@code options(digits = 17)}; commons-math 3.6.1 over grids. */
class SpecialFunctionsTest {

    @Test
    void logGammaIsRsLgamma() {
        // R: lgamma(0.5), lgamma(1.049617079042329) (near the root at 1: accurate in absolute terms), lgamma(1e-300)
        assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.57236494292470008, within(1e-15));
        assertThat(SpecialFunctions.logGamma(1.049617079042329)).isCloseTo(-0.026662324858088771, within(1e-14));
        assertThat(SpecialFunctions.logGamma(1e-300)).isCloseTo(690.77552789821368, withinPercentage(1e-12));
        assertThat(SpecialFunctions.logGamma(0)).isNaN();
        for (double x = 0.01; x < 1e6; x *= 1.09) {
            assertThat(SpecialFunctions.logGamma(x)).isCloseTo(Gamma.logGamma(x), within(1e-13 * Math.max(1, Math.abs(Gamma.logGamma(x)))));
        }
    }

    @Test
    void logBetaKeepsItsDigitsWhenOneArgumentIsLarge() {
        // R: lbeta(5e6, 0.5): ln Γ(5e6) alone is 7.2e7, the difference of two such numbers
        assertThat(SpecialFunctions.logBeta(5e6, 0.5)).isCloseTo(-7.1401092672744877, withinPercentage(1e-12));
        assertThat(SpecialFunctions.logBeta(0.5, 5e6)).isEqualTo(SpecialFunctions.logBeta(5e6, 0.5));
    }

    @Test
    void regularizedBetaIsRsPbeta() {
        // R: pbeta(0.5668, 400, 250), pbeta(0.3, 2, 0.5)
        assertThat(SpecialFunctions.regularizedBeta(0.5668, 1 - 0.5668, 400, 250))
                .isCloseTo(5.8984565714449459e-03, withinPercentage(1e-10));
        for (double a : new double[] {0.5, 1, 2.5, 10, 40, 400}) {
            for (double b : new double[] {0.5, 1, 3, 17, 250}) {
                for (double x = 0.001; x < 1; x += 0.0123) {
                    assertThat(SpecialFunctions.regularizedBeta(x, 1 - x, a, b))
                            .isCloseTo(Beta.regularizedBeta(x, a, b), within(1e-12));
                }
            }
        }
    }

    @Test
    void regularizedGammaIsRsPchisq() {
        // R: pchisq(3.2, 1, lower.tail = FALSE), pchisq(12.5, 7, lower.tail = FALSE), pgamma(0.8, 2.5)
        assertThat(SpecialFunctions.regularizedGammaQ(0.5, 1.6)).isCloseTo(0.073638270120302773, withinPercentage(1e-12));
        assertThat(SpecialFunctions.regularizedGammaQ(3.5, 6.25)).isCloseTo(0.085269275158269250, withinPercentage(1e-12));
        assertThat(SpecialFunctions.regularizedGammaP(2.5, 0.8)).isCloseTo(0.098750655498726414, withinPercentage(1e-12));
        for (double a : new double[] {0.5, 1, 2, 3.5, 10, 50, 300}) {
            for (double x = 0.01; x < 2000; x *= 1.13) {
                assertThat(SpecialFunctions.regularizedGammaQ(a, x)).isCloseTo(Gamma.regularizedGammaQ(a, x), within(1e-12));
                assertThat(SpecialFunctions.regularizedGammaP(a, x) + SpecialFunctions.regularizedGammaQ(a, x))
                        .isCloseTo(1, within(1e-14));
            }
        }
    }

    @Test
    void erfcIsAccurateInTheUpperTail() {
        // R: 2 * pnorm(-3 * sqrt(2)) = erfc(3), 2 * pnorm(-20 * sqrt(2)) = erfc(20)
        assertThat(SpecialFunctions.erfc(3)).isCloseTo(2.2090496998585394e-05, withinPercentage(1e-11));
        assertThat(SpecialFunctions.erfc(0)).isEqualTo(1.0);
        assertThat(SpecialFunctions.erfc(-3)).isCloseTo(2 - 2.2090496998585394e-05, within(1e-15));
        assertThat(SpecialFunctions.erfc(30)).isZero();
    }
}

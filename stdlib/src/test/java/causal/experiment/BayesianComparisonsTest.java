package causal.experiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bayesian comparisons against numerical integrals in R 4.2.2 (integrate, rel.tol 1e-10 to 1e-13, printed with
 * options(digits = 15)) and closed forms evaluated in R.
 */
class BayesianComparisonsTest {
    @Test
    void probabilityTreatmentBetterEqualsTheIntegralOfTheTwoPosteriors() {
        // R: integrate(function(x) dbeta(x, 101, 901) * pbeta(x, 121, 881, lower.tail = FALSE), 0, 1,
        //    rel.tol = 1e-12)$value
        ArmComparison bayes = BayesianConversion.compare(100, 1000, 120, 1000, BetaPrior.UNIFORM, 0.05);
        Close.relative(bayes.statistic("prob_better"), 0.923183438973559, 1e-9);
        Close.absolute(bayes.statistic("control_alpha"), 101, 0);
        Close.absolute(bayes.statistic("treatment_beta"), 881, 0);
        assertThat(bayes.pValue()).isNaN();
    }

    @Test
    void expectedLossesEqualTheDoubleIntegrals() {
        // R: f <- function(a) sapply(a, function(a) dbeta(a, 101, 901) * integrate(function(b) (a - b) *
        //    dbeta(b, 121, 881), 0, a, rel.tol = 1e-12)$value); integrate(f, 0, 1, rel.tol = 1e-10)$value
        //    and the mirror image for the loss of choosing control
        ArmComparison bayes = BayesianConversion.compare(100, 1000, 120, 1000, BetaPrior.UNIFORM, 0.05);
        Close.relative(bayes.statistic("expected_loss"), 0.000484613926356443, 1e-6);
        Close.relative(bayes.statistic("expected_loss_control"), 0.0204446937666758, 1e-6);
        // E[max(B − A, 0)] − E[max(A − B, 0)] = E[B − A], exactly 121/1002 − 101/1002
        Close.relative(bayes.statistic("expected_loss_control") - bayes.statistic("expected_loss"),
                20.0 / 1002, 1e-10);
    }

    @Test
    void credibleIntervalInvertsTheExactDistributionOfTheDifference() {
        // R: cdf <- function(d) integrate(function(x) dbeta(x, 101, 901) * pbeta(x + d, 121, 881), 0, 1,
        //    rel.tol = 1e-13)$value; uniroot(function(d) cdf(d) - .025, c(-.1, .1), tol = 1e-14)$root, and .975
        ArmComparison bayes = BayesianConversion.compare(100, 1000, 120, 1000, BetaPrior.UNIFORM, 0.05);
        Close.relative(bayes.ciLow(), -0.00747069270756144, 1e-6);
        Close.relative(bayes.ciHigh(), 0.0474696927242386, 1e-6);
        Close.relative(bayes.difference(), 20.0 / 1002, 1e-12);
    }

    @Test
    void thousandsOfConversionsStayFinite() {
        // R: integrate(function(x) dbeta(x, 4001, 96001) * pbeta(x, 4151, 95851, lower.tail = FALSE), 0.03, 0.05,
        //    rel.tol = 1e-12, subdivisions = 1000)$value
        ArmComparison bayes = BayesianConversion.compare(4000, 100000, 4150, 100000, BetaPrior.UNIFORM, 0.05);
        Close.relative(bayes.statistic("prob_better"), 0.955095054939421, 1e-8);
    }

    @Test
    void nonIntegerPriorsFallBackToTheNumericIntegral() {
        // Jeffreys prior beta(.5, .5), 30/100 against 40/100.
        // R: integrate(function(x) dbeta(x, 30.5, 70.5) * pbeta(x, 40.5, 60.5, lower.tail = FALSE), 0, 1,
        //    rel.tol = 1e-12)$value, and the double integral of (a - b) for the loss of choosing treatment
        BetaPrior jeffreys = new BetaPrior(0.5, 0.5);
        ArmComparison bayes = BayesianConversion.compare(30, 100, 40, 100, jeffreys, 0.05);
        Close.relative(bayes.statistic("prob_better"), 0.931030058540445, 1e-7);
        Close.relative(bayes.statistic("expected_loss"), 0.0020409446300689, 1e-6);
        // No conversion in control: the posterior density is infinite at 0.
        // R: integrate(function(x) dbeta(x, .5, 200.5) * pbeta(x, 3.5, 197.5, lower.tail = FALSE), 0, 1,
        //    rel.tol = 1e-12)$value
        ArmComparison sparse = BayesianConversion.compare(0, 200, 3, 200, jeffreys, 0.05);
        Close.relative(sparse.statistic("prob_better"), 0.967331662277773, 1e-6);
    }

    @Test
    void exactSumAndNumericIntegralAgree() {
        BetaDifference posterior = new BetaDifference(101, 901, 121, 881);
        Close.absolute(1 - posterior.cdf(0), posterior.probabilityBGreater(), 1e-9);
    }

    @Test
    void normalModelWithAFlatPriorIsTheLikelihood() {
        // a, b as in FrequentistComparisonsTest. R: d <- mean(b) - mean(a); se <- sqrt(var(a)/7 + var(b)/8);
        //    pnorm(d/se); se*dnorm(d/se) - d*pnorm(-d/se); se*dnorm(d/se) + d*pnorm(d/se)
        double[] a = {5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3};
        double[] b = {6.4, 6.8, 5.9, 7.1, 6.6, 6.0, 7.3, 6.9};
        ArmComparison flat = BayesianNormal.compare(a, b, NormalPrior.FLAT, 0.05);
        Close.relative(flat.difference(), 1.08214285714286, 1e-12);
        Close.relative(flat.stdError(), 0.253235861126627, 1e-9);
        Close.relative(flat.statistic("prob_better"), 0.999990368250324, 1e-12);
        Close.relative(flat.statistic("expected_loss"), 5.20722050197417e-07, 1e-6);
        Close.relative(flat.statistic("expected_loss_control"), 1.08214337786491, 1e-9);
    }

    @Test
    void normalPriorShrinksTheDifference() {
        // R: tau <- .5; prec <- 1/se^2 + 1/tau^2; m <- (d/se^2)/prec; s <- sqrt(1/prec); m ± qnorm(.975)*s;
        //    pnorm(m/s); s*dnorm(m/s) - m*pnorm(-m/s)
        double[] a = {5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3};
        double[] b = {6.4, 6.8, 5.9, 7.1, 6.6, 6.0, 7.3, 6.9};
        ArmComparison shrunk = BayesianNormal.compare(a, b, new NormalPrior(0, 0.5), 0.05);
        Close.relative(shrunk.difference(), 0.861226533844051, 1e-9);
        Close.relative(shrunk.stdError(), 0.225913200941114, 1e-9);
        Close.relative(shrunk.ciLow(), 0.418444796367307, 1e-9);
        Close.relative(shrunk.ciHigh(), 1.30400827132079, 1e-9);
        Close.relative(shrunk.statistic("prob_better"), 0.999931132605782, 1e-12);
        Close.relative(shrunk.statistic("expected_loss"), 3.65144351585692e-06, 1e-6);
    }
}

package causal.experiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The z, t and Welch comparisons against R 4.2.2 (options(digits = 15)) on
 * a <- c(5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3) (control) and b <- c(6.4, 6.8, 5.9, 7.1, 6.6, 6.0, 7.3, 6.9).
 */
class FrequentistComparisonsTest {
    private static final double[] CONTROL = {5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3};
    private static final double[] TREATMENT = {6.4, 6.8, 5.9, 7.1, 6.6, 6.0, 7.3, 6.9};

    @Test
    void studentTTestEqualsRsPooledTTest() {
        // R: t.test(b, a, var.equal = TRUE): t, df, p.value, conf.int, stderr
        ArmComparison t = TwoSampleTTest.student(CONTROL, TREATMENT, 0.05);
        Close.relative(t.statistic("t"), 4.2597476919517, 1e-9);
        assertThat(t.statistic("df")).isEqualTo(13);
        Close.relative(t.pValue(), 0.00093020009560147, 1e-8);
        Close.relative(t.ciLow(), 0.533324551588381, 1e-9);
        Close.relative(t.ciHigh(), 1.630961162697333, 1e-9);
        Close.relative(t.stdError(), 0.254039190909697, 1e-9);
    }

    @Test
    void welchTTestEqualsRsUnequalVarianceTTest() {
        // R: t.test(b, a, var.equal = FALSE)
        ArmComparison w = TwoSampleTTest.welch(CONTROL, TREATMENT, 0.05);
        Close.relative(w.statistic("t"), 4.27326071563675, 1e-9);
        Close.relative(w.statistic("df"), 12.871727455276, 1e-9);
        Close.relative(w.pValue(), 0.000927034500361789, 1e-8);
        Close.relative(w.ciLow(), 0.534505318178498, 1e-9);
        Close.relative(w.ciHigh(), 1.629780396107216, 1e-9);
        Close.relative(w.stdError(), 0.253235861126627, 1e-9);
        // R: t.test(b, a, conf.level = .9)$conf.int
        ArmComparison ninety = TwoSampleTTest.welch(CONTROL, TREATMENT, 0.1);
        Close.relative(ninety.ciLow(), 0.633337003431769, 1e-9);
        Close.relative(ninety.ciHigh(), 1.530948710853946, 1e-9);
        assertThat(ninety.confidence()).isEqualTo(0.9);
    }

    @Test
    void differenceInMeansUsesTheUnpooledErrorWithANormalInterval() {
        // R: d <- mean(b) - mean(a); se <- sqrt(var(a)/7 + var(b)/8) (= t.test(b, a)$stderr);
        //    d ± qnorm(.975)*se; 2*pnorm(-abs(d/se))
        ArmComparison d = DifferenceInMeans.compare(CONTROL, TREATMENT, 0.05);
        Close.relative(d.difference(), 1.08214285714286, 1e-12);
        Close.relative(d.stdError(), 0.253235861126627, 1e-9);
        Close.relative(d.ciLow(), 0.585809689740682, 1e-9);
        Close.relative(d.ciHigh(), 1.57847602454503, 1e-9);
        Close.relative(d.pValue(), 1.92634993522543e-05, 1e-8);
        Close.relative(d.statistic("control_mean"), 5.54285714285714, 1e-12);
        Close.relative(d.statistic("treatment_mean"), 6.625, 1e-12);
        Close.relative(d.statistic("relative_lift"), 1.08214285714286 / 5.54285714285714, 1e-12);
    }

    @Test
    void twoProportionZTestMatchesPropTestWithoutCorrection() {
        // R: prop.test(c(120, 100), c(1000, 1000), correct = FALSE): p.value 0.152917781863946,
        //    X-squared 2.04290091930541 (= z² with the pooled SE), conf.int (unpooled Wald)
        ArmComparison z = TwoProportionZTest.compare(100, 1000, 120, 1000, 0.05);
        Close.absolute(z.difference(), 0.02, 1e-15);
        Close.relative(z.pValue(), 0.152917781863946, 1e-9);
        Close.relative(z.statistic("z") * z.statistic("z"), 2.04290091930541, 1e-9);
        Close.relative(z.ciLow(), -0.00741148199801994, 1e-9);
        Close.relative(z.ciHigh(), 0.04741148199801992, 1e-9);
        // Printed in the task: SE about 0.01399 (sqrt(.1*.9/1000 + .12*.88/1000))
        Close.absolute(z.stdError(), 0.01399, 5e-6);
        Close.relative(z.statistic("relative_lift"), 0.2, 1e-12);
    }

    @Test
    void zeroOneRowsGiveTheSameZTestAsCounts() {
        double[] control = new double[1000];
        double[] treatment = new double[1000];
        for (int i = 0; i < 100; i++) {
            control[i * 10] = 1;
        }
        for (int i = 0; i < 120; i++) {
            treatment[999 - i * 8] = 1;
        }
        assertThat(TwoProportionZTest.compare(control, treatment, 0.05))
                .isEqualTo(TwoProportionZTest.compare(100, 1000, 120, 1000, 0.05));
    }

    @Test
    void summariesGiveTheSameTestAsRows() {
        // R: length, mean and var of a and b
        ArmSummary a = new ArmSummary(7, 5.5428571428571427, 0.22952380952380955);
        ArmSummary b = new ArmSummary(8, 6.625, 0.25071428571428556);
        ArmComparison fromSummaries = TwoSampleTTest.welch(a, b, 0.05);
        Close.relative(fromSummaries.statistic("t"), 4.27326071563675, 1e-9);
    }
}

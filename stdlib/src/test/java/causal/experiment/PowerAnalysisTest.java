package causal.experiment;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sample sizes and power against R 4.2.2's power.prop.test and power.t.test (printed with options(digits = 15)),
 * and against R evaluating the delta-method and unequal-allocation formulas with uniroot(tol = 1e-12).
 */
class PowerAnalysisTest {
    private static PowerPlan proportions(double p1, double p2) {
        return PowerPlan.of(new Effect.TwoProportions(p1, p2 - p1));
    }

    private static PowerPlan means(double delta, double sd) {
        return PowerPlan.of(new Effect.TwoMeans(delta, sd));
    }

    @Test
    void twoProportionSampleSizeEqualsPowerPropTest() {
        // R: power.prop.test(p1 = .1, p2 = .12, power = .8)$n
        SampleSize size = PowerAnalysis.sampleSize(proportions(0.10, 0.12), 0.8);
        Close.relative(size.exactControl(), 3840.84748243445, 1e-6);
        assertThat(size.control()).isEqualTo(3841);
        assertThat(size.treatment()).isEqualTo(3841);
        assertThat(size.achievedPower()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void twoProportionVariantsEqualPowerPropTest() {
        // R: power.prop.test(p1 = .1, p2 = .12, power = .8, strict = TRUE)$n
        Close.relative(PowerAnalysis.sampleSize(proportions(0.10, 0.12).withStrict(true), 0.8).exactControl(),
                3840.83817098037, 1e-6);
        // R: power.prop.test(p1 = .1, p2 = .12, power = .8, alternative = "one.sided")$n
        Close.relative(PowerAnalysis.sampleSize(proportions(0.10, 0.12).withAlternative(Alternative.ONE_SIDED), 0.8)
                .exactControl(), 3025.31525319914, 1e-6);
        // R: power.prop.test(p1 = .5, p2 = .55, power = .9, sig.level = .01)$n
        Close.relative(PowerAnalysis.sampleSize(proportions(0.5, 0.55).withAlpha(0.01), 0.9).exactControl(),
                2965.96499007912, 1e-6);
        // R: power.prop.test(p1 = .3, p2 = .2, power = .8)$n (a decrease)
        Close.relative(PowerAnalysis.sampleSize(proportions(0.3, 0.2), 0.8).exactControl(), 293.151285813647, 1e-6);
    }

    @Test
    void twoProportionPowerAtAGivenSizeEqualsPowerPropTest() {
        // R: power.prop.test(p1 = .1, p2 = .12, n = 2000)$power, and with strict = TRUE
        Close.relative(PowerAnalysis.power(proportions(0.10, 0.12), 2000), 0.52448127876429, 1e-9);
        Close.relative(PowerAnalysis.power(proportions(0.10, 0.12).withStrict(true), 2000), 0.524515256115834,
                1e-9);
        // R: power.prop.test(p1 = .1, p2 = .12, n = 50, strict = TRUE)$power (the other tail matters here)
        Close.relative(PowerAnalysis.power(proportions(0.10, 0.12).withStrict(true), 50), 0.0616600472610473, 1e-9);
    }

    @Test
    void twoMeansSampleSizeEqualsPowerTTest() {
        // R: power.t.test(delta = 1, sd = 2, power = .8)$n
        Close.relative(PowerAnalysis.sampleSize(means(1, 2), 0.8).exactControl(), 63.7657637142739, 1e-6);
        // R: power.t.test(delta = 1, sd = 2, power = .8, strict = TRUE)$n
        Close.relative(PowerAnalysis.sampleSize(means(1, 2).withStrict(true), 0.8).exactControl(),
                63.7656101707822, 1e-6);
        // R: power.t.test(delta = 1, sd = 2, power = .8, alternative = "one.sided")$n
        Close.relative(PowerAnalysis.sampleSize(means(1, 2).withAlternative(Alternative.ONE_SIDED), 0.8)
                .exactControl(), 50.1507994921385, 1e-6);
        // R: power.t.test(delta = 2, sd = 1, power = .9)$n; uniroot's tol leaves R 6e-8 from the exact root
        SampleSize small = PowerAnalysis.sampleSize(means(2, 1), 0.9);
        Close.relative(small.exactControl(), 6.38675601578446, 1e-6);
        assertThat(small.control()).isEqualTo(7);
    }

    @Test
    void twoMeansPowerAtAGivenSizeEqualsPowerTTest() {
        // R: power.t.test(delta = .5, sd = 1, n = 20)$power, and with strict = TRUE
        Close.relative(PowerAnalysis.power(means(0.5, 1), 20), 0.337708365563488, 1e-8);
        Close.relative(PowerAnalysis.power(means(0.5, 1).withStrict(true), 20), 0.33793902892509, 1e-8);
    }

    @Test
    void ratioMetricSampleSizeFollowsTheDeltaMethod() {
        // Per unit: revenue mean 2.5, variance 9; sessions mean 5, variance 4; covariance 3. Ratio 0.5 → 0.55.
        // R: v <- (9 - 2*0.5*3 + 0.25*4)/25; uniroot(function(n) pnorm(0.05/sqrt(2*v/n) - qnorm(.975)) - .8,
        //   c(1, 1e7), tol = 1e-12)$root
        Effect.RatioMetric ratio = new Effect.RatioMetric(2.5, 5, 9, 4, 3, 0.05);
        Close.absolute(ratio.perUnitVariance(), 0.28, 1e-15);
        Close.relative(PowerAnalysis.sampleSize(PowerPlan.of(ratio), 0.8).exactControl(), 1758.14906049419, 1e-6);
        // R: the same with pnorm(0.05/sqrt(2*v/n) - qnorm(.9)) - .9 (one-sided, alpha 0.1, power 0.9)
        PowerPlan oneSided = PowerPlan.of(ratio).withAlpha(0.1).withAlternative(Alternative.ONE_SIDED);
        Close.relative(PowerAnalysis.sampleSize(oneSided, 0.9).exactControl(), 1471.56747597424, 1e-6);
    }

    @Test
    void unequalAllocationUsesTheWeightedPooledRate() {
        // R: f <- function(n1, k = 2, p1 = .1, p2 = .12) { n2 <- k*n1; pb <- (n1*p1 + n2*p2)/(n1 + n2);
        //   pnorm((abs(p2-p1) - qnorm(.975)*sqrt(pb*(1-pb)*(1/n1+1/n2)))/sqrt(p1*(1-p1)/n1+p2*(1-p2)/n2)) };
        //   uniroot(function(n) f(n) - .8, c(1, 1e7), tol = 1e-12)$root
        SampleSize size = PowerAnalysis.sampleSize(proportions(0.10, 0.12).withAllocationRatio(2), 0.8);
        Close.relative(size.exactControl(), 2910.51283085236, 1e-6);
        assertThat(size.control()).isEqualTo(2911);
        assertThat(size.treatment()).isEqualTo(5822);
    }

    @Test
    void clusterRandomizationMultipliesTheSampleSizeByTheDesignEffect() {
        // Design effect 1 + (20 - 1)·0.05 = 1.95 (Donner and Klar 2000); n from power.prop.test as above.
        ClusterDesign stores = new ClusterDesign(20, 0.05);
        Close.absolute(stores.designEffect(), 1.95, 1e-15);
        SampleSize size = PowerAnalysis.sampleSize(proportions(0.10, 0.12).withCluster(stores), 0.8);
        Close.relative(size.exactControl(), 3840.84748243445 * 1.95, 1e-6);
        assertThat(size.control()).isEqualTo(7490);
        assertThat(size.controlClusters()).isEqualTo(375);
        // At the inflated size the clustered design has the power the simple one has at the plain size.
        Close.relative(PowerAnalysis.power(proportions(0.10, 0.12).withCluster(stores), 2000 * 1.95),
                0.52448127876429, 1e-9);
    }

    @Test
    void powerCurveRisesWithSampleSizeAndMatchesPowerPropTestPointwise() {
        List<PowerPoint> curve = PowerAnalysis.powerCurve(proportions(0.10, 0.12), new double[] {50, 2000, 3841,
                10000});
        assertThat(curve).extracting(PowerPoint::power).isSorted();
        // R: power.prop.test(p1 = .1, p2 = .12, n = 2000)$power
        Close.relative(curve.get(1).power(), 0.52448127876429, 1e-9);
        assertThat(curve.get(3).power()).isGreaterThan(0.99);
    }

    @Test
    void effectCurveRisesWithTheEffect() {
        List<PowerPoint> curve = PowerAnalysis.effectCurve(means(1, 2), 64, new double[] {0.25, 0.5, 1, 2});
        assertThat(curve).extracting(PowerPoint::power).isSorted();
        // R: power.t.test(delta = .5, sd = 1, n = 20)$power equals delta 1, sd 2 at n 20: only delta/sd counts
        Close.relative(PowerAnalysis.effectCurve(means(1, 2), 20, new double[] {1}).get(0).power(),
                0.337708365563488, 1e-8);
    }

    @Test
    void impossiblePlansAreRefusedInWords() {
        assertThatThrownBy(() -> new Effect.TwoProportions(0.95, 0.1))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("treatment rate");
        assertThatThrownBy(() -> proportions(0.1, 0.12).withAlpha(1.5))
                .isInstanceOf(ExperimentException.class).hasMessage("alpha must lie strictly between 0 and 1, not 1.5");
        assertThatThrownBy(() -> PowerAnalysis.sampleSize(proportions(0.1, 0.12), 0))
                .isInstanceOf(ExperimentException.class).hasMessageStartingWith("power must lie");
        assertThatThrownBy(() -> new Effect.TwoMeans(1, 0))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("standard deviation");
        assertThatThrownBy(() -> new ClusterDesign(10, 1.2))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("intra-class correlation");
        assertThatThrownBy(() -> new Effect.RatioMetric(2.5, 5, 9, 4, 7, 0.05))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("covariance");
    }
}

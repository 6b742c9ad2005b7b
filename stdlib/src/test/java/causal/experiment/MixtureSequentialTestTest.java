package causal.experiment;

import java.util.List;

import causal.random.Normal;
import causal.random.RandomSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The mSPRT of Johari, Pekelis and Walsh: its formula at one look, and its guarantees over many looks. */
class MixtureSequentialTestTest {
    private static final double[] CONTROL = {5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3};
    private static final double[] TREATMENT = {6.4, 6.8, 5.9, 7.1, 6.6, 6.0, 7.3, 6.9};

    @Test
    void oneLookEqualsTheMixtureLikelihoodRatioFormula() {
        // R: d <- mean(b) - mean(a); V <- var(a)/7 + var(b)/8; t2 <- .25;
        //    L <- sqrt(V/(V+t2))*exp(t2*d^2/(2*V*(V+t2))); min(1, 1/L);
        //    hw <- sqrt(V*(V+t2)/t2*(2*log(1/.05) + log((V+t2)/V))); d ± hw
        MixtureSequentialTest.Options once = MixtureSequentialTest.Options.DEFAULTS.withLooks(1)
                .withMixingVariance(0.25);
        ArmComparison msprt = MixtureSequentialTest.compare(CONTROL, TREATMENT, MixtureSequentialTest.Metric.MEAN,
                once);
        Close.relative(msprt.statistic("likelihood_ratio"), 646.763728914214, 1e-9);
        Close.relative(msprt.pValue(), 1.54615967979342e-03, 1e-9);
        Close.relative(msprt.ciLow(), 0.300597360070608, 1e-9);
        Close.relative(msprt.ciHigh(), 1.86368835421511, 1e-9);
        Close.relative(msprt.difference(), 1.08214285714286, 1e-12);
    }

    @Test
    void theDefaultMixingVarianceIsATenthOfTheUnitSdSquared() {
        // R: 0.01 * (var(a) + var(b))/2
        ArmComparison msprt = MixtureSequentialTest.compare(CONTROL, TREATMENT, MixtureSequentialTest.Metric.MEAN,
                MixtureSequentialTest.Options.DEFAULTS);
        Close.relative(msprt.statistic("mixing_variance"), 0.01 * (0.22952380952380955 + 0.25071428571428556) / 2,
                1e-12);
    }

    @Test
    void pValuesOnlyFallAndIntervalsOnlyShrinkAcrossLooks() {
        RandomSource rng = new RandomSource(11);
        double[] control = normal(rng, 400, 10, 2);
        double[] treatment = normal(rng, 400, 10.4, 2);
        List<SequentialLook> looks = MixtureSequentialTest.monitor(control, treatment,
                MixtureSequentialTest.Metric.MEAN, MixtureSequentialTest.Options.DEFAULTS.withLooks(40));
        for (int i = 1; i < looks.size(); i++) {
            assertThat(looks.get(i).pValue()).isLessThanOrEqualTo(looks.get(i - 1).pValue());
            assertThat(looks.get(i).ciLow()).isGreaterThanOrEqualTo(looks.get(i - 1).ciLow());
            assertThat(looks.get(i).ciHigh()).isLessThanOrEqualTo(looks.get(i - 1).ciHigh());
        }
        assertThat(looks.get(looks.size() - 1).control()).isEqualTo(400);
    }

    @Test
    void confidenceSequenceCoversTheTrueDifferenceAtEveryLookInNineteenOfTwentyRuns() {
        // Monte Carlo: 400 seeded runs, true difference 0.3; a miss is any look whose sequence excludes it.
        // Allowed: 0.05 plus three binomial standard errors, sqrt(.05*.95/400) = 0.011.
        RandomSource source = new RandomSource(2024);
        int misses = 0;
        int runs = 400;
        for (int run = 0; run < runs; run++) {
            RandomSource rng = source.stream(run);
            double[] control = normal(rng, 300, 0, 1);
            double[] treatment = normal(rng, 300, 0.3, 1);
            List<SequentialLook> looks = MixtureSequentialTest.monitor(control, treatment,
                    MixtureSequentialTest.Metric.MEAN, MixtureSequentialTest.Options.DEFAULTS.withLooks(30)
                            .withMixingVariance(0.04));
            SequentialLook last = looks.get(looks.size() - 1);
            misses += last.ciLow() > 0.3 || last.ciHigh() < 0.3 ? 1 : 0;
        }
        assertThat(misses / (double) runs).isLessThanOrEqualTo(0.05 + 3 * Math.sqrt(0.05 * 0.95 / runs));
    }

    @Test
    void proportionsUseTheBernoulliVariance() {
        // One look, τ² = 0.0004, V = (.1*.9 + .12*.88)/1000.
        // R: d <- .02; V <- (.1*.9 + .12*.88)/1000; t2 <- .0004; L <- sqrt(V/(V+t2))*exp(t2*d^2/(2*V*(V+t2))); 1/L
        double[] control = new double[1000];
        double[] treatment = new double[1000];
        for (int i = 0; i < 100; i++) {
            control[i * 10] = 1;
        }
        for (int i = 0; i < 120; i++) {
            treatment[i * 8] = 1;
        }
        ArmComparison msprt = MixtureSequentialTest.compare(control, treatment,
                MixtureSequentialTest.Metric.PROPORTION, MixtureSequentialTest.Options.DEFAULTS.withLooks(1)
                        .withMixingVariance(0.0004));
        Close.relative(msprt.pValue(), 0.878139091095735, 1e-9);
        Close.relative(msprt.statistic("control_rate"), 0.1, 1e-12);
    }

    private static double[] normal(RandomSource rng, int n, double mean, double sd) {
        double[] out = new double[n];
        new Normal().sample(rng, new double[][] {{mean}, {sd}}, out);
        return out;
    }
}

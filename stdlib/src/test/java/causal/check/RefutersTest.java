package causal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.Estimator;
import causal.estimate.OptionException;
import causal.estimate.RegressionAdjustment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RefutersTest {
    private static final Estimator OLS = new RegressionAdjustment(RegressionAdjustment.Options.DEFAULTS);
    private static final Table DATA = SimulatedStudies.trueEffect(1000, 11);
    private static final EffectQuery QUERY = SimulatedStudies.adjustingForX();
    private static final Estimate ORIGINAL = OLS.estimate(DATA, QUERY);

    private static Refutation refute(Refuter refuter) {
        return refuter.refute(OLS, DATA, QUERY, ORIGINAL);
    }

    /** An estimate of {@code value} and nothing else, for estimators made up by the tests. */
    private static Estimate estimateOf(double value) {
        return new Estimate(QUERY.estimand(), "t", "y", "made up", value, 1, value - 2, value + 2, 0.5, 1, Map.of(),
                Optional.empty(), List.of());
    }

    @Test
    void theSimulationRecoversItsTrueEffect() {
        assertThat(ORIGINAL.value()).isCloseTo(SimulatedStudies.TRUE_EFFECT, within(3 * ORIGINAL.stdError()));
    }

    @Test
    void placeboTreatmentOfARealEffectCentresOnZero() {
        Refutation r = refute(new PlaceboTreatment(PlaceboTreatment.Options.DEFAULTS));
        assertThat(r.refuter()).isEqualTo("placebo_treatment");
        assertThat(r.runs()).isEqualTo(100);
        assertThat(r.test()).isEqualTo(SignificanceTest.PERCENTILE);
        assertThat(r.originalEffect()).isEqualTo(ORIGINAL.value());
        assertThat(r.newEffect()).isCloseTo(0, within(0.05));
        assertThat(r.pValue()).isGreaterThan(0.05);
        assertThat(r.significant()).isFalse();
        assertThat(r.interpretation()).startsWith("the placebo effect is ")
                .endsWith("): no sign the estimate is an artefact of the data");
    }

    @Test
    void placeboTreatmentExposesAMethodThatAlwaysFindsAnEffect() {
        Estimator alwaysTwo = (data, query) -> estimateOf(2);
        Refutation r = new PlaceboTreatment(PlaceboTreatment.Options.DEFAULTS).refute(alwaysTwo, DATA, QUERY,
                estimateOf(2));
        assertThat(r.newEffect()).isEqualTo(2.0);
        assertThat(r.pValue()).isEqualTo(0.0);
        assertThat(r.interpretation()).isEqualTo("the placebo effect is 2 (p < 0.001), not 0: the method finds an "
                + "effect of a treatment that has none, so the estimate may be an artefact of the data or the method");
    }

    @Test
    void dummyOutcomeOfARealEffectCentresOnZero() {
        Refutation r = refute(new DummyOutcome(DummyOutcome.Options.DEFAULTS));
        assertThat(r.newEffect()).isCloseTo(0, within(0.05));
        assertThat(r.pValue()).isGreaterThan(0.05);
        assertThat(r.interpretation()).endsWith("): no sign the method finds effects where there are none");
        Refutation fooled = new DummyOutcome(DummyOutcome.Options.DEFAULTS).refute((d, q) -> estimateOf(0.5), DATA,
                QUERY, estimateOf(0.5));
        assertThat(fooled.significant()).isTrue();
    }

    @Test
    void randomCommonCauseLeavesARealEffectInPlace() {
        Refutation r = refute(new RandomCommonCause(RandomCommonCause.Options.DEFAULTS));
        assertThat(r.newEffect()).isCloseTo(ORIGINAL.value(), within(0.01));
        assertThat(r.pValue()).isGreaterThan(0.05);
        assertThat(r.interpretation()).contains("against " + Wording.number(ORIGINAL.value()))
                .endsWith(": the estimate does not move; this says nothing about unobserved confounders");
    }

    @Test
    void dataSubsetLeavesARealEffectInPlaceAndExposesOneThatDependsOnTheRows() {
        Refutation r = refute(new DataSubset(DataSubset.Options.DEFAULTS));
        assertThat(r.newEffect()).isCloseTo(ORIGINAL.value(), within(0.02));
        assertThat(r.pValue()).isGreaterThan(0.05);
        assertThat(r.interpretation()).startsWith("on random 80% subsets the effect is ");
        Estimator rowCount = (data, query) -> estimateOf(data.rowCount());
        Refutation counted = new DataSubset(DataSubset.Options.DEFAULTS).refute(rowCount, DATA, QUERY, estimateOf(1000));
        assertThat(counted.newEffect()).isEqualTo(800.0);
        assertThat(counted.significant()).isTrue();
        assertThat(counted.interpretation()).endsWith(": the estimate changes with the rows used");
    }

    @Test
    void bootstrapSpreadIsCloseToTheRobustStandardError() {
        Refutation r = refute(new BootstrapResamples(BootstrapResamples.Options.DEFAULTS));
        assertThat(r.runs()).isEqualTo(200);
        assertThat(r.newEffect()).isCloseTo(ORIGINAL.value(), within(0.02));
        assertThat(r.stdDeviation()).isCloseTo(ORIGINAL.stdError(), within(0.2 * ORIGINAL.stdError()));
        assertThat(r.low()).isLessThan(ORIGINAL.value());
        assertThat(r.high()).isGreaterThan(ORIGINAL.value());
        assertThat(r.pValue()).isGreaterThan(0.05);
        assertThat(r.interpretation()).startsWith("on bootstrap resamples the effect is ")
                .endsWith(": the estimate is stable under resampling");
    }

    @Test
    void randomCommonCausePassesEvenWhenTheEffectIsPureConfounding() {
        Table confounded = SimulatedStudies.pureConfounding(1000, 1.0, 5);
        EffectQuery naive = SimulatedStudies.ignoringU();
        Estimate spurious = OLS.estimate(confounded, naive);
        // u moves both t and y by 1: the naive slope is cov(t, y) / var(t) = 1 / 2, with no effect at all.
        assertThat(spurious.value()).isCloseTo(0.5, within(0.1));
        Refutation r = new RandomCommonCause(RandomCommonCause.Options.DEFAULTS).refute(OLS, confounded, naive, spurious);
        assertThat(r.newEffect()).isCloseTo(spurious.value(), within(0.01));
        assertThat(r.significant()).isFalse();
    }

    @Test
    void aSeedGivesTheSameRefutationWhateverTheThreadCount() throws Exception {
        Refuter placebo = new PlaceboTreatment(new PlaceboTreatment.Options(40, 7));
        Refuter bootstrap = new BootstrapResamples(new BootstrapResamples.Options(40, 7));
        for (Refuter refuter : List.of(placebo, bootstrap)) {
            Refutation one = inPool(1, () -> refute(refuter));
            Refutation three = inPool(3, () -> refute(refuter));
            assertThat(three).isEqualTo(one);
            assertThat(refute(refuter)).isEqualTo(one);
        }
    }

    @Test
    void anotherSeedGivesOtherRuns() {
        Refutation seven = refute(new PlaceboTreatment(new PlaceboTreatment.Options(20, 7)));
        Refutation eight = refute(new PlaceboTreatment(new PlaceboTreatment.Options(20, 8)));
        assertThat(eight.newEffect()).isNotEqualTo(seven.newEffect());
        assertThat(seven.test()).isEqualTo(SignificanceTest.NORMAL);
    }

    @Test
    void optionsAreCheckedWhenMade() {
        assertThatThrownBy(() -> new PlaceboTreatment.Options(1, 0)).isInstanceOf(OptionException.class)
                .hasMessage("runs must be at least 2, not 1");
        assertThatThrownBy(() -> new DataSubset.Options(1.0, 100, 0)).isInstanceOf(OptionException.class)
                .hasMessage("fraction must lie strictly between 0 and 1, not 1.0");
    }

    private static <T> T inPool(int threads, Supplier<T> task) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(task::get).get();
        } finally {
            pool.shutdown();
        }
    }
}

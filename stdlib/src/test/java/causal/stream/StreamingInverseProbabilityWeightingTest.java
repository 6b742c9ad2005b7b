package causal.stream;

import static causal.stream.Fixtures.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;

import causal.data.Table;
import causal.estimate.BalanceTable;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.InverseProbabilityWeighting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streamed IPW against {@code causal.estimate.InverseProbabilityWeighting} in memory (and R through its tests). */
class StreamingInverseProbabilityWeightingTest {
    private static final Table LALONDE = Fixtures.lalonde();

    private static EffectQuery lalonde(Estimand estimand) {
        return new EffectQuery(estimand, "treat", "re78", Fixtures.LALONDE_COVARIATES, List.of());
    }

    @Test
    void lalondeAteMatchesRAndTheInMemoryEstimator() {
        InverseProbabilityWeighting.Options knownScore = new InverseProbabilityWeighting.Options(true, true, 0, false);
        StreamedEstimate streamed = StreamingInverseProbabilityWeighting.estimate(TableSource.of(LALONDE, 64),
                lalonde(Estimand.ATE), knownScore, new StreamOptions(2));
        // R 4.2.2 + sandwich 3.0.2, as InverseProbabilityWeightingTest: w <- t/e + (1-t)/(1-e),
        // coef(lm(re78 ~ treat, weights = w))["treat"], sqrt(vcovHC(…, type = "HC0")["treat", "treat"])
        assertRelative(224.676308271438, streamed.estimate().value(), 1e-6);
        assertRelative(909.47766824843, streamed.estimate().stdError(), 1e-6);
        Estimate memory = new InverseProbabilityWeighting(knownScore).estimate(LALONDE, lalonde(Estimand.ATE));
        assertSameIpw(memory, streamed.estimate());
        assertThat(streamed.passes()).isGreaterThan(3);
        // The default error accounts for the estimated score: the numpy stacked sandwich of InverseProbabilityWeightingTest
        StreamedEstimate estimated = StreamingInverseProbabilityWeighting.estimate(TableSource.of(LALONDE, 64),
                lalonde(Estimand.ATE), InverseProbabilityWeighting.Options.DEFAULTS, new StreamOptions(2));
        assertRelative(876.1931911721596, estimated.estimate().stdError(), 1e-6);
    }

    @Test
    void everyEstimandWeightingTrimAndErrorEqualsTheInMemoryEstimator() {
        for (Estimand estimand : List.of(Estimand.ATE, Estimand.ATT, Estimand.ATC)) {
            for (boolean normalized : new boolean[] {true, false}) {
                for (double trim : new double[] {0, 0.05}) {
                    for (boolean scoreEstimated : new boolean[] {true, false}) {
                        assertStreamsAsInMemory(estimand, new InverseProbabilityWeighting.Options(normalized, true,
                                trim, scoreEstimated));
                    }
                }
            }
        }
    }

    /** The same estimate and balance table in batches of 7 rows on one thread and of 1000 rows on three. */
    private static void assertStreamsAsInMemory(Estimand estimand, InverseProbabilityWeighting.Options options) {
        Estimate memory = new InverseProbabilityWeighting(options).estimate(LALONDE, lalonde(estimand));
        assertSameIpw(memory, StreamingInverseProbabilityWeighting.estimate(TableSource.of(LALONDE, 7),
                lalonde(estimand), options, new StreamOptions(1)).estimate());
        assertSameIpw(memory, StreamingInverseProbabilityWeighting.estimate(TableSource.of(LALONDE, 1000),
                lalonde(estimand), options, new StreamOptions(3)).estimate());
    }

    @Test
    void rowsWithAMissingValueAreDroppedAndCounted() {
        Table data = Fixtures.simulated(6000, 61, 0.02);
        EffectQuery query = new EffectQuery(Estimand.ATE, "t", "y", List.of("x1", "x2", "x3"), List.of());
        Table complete = Fixtures.complete(data, List.of("t", "y", "x1", "x2", "x3"));
        Estimate memory = new InverseProbabilityWeighting(InverseProbabilityWeighting.Options.DEFAULTS)
                .estimate(complete, query);
        StreamedEstimate streamed = StreamingInverseProbabilityWeighting.estimate(TableSource.of(data, 1000), query,
                InverseProbabilityWeighting.Options.DEFAULTS, new StreamOptions(3));
        assertSameIpw(memory, streamed.estimate());
        assertThat(streamed.droppedRows()).isEqualTo(6000 - complete.rowCount()).isPositive();
        StreamedEstimate smallBatches = StreamingInverseProbabilityWeighting.estimate(TableSource.of(data, 77), query,
                InverseProbabilityWeighting.Options.DEFAULTS, new StreamOptions(3));
        assertRelative(streamed.estimate().value(), smallBatches.estimate().value(), 1e-12);
        assertRelative(streamed.estimate().stdError(), smallBatches.estimate().stdError(), 1e-12);
    }

    /** Every field, the balance table's rows included. */
    private static void assertSameIpw(Estimate memory, Estimate streamed) {
        assertThat(streamed.estimand()).isEqualTo(memory.estimand());
        assertThat(streamed.estimator()).isEqualTo(memory.estimator());
        assertThat(streamed.n()).isEqualTo(memory.n());
        assertRelative(memory.value(), streamed.value(), 1e-9);
        assertRelative(memory.stdError(), streamed.stdError(), 1e-9);
        assertRelative(memory.ciLow(), streamed.ciLow(), 1e-9);
        assertRelative(memory.ciHigh(), streamed.ciHigh(), 1e-9);
        assertRelative(memory.pValue(), streamed.pValue(), 1e-7);
        assertThat(streamed.statistics().keySet()).containsExactlyElementsOf(memory.statistics().keySet());
        memory.statistics().forEach((k, v) -> assertRelative(v, streamed.statistics().get(k), 1e-9));
        assertThat(streamed.notes()).isEqualTo(memory.notes());
        List<BalanceTable.Row> expected = memory.balance().orElseThrow().rows();
        List<BalanceTable.Row> rows = streamed.balance().orElseThrow().rows();
        assertThat(rows).extracting(BalanceTable.Row::covariate)
                .containsExactlyElementsOf(expected.stream().map(BalanceTable.Row::covariate).toList());
        for (int j = 0; j < rows.size(); j++) {
            BalanceTable.Row m = expected.get(j);
            BalanceTable.Row s = rows.get(j);
            assertRelative(m.meanTreated(), s.meanTreated(), 1e-9);
            assertRelative(m.meanControl(), s.meanControl(), 1e-9);
            assertRelative(m.smdBefore(), s.smdBefore(), 1e-9);
            assertRelative(m.meanTreatedAfter(), s.meanTreatedAfter(), 1e-9);
            assertRelative(m.meanControlAfter(), s.meanControlAfter(), 1e-9);
            assertRelative(m.smdAfter(), s.smdAfter(), 1e-9);
        }
    }
}

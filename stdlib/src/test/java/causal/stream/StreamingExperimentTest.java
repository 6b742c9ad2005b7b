package causal.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.NumericColumn;
import causal.data.Table;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.ExperimentComparison;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Experiment comparisons from streamed arm moments against {@code causal.estimate.ExperimentComparison} in memory. */
class StreamingExperimentTest {
    private static final Table LALONDE = Fixtures.lalonde();

    private static EffectQuery experiment(String treatment, String outcome, String control) {
        return new EffectQuery(Estimand.ATE, treatment, outcome, List.of(), List.of(),
                new Design.Experiment(control, 0.5, Optional.empty()));
    }

    @Test
    void differenceWelchAndStudentEqualTheInMemoryComparisons() {
        EffectQuery query = experiment("treat", "re78", "0");
        Map<StreamingExperiment.Comparison, Estimate> memory = Map.of(
                StreamingExperiment.Comparison.DIFFERENCE, ExperimentComparison.DIFFERENCE.create(Map.of())
                        .estimate(LALONDE, query),
                StreamingExperiment.Comparison.WELCH, ExperimentComparison.WELCH.create(Map.of())
                        .estimate(LALONDE, query),
                StreamingExperiment.Comparison.TTEST, ExperimentComparison.TTEST.create(Map.of())
                        .estimate(LALONDE, query));
        memory.forEach((comparison, expected) -> {
            StreamedEstimate streamed = StreamingExperiment.estimate(TableSource.of(LALONDE, 100), query, comparison,
                    new StreamOptions(2));
            StreamingRegressionTest.assertSameEstimate(expected, streamed.estimate());
            assertThat(streamed.passes()).isEqualTo(1);
        });
        // The lalonde data are observational: 185 treated against 429 controls is far from a planned 50:50 split.
        assertThat(memory.get(StreamingExperiment.Comparison.WELCH).notes()).hasSize(2);
    }

    @Test
    void rowsMissingTheOutcomeAreDroppedAndCounted() {
        Table data = Fixtures.simulated(4000, 31, 0.05);
        EffectQuery query = experiment("t", "y", "0");
        Table complete = Fixtures.complete(data, List.of("t", "y"));
        Estimate expected = ExperimentComparison.WELCH.create(Map.of()).estimate(complete, query);
        StreamedEstimate streamed = StreamingExperiment.estimate(TableSource.of(data, 333), query,
                StreamingExperiment.Comparison.WELCH, new StreamOptions(3));
        StreamingRegressionTest.assertSameEstimate(expected, streamed.estimate());
        assertThat(streamed.droppedRows()).isEqualTo(4000 - complete.rowCount()).isPositive();
    }

    @Test
    void aControlLevelThatNeverOccursIsNamedWithTheLevelsThatDo() {
        assertThatThrownBy(() -> StreamingExperiment.estimate(TableSource.of(LALONDE), experiment("treat", "re78", "2"),
                StreamingExperiment.Comparison.WELCH, StreamOptions.DEFAULTS)).isInstanceOf(StreamException.class)
                .hasMessage("the control arm \"2\" does not occur in treat; its values: \"1\", \"0\"");
    }

    @Test
    void threeArmsAreRefused() {
        double[] arm = ((NumericColumn) LALONDE.column("educ")).toArray();
        for (int i = 0; i < arm.length; i++) {
            arm[i] = arm[i] % 3;
        }
        Table data = LALONDE.with(NumericColumn.of("arm", arm));
        assertThatThrownBy(() -> StreamingExperiment.estimate(TableSource.of(data), experiment("arm", "re78", "0"),
                StreamingExperiment.Comparison.DIFFERENCE, StreamOptions.DEFAULTS))
                .isInstanceOf(StreamException.class)
                .hasMessageStartingWith("difference compares two arms, and arm has 3");
    }

    @Test
    void aTextArmIsRefusedWithTheWayOut() {
        Table ab = Fixtures.shared("ab_test.csv");
        assertThatThrownBy(() -> StreamingExperiment.estimate(TableSource.of(ab), experiment("variant", "revenue", "A"),
                StreamingExperiment.Comparison.WELCH, StreamOptions.DEFAULTS)).isInstanceOf(StreamException.class)
                .hasMessageStartingWith("the treatment variant is categorical; streaming estimators need a numeric or "
                        + "true/false treatment");
    }
}

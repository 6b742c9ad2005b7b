package causal.stream;

import static causal.stream.Fixtures.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.NumericColumn;
import causal.data.Table;
import causal.learn.DesignMatrix;
import causal.learn.LogisticFit;
import causal.learn.LogisticRegression;
import causal.learn.PerfectSeparationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streamed IRLS against {@code causal.learn.LogisticRegression}, which follows R's glm step by step. */
class StreamingLogisticTest {
    private static final Table LALONDE = Fixtures.lalonde();

    @Test
    void lalondePropensityModelEqualsTheInMemoryFitIterationForIteration() {
        LogisticSolution streamed = StreamingLogistic.fit(TableSource.of(LALONDE, 100), Fixtures.LALONDE_COVARIATES,
                "treat", List.of(), new StreamOptions(2));
        double[] t = ((NumericColumn) LALONDE.column("treat")).toArray();
        LogisticFit memory = LogisticRegression.fit(DesignMatrix.of(LALONDE, Fixtures.LALONDE_COVARIATES), t);
        assertThat(streamed.names()).isEqualTo(memory.names());
        for (int j = 0; j < memory.coefficients().length; j++) {
            assertRelative(memory.coefficient(j), streamed.coefficient(j), 1e-9);
        }
        assertThat(streamed.iterations()).isEqualTo(memory.iterations());
        assertThat(streamed.passes()).isEqualTo(memory.iterations() + 1);
        assertRelative(memory.deviance(), streamed.deviance(), 1e-12);
        double[] p = memory.probabilities();
        assertRelative(java.util.Arrays.stream(p).min().orElseThrow(), streamed.minimumProbability(), 1e-9);
        assertRelative(java.util.Arrays.stream(p).max().orElseThrow(), streamed.maximumProbability(), 1e-9);
    }

    @Test
    void rowsMissingACovariateOrTheOutcomeAreDroppedFromTheFit() {
        Table data = Fixtures.simulated(5000, 51, 0.03);
        List<String> covariates = List.of("x1", "x2", "x3");
        Table complete = Fixtures.complete(data, List.of("x1", "x2", "x3", "t", "y"));
        LogisticFit memory = LogisticRegression.fit(DesignMatrix.of(complete, covariates),
                ((NumericColumn) complete.column("t")).toArray());
        LogisticSolution streamed = StreamingLogistic.fit(TableSource.of(data, 640), covariates, "t", List.of("y"),
                new StreamOptions(3));
        for (int j = 0; j < 4; j++) {
            assertRelative(memory.coefficient(j), streamed.coefficient(j), 1e-9);
        }
        assertThat(streamed.rows()).isEqualTo(complete.rowCount());
        assertThat(streamed.droppedRows()).isEqualTo(5000 - complete.rowCount());
    }

    @Test
    void batchSizeAndThreadsChangeNothingBeyondRounding() {
        Table data = Fixtures.simulated(12_000, 52, 0.01);
        List<String> covariates = List.of("x1", "x2", "x3");
        LogisticSolution reference = StreamingLogistic.fit(TableSource.of(data, 1000), covariates, "t", List.of(),
                new StreamOptions(1));
        LogisticSolution parallel = StreamingLogistic.fit(TableSource.of(data, 1000), covariates, "t", List.of(),
                new StreamOptions(4));
        assertThat(parallel.coefficients()).containsExactly(reference.coefficients());
        LogisticSolution smaller = StreamingLogistic.fit(TableSource.of(data, 97), covariates, "t", List.of(),
                new StreamOptions(2));
        for (int j = 0; j < 4; j++) {
            assertRelative(reference.coefficient(j), smaller.coefficient(j), 1e-12);
        }
    }

    @Test
    void aTreatmentThatIsNotZeroOrOneNamesItsRow() {
        assertThatThrownBy(() -> StreamingLogistic.fit(TableSource.of(LALONDE, 100), List.of("age"), "educ", List.of(),
                new StreamOptions(1))).isInstanceOf(StreamException.class)
                .hasMessage("the propensity model needs a binary (0/1 or true/false) treatment, but educ is 11.0 in "
                        + "row 1 of lalonde.csv");
    }

    @Test
    void covariatesThatSeparateTheGroupsAreReportedWhereTheInMemoryFitReportsThem() {
        double[] t = ((NumericColumn) LALONDE.column("treat")).toArray();
        double[] signal = new double[t.length];
        for (int i = 0; i < signal.length; i++) {
            signal[i] = (2 * t[i] - 1) * (1 + i);
        }
        Table separated = LALONDE.with(NumericColumn.of("signal", signal));
        assertThatThrownBy(() -> LogisticRegression.fit(DesignMatrix.of(separated, List.of("signal", "age")), t))
                .isInstanceOf(PerfectSeparationException.class);
        assertThatThrownBy(() -> StreamingLogistic.fit(TableSource.of(separated), List.of("signal", "age"), "treat",
                List.of(), new StreamOptions(2))).isInstanceOf(StreamException.class)
                .hasMessage("no overlap between treated and control rows: some rows have a fitted probability of "
                        + "0 or 1; the covariates separate the two groups");
    }

    @Test
    void collinearCovariatesAreNamed() {
        assertThatThrownBy(() -> StreamingLogistic.fit(TableSource.of(LALONDE), List.of("age", "re74", "black",
                "black"), "treat", List.of(), new StreamOptions(2))).isInstanceOf(StreamException.class)
                .hasMessage("a regressor is listed twice: age, re74, black, black");
        double[] black = ((NumericColumn) LALONDE.column("black")).toArray();
        double[] white = new double[black.length];
        double[] hispan = ((NumericColumn) LALONDE.column("hispan")).toArray();
        for (int i = 0; i < white.length; i++) {
            white[i] = 1 - black[i] - hispan[i];
        }
        Table data = LALONDE.with(NumericColumn.of("white", white));
        assertThatThrownBy(() -> StreamingLogistic.fit(TableSource.of(data), List.of("black", "hispan", "white"),
                "treat", List.of(), new StreamOptions(2))).isInstanceOf(StreamException.class)
                .hasMessage("the propensity model cannot be fitted: white is a linear combination of (intercept), "
                        + "black, hispan");
    }
}

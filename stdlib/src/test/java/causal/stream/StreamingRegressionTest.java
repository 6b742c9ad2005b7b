package causal.stream;

import static causal.stream.Fixtures.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.NumericColumn;
import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.RegressionAdjustment;
import causal.estimate.StandardErrors;
import causal.learn.CovarianceType;
import causal.learn.DesignMatrix;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;
import causal.learn.SandwichCovariance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Streamed least squares against the in-memory fit of {@code causal.learn} ({@code LinearRegression} with
 * {@code SandwichCovariance}, which agree with R's {@code lm} and {@code sandwich}) and {@code causal.estimate}'s
 * {@code ols}: the same numbers to 1e-9 relative, whatever the batch size or thread count.
 */
class StreamingRegressionTest {
    private static final Table LALONDE = Fixtures.lalonde();
    private static final EffectQuery LALONDE_QUERY = new EffectQuery(Estimand.ATE, "treat", "re78",
            Fixtures.LALONDE_COVARIATES, List.of());
    private static final StreamOptions ONE_THREAD = new StreamOptions(1);

    private static RegressionColumns lalondeColumns() {
        List<String> regressors = new ArrayList<>(List.of("treat"));
        regressors.addAll(Fixtures.LALONDE_COVARIATES);
        return new RegressionColumns(regressors, "re78");
    }

    @Test
    void lalondeCoefficientsAndHc1ErrorsEqualTheInMemoryFit() {
        RegressionColumns spec = lalondeColumns();
        StreamedRegression streamed = StreamingRegression.fit(TableSource.of(LALONDE, 100), spec, StandardErrors.HC1,
                StreamOptions.DEFAULTS);
        DesignMatrix design = DesignMatrix.of(LALONDE, spec.regressors());
        double[] y = ((NumericColumn) LALONDE.column("re78")).toArray();
        LinearFit fit = LinearRegression.fit(design, y, null);
        double[] hc1 = SandwichCovariance.heteroskedastic(fit, design, y, null, CovarianceType.HC1);
        int p = fit.parameters();
        assertThat(streamed.fit().names()).isEqualTo(fit.names());
        for (int j = 0; j < p; j++) {
            assertRelative(fit.coefficient(j), streamed.coefficient(j), 1e-9);
            assertRelative(Math.sqrt(hc1[j * p + j]), streamed.stdError(j), 1e-9);
        }
        assertThat(streamed.rows()).isEqualTo(614);
        assertThat(streamed.droppedRows()).isZero();
        assertThat(streamed.passes()).isEqualTo(2);
    }

    /** Clusters may be numbers (educ) or categorical levels (race), which the source hands over as codes. */
    @Test
    void everyKindOfStandardErrorGivesTheEstimateOfOls() {
        for (StandardErrors se : List.of(new StandardErrors(StandardErrors.Kind.CLASSICAL, Optional.empty()),
                new StandardErrors(StandardErrors.Kind.HC0, Optional.empty()), StandardErrors.HC1,
                new StandardErrors(StandardErrors.Kind.HC3, Optional.empty()), StandardErrors.clusteredBy("educ"),
                StandardErrors.clusteredBy("race"))) {
            Estimate memory = new RegressionAdjustment(new RegressionAdjustment.Options(se)).estimate(LALONDE,
                    LALONDE_QUERY);
            StreamedEstimate streamed = StreamingRegression.estimate(TableSource.of(LALONDE, 128), LALONDE_QUERY, se,
                    StreamOptions.DEFAULTS);
            assertSameEstimate(memory, streamed.estimate());
            assertThat(streamed.passes()).isEqualTo(se.kind() == StandardErrors.Kind.CLASSICAL ? 1 : 2);
        }
    }

    @Test
    void weightedRegressionMatchesLmWithWeights() {
        Table data = Fixtures.complete(Fixtures.simulated(3000, 11, 0), List.of("x1", "x2", "x3", "t", "w", "y"));
        RegressionColumns spec = new RegressionColumns(List.of("t", "x1", "x2", "x3"), "y", Optional.of("w"),
                List.of());
        DesignMatrix design = DesignMatrix.of(data, spec.regressors());
        double[] y = ((NumericColumn) data.column("y")).toArray();
        double[] w = ((NumericColumn) data.column("w")).toArray();
        LinearFit fit = LinearRegression.fit(design, y, w);
        for (CovarianceType type : CovarianceType.values()) {
            double[] memory = SandwichCovariance.heteroskedastic(fit, design, y, w, type);
            StreamedRegression streamed = StreamingRegression.fit(TableSource.of(data, 1000), spec,
                    new StandardErrors(StandardErrors.Kind.valueOf(type.name()), Optional.empty()), ONE_THREAD);
            for (int j = 0; j < fit.parameters(); j++) {
                assertRelative(fit.coefficient(j), streamed.coefficient(j), 1e-9);
                assertRelative(Math.sqrt(memory[j * fit.parameters() + j]), streamed.stdError(j), 1e-9);
            }
        }
        double[] classical = SandwichCovariance.classical(fit, design, y, w);
        StreamedRegression streamed = StreamingRegression.fit(TableSource.of(data, 1000), spec,
                new StandardErrors(StandardErrors.Kind.CLASSICAL, Optional.empty()), ONE_THREAD);
        assertRelative(Math.sqrt(classical[fit.parameters() + 1]), streamed.stdError(1), 1e-9);
    }

    /**
     * An effect needs one coefficient's standard error, which the second pass sums as {@code Σ s² (a'x)²} along the
     * coefficient's row of the bread: the same number as the whole sandwich's diagonal, with weights, HC3's
     * leverages, rows dropped for a missing value, and batches that end inside a vector of rows.
     */
    @Test
    void oneCoefficientsMeatGivesTheSandwichsDiagonal() {
        Table data = Fixtures.simulated(3001, 19, 0.02);
        for (Optional<String> weight : List.of(Optional.<String>empty(), Optional.of("w"))) {
            RegressionColumns spec = new RegressionColumns(List.of("t", "x1", "x2", "x3"), "y", weight, List.of());
            for (CovarianceType type : CovarianceType.values()) {
                StandardErrors se = new StandardErrors(StandardErrors.Kind.valueOf(type.name()), Optional.empty());
                StreamedRegression whole = StreamingRegression.fit(TableSource.of(data, 997), spec, se, ONE_THREAD);
                for (int j : new int[] {0, 1, 3}) {
                    StreamedRegression one = StreamingRegression.fit(TableSource.of(data, 997), spec, se,
                            new StreamOptions(2), j);
                    assertRelative(whole.stdError(j), one.stdError(j), 1e-12);
                    assertThat(one.droppedRows()).isEqualTo(whole.droppedRows()).isPositive();
                    assertThat(one.stdError(j == 1 ? 2 : 1)).isNaN();
                }
            }
        }
    }

    @Test
    void rowsWithAMissingValueAreDroppedAndCounted() {
        Table data = Fixtures.simulated(5000, 12, 0.03);
        EffectQuery query = new EffectQuery(Estimand.ATE, "t", "y", List.of("x1", "x2", "x3"), List.of());
        Table complete = Fixtures.complete(data, List.of("t", "y", "x1", "x2", "x3"));
        assertThat(complete.rowCount()).isBetween(4400, 4700);
        Estimate memory = new RegressionAdjustment(RegressionAdjustment.Options.DEFAULTS).estimate(complete, query);
        StreamedEstimate streamed = StreamingRegression.estimate(TableSource.of(data, 999), query, StandardErrors.HC1,
                StreamOptions.DEFAULTS);
        assertSameEstimate(memory, streamed.estimate());
        assertThat(streamed.rows()).isEqualTo(complete.rowCount());
        assertThat(streamed.droppedRows()).isEqualTo(5000 - complete.rowCount());
    }

    @Test
    void aMissingClusterIdDropsTheRowInBothPasses() {
        Table data = Fixtures.simulated(2000, 13, 0);
        double[] g = ((NumericColumn) data.column("g")).toArray();
        for (int i = 0; i < g.length; i += 17) {
            g[i] = Double.NaN;
        }
        data = data.with(NumericColumn.of("g", g));
        EffectQuery query = new EffectQuery(Estimand.ATE, "t", "y", List.of("x1", "x2"), List.of());
        StandardErrors se = StandardErrors.clusteredBy("g");
        Estimate memory = new RegressionAdjustment(new RegressionAdjustment.Options(se)).estimate(
                Fixtures.complete(data, List.of("t", "y", "x1", "x2", "g")), query);
        StreamedEstimate streamed = StreamingRegression.estimate(TableSource.of(data, 300), query, se, ONE_THREAD);
        assertSameEstimate(memory, streamed.estimate());
        assertThat(streamed.droppedRows()).isEqualTo((2000 + 16) / 17);
        assertThat(streamed.estimate().statistics().get("clusters")).isEqualTo(43.0);
    }

    @Test
    void batchSizeChangesNothingBeyondRounding() {
        Table data = Fixtures.simulated(20_000, 14, 0.01);
        EffectQuery query = new EffectQuery(Estimand.ATE, "t", "y", List.of("x1", "x2", "x3"), List.of());
        Estimate reference = StreamingRegression.estimate(TableSource.of(data), query, StandardErrors.HC1,
                ONE_THREAD).estimate();
        for (int batchRows : new int[] {1, 511, 513, 4096}) {
            Estimate other = StreamingRegression.estimate(TableSource.of(data, batchRows), query, StandardErrors.HC1,
                    ONE_THREAD).estimate();
            assertRelative(reference.value(), other.value(), 1e-12);
            assertRelative(reference.stdError(), other.stdError(), 1e-12);
        }
    }

    @Test
    void threadCountChangesNotOneBit() {
        Table data = Fixtures.simulated(20_000, 15, 0.01);
        EffectQuery query = new EffectQuery(Estimand.ATE, "t", "y", List.of("x1", "x2", "x3"), List.of());
        Estimate one = StreamingRegression.estimate(TableSource.of(data, 1000), query, StandardErrors.clusteredBy("g"),
                ONE_THREAD).estimate();
        for (int threads : new int[] {2, 3, 8}) {
            Estimate many = StreamingRegression.estimate(TableSource.of(data, 1000), query,
                    StandardErrors.clusteredBy("g"), new StreamOptions(threads)).estimate();
            assertThat(many.value()).isEqualTo(one.value());
            assertThat(many.stdError()).isEqualTo(one.stdError());
        }
    }

    @Test
    void mergingTheSumsOfTwoHalvesEqualsOnePass() {
        Table data = Fixtures.simulated(6000, 16, 0.02);
        RegressionColumns spec = new RegressionColumns(List.of("t", "x1", "x2", "x3"), "y");
        CrossProducts whole = StreamPass.run(TableSource.of(data, 700), () -> new CrossProducts(spec), ONE_THREAD);
        CrossProducts first = StreamPass.run(TableSource.of(rows(data, 0, 2500), 700), () -> new CrossProducts(spec),
                ONE_THREAD);
        CrossProducts second = StreamPass.run(TableSource.of(rows(data, 2500, 6000), 700),
                () -> new CrossProducts(spec), ONE_THREAD);
        first.merge(second);
        assertThat(first.rows()).isEqualTo(whole.rows());
        assertThat(first.droppedRows()).isEqualTo(whole.droppedRows()).isPositive();
        for (int a = 0; a < whole.size(); a++) {
            for (int b = 0; b < whole.size(); b++) {
                assertRelative(whole.value(a, b), first.value(a, b), 1e-12);
            }
        }
        // The same sums handed over as a matrix, as a SQL engine would, solve to the same coefficients.
        double[] matrix = new double[whole.size() * whole.size()];
        for (int a = 0; a < whole.size(); a++) {
            for (int b = 0; b < whole.size(); b++) {
                matrix[a * whole.size() + b] = whole.value(a, b);
            }
        }
        LinearFit handed = CrossProducts.ofSums(spec, whole.rows(), 0, matrix).solve();
        assertThat(handed.coefficients()).containsExactly(whole.solve().coefficients());
    }

    @Test
    void collinearRegressorsAreNamed() {
        Table data = Fixtures.simulated(500, 17, 0);
        double[] x2 = ((NumericColumn) data.column("x2")).toArray();
        double[] x1 = ((NumericColumn) data.column("x1")).toArray();
        double[] sum = new double[x2.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = 2 * x2[i] - x1[i];
        }
        Table collinear = data.with(NumericColumn.of("z", sum));
        RegressionColumns spec = new RegressionColumns(List.of("t", "x1", "x2", "z"), "y");
        assertThatThrownBy(() -> StreamingRegression.fit(TableSource.of(collinear), spec, StandardErrors.HC1,
                ONE_THREAD)).isInstanceOf(StreamException.class)
                .hasMessage("the regression cannot be fitted: z is a linear combination of x1, x2");
    }

    @Test
    void anInfiniteValueIsAnErrorNamingItsRow() {
        Table data = Fixtures.simulated(3000, 18, 0);
        double[] x2 = ((NumericColumn) data.column("x2")).toArray();
        x2[2345] = Double.NEGATIVE_INFINITY;
        Table bad = data.with(NumericColumn.of("x2", x2));
        RegressionColumns spec = new RegressionColumns(List.of("t", "x1", "x2"), "y");
        assertThatThrownBy(() -> StreamingRegression.fit(TableSource.of(bad, 1000), spec, StandardErrors.HC1,
                new StreamOptions(2))).isInstanceOf(StreamException.class)
                .hasMessageStartingWith("row 2346 of simulated: x2 is -infinite");
    }

    @Test
    void aCategoricalRegressorIsRefusedWithTheWayOut() {
        EffectQuery query = new EffectQuery(Estimand.ATE, "treat", "re78", List.of("age", "race"), List.of());
        assertThatThrownBy(() -> StreamingRegression.estimate(TableSource.of(LALONDE), query, StandardErrors.HC1,
                ONE_THREAD)).isInstanceOf(StreamException.class)
                .hasMessageStartingWith("the regressor race is categorical; streaming estimators need a numeric");
    }

    static Table rows(Table table, int from, int to) {
        int[] rows = new int[to - from];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
        return table.select(rows);
    }

    static void assertSameEstimate(Estimate memory, Estimate streamed) {
        assertThat(streamed.estimand()).isEqualTo(memory.estimand());
        assertThat(streamed.treatment()).isEqualTo(memory.treatment());
        assertThat(streamed.outcome()).isEqualTo(memory.outcome());
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
    }
}

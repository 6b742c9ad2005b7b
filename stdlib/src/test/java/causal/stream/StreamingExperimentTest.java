package causal.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.CategoricalColumn;
import causal.data.NumericColumn;
import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.EstimationException;
import causal.estimate.Estimators;
import causal.experiment.BetaPrior;
import causal.options.OptionValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Experiment comparisons from streamed arm moments against {@code causal.estimate.ExperimentComparison} in memory,
 * which R's {@code t.test}, {@code prop.test} and the Bayesian references check: every number to 1e-9, the
 * statistics, notes and errors word for word, whatever the batch size and thread count.
 */
class StreamingExperimentTest {
    private static final Table LALONDE = Fixtures.lalonde();
    /** The shared A/B test: 1000 users per text arm "A" and "B", a 0/1 conversion and revenue. */
    private static final Table AB = Fixtures.shared("ab_test.csv");
    private static final int[] BATCH_ROWS = {7, 250, 5000};
    private static final int[] THREADS = {1, 3};

    private static DuckDbEngine engine;

    @BeforeAll
    static void openEngine() {
        engine = DuckDbEngine.open(DuckDbEngine.Options.DEFAULTS.withThreads(1));
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private static EffectQuery experiment(String arm, String outcome, String control) {
        return experiment(arm, outcome, control, List.of());
    }

    private static EffectQuery experiment(String arm, String outcome, String control, List<String> controls) {
        return new EffectQuery(Estimand.ATE, arm, outcome, List.of(), controls,
                new Design.Experiment(control, 0.5, Optional.empty()));
    }

    private static Estimate memory(String keyword, Map<String, OptionValue> options, Table data, EffectQuery query) {
        return Estimators.find(keyword).orElseThrow().create(options).estimate(data, query);
    }

    /** The streamed comparison equals the in-memory one for every batch size and thread count. */
    private static void assertStreamsAsInMemory(String keyword, Map<String, OptionValue> options,
                                                StreamingExperiment.Options experiment, Table data,
                                                EffectQuery query) {
        assertStreamsAsInMemory(keyword, options, experiment, data, query, BATCH_ROWS, THREADS);
    }

    /** The streamed comparison equals the in-memory one for these batch sizes and thread counts. */
    private static void assertStreamsAsInMemory(String keyword, Map<String, OptionValue> options,
                                                StreamingExperiment.Options experiment, Table data,
                                                EffectQuery query, int[] batchRows, int[] threadCounts) {
        List<String> used = new ArrayList<>(query.columns());
        experiment.covariate().ifPresent(used::add);
        Estimate expected = memory(keyword, options, data.filter(data.completeRows(used)), query);
        StreamingExperiment.Comparison comparison = StreamingExperiment.Comparison.of(keyword).orElseThrow();
        for (int rows : batchRows) {
            for (int threads : threadCounts) {
                StreamedEstimate streamed = StreamingExperiment.estimate(TableSource.of(data, rows), query,
                        comparison, experiment, new StreamOptions(threads));
                StreamingRegressionTest.assertSameEstimate(expected, streamed.estimate());
                assertThat(streamed.passes()).isEqualTo(1);
            }
        }
    }

    /**
     * A cluster-randomized design streams its clusters and a ratio metric its arms' co-moments: the in-memory
     * comparison for every batch size, and the same bits for every thread count (clusters and batches merge in
     * order).
     */
    @Test
    void clusteredDesignsAndRatioMetricsStreamAsInMemoryForAnyBatchesAndThreads() {
        java.nio.file.Path data = java.nio.file.Path.of("../interpreter/src/test/resources/golden/data");
        Table shops = causal.data.CsvReader.read(data.resolve("clustered_ab.csv"), "clustered_ab.csv");
        Table visits = causal.data.CsvReader.read(data.resolve("sessions_ab.csv"), "sessions_ab.csv");
        EffectQuery clustered = new EffectQuery(Estimand.ATE, "variant", "basket", List.of(), List.of(),
                new Design.Experiment("A", 0.5, Optional.of("store"), Optional.empty()));
        EffectQuery ratio = new EffectQuery(Estimand.ATE, "variant", "revenue", List.of(), List.of(),
                new Design.Experiment("A", 0.5, Optional.empty(), Optional.of("sessions")));
        for (String keyword : List.of("difference", "welch")) {
            Estimate expected = memory(keyword, Map.of(), shops, clustered);
            StreamingExperiment.Comparison comparison = StreamingExperiment.Comparison.of(keyword).orElseThrow();
            for (int rows : BATCH_ROWS) {
                Estimate first = null;
                for (int threads : THREADS) {
                    Estimate streamed = StreamingExperiment.clustered(TableSource.of(shops, rows), clustered,
                            comparison, new StreamOptions(threads)).orElseThrow().estimate();
                    StreamingRegressionTest.assertSameEstimate(expected, streamed);
                    if (first != null) {
                        assertThat(streamed.stdError()).isEqualTo(first.stdError());
                    }
                    first = streamed;
                }
            }
        }
        Estimate expected = memory("difference", Map.of(), visits, ratio);
        for (int rows : BATCH_ROWS) {
            for (int threads : THREADS) {
                StreamingRegressionTest.assertSameEstimate(expected, StreamingExperiment.ratio(TableSource.of(visits,
                        rows), ratio, StreamingExperiment.Comparison.DIFFERENCE, new StreamOptions(threads))
                        .orElseThrow().estimate());
            }
        }
    }

    /** −0.0 and 0.0 are one arm in a streamed clustered design, as in memory (both print as 0). */
    @Test
    void minusZeroIsTheArmZeroInAClusteredDesign() {
        int n = 400;
        double[] arm = new double[n];
        double[] cluster = new double[n];
        double[] y = new double[n];
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < n; i++) {
            cluster[i] = i / 10;
            boolean treated = (i / 10) % 2 == 1;
            arm[i] = treated ? 1.0 : (i % 3 == 0 ? -0.0 : 0.0);
            y[i] = 3 + (treated ? 0.5 : 0) + random.nextGaussian();
        }
        Table data = Table.of("negzero", n, List.of(NumericColumn.of("arm", arm), NumericColumn.of("cluster", cluster),
                NumericColumn.of("y", y)));
        EffectQuery query = new EffectQuery(Estimand.ATE, "arm", "y", List.of(), List.of(),
                new Design.Experiment("0", 0.5, Optional.of("cluster"), Optional.empty()));
        Estimate expected = memory("difference", Map.of(), data, query);
        StreamingRegressionTest.assertSameEstimate(expected, StreamingExperiment.clustered(TableSource.of(data, 64),
                query, StreamingExperiment.Comparison.DIFFERENCE, new StreamOptions(2)).orElseThrow().estimate());
    }

    @Test
    void everyMeanAndProportionTestOfTextArmsEqualsTheInMemoryComparison() {
        for (String control : List.of("A", "B")) {
            EffectQuery converted = experiment("variant", "converted", control);
            EffectQuery revenue = experiment("variant", "revenue", control);
            for (String keyword : List.of("difference", "welch", "ttest", "ztest")) {
                assertStreamsAsInMemory(keyword, Map.of(), StreamingExperiment.Options.DEFAULTS, AB, converted);
            }
            for (String keyword : List.of("difference", "welch", "ttest")) {
                assertStreamsAsInMemory(keyword, Map.of(), StreamingExperiment.Options.DEFAULTS, AB, revenue);
            }
        }
    }

    @Test
    void bayesHasBetaPosteriorsOfAZeroOneMetricAndTheNormalModelOfOthersAsInMemory() {
        // The exact beta-difference quantiles take a while: one batch size and thread count each.
        int[] oneSize = {250};
        int[] twoThreads = {2};
        EffectQuery converted = experiment("variant", "converted", "A");
        assertStreamsAsInMemory("bayes", Map.of(), StreamingExperiment.Options.DEFAULTS, AB, converted, oneSize,
                twoThreads);
        OptionValue prior = new OptionValue.Call("beta", List.of(new OptionValue.Number(2), new OptionValue.Number(20)),
                Map.of());
        assertStreamsAsInMemory("bayes", Map.of("prior", prior),
                StreamingExperiment.Options.DEFAULTS.withPrior(new BetaPrior(2, 20)), AB, converted, oneSize,
                twoThreads);
        assertStreamsAsInMemory("bayes", Map.of(), StreamingExperiment.Options.DEFAULTS, AB,
                experiment("variant", "revenue", "B"), oneSize, twoThreads);
    }

    @Test
    void cupedEqualsTheInMemoryComparisonWithTheCovariatesMomentsMergedAcrossBatches() {
        Table data = withTextArm(Fixtures.simulated(3000, 71, 0.03));
        OptionValue covariate = new OptionValue.Word("x2");
        StreamingExperiment.Options options = StreamingExperiment.Options.DEFAULTS.withCovariate("x2");
        assertStreamsAsInMemory("cuped", Map.of("covariate", covariate), options, data,
                experiment("arm", "y", "control"));
        // x1 has missing values: rows without it are dropped before the comparison, as in memory.
        assertStreamsAsInMemory("cuped", Map.of("covariate", new OptionValue.Word("x1")),
                StreamingExperiment.Options.DEFAULTS.withCovariate("x1"), data, experiment("arm", "y", "treatment"));
        Estimate cuped = StreamingExperiment.estimate(TableSource.of(data, 500), experiment("arm", "y", "control"),
                StreamingExperiment.Comparison.CUPED, options, StreamOptions.DEFAULTS).estimate();
        assertThat(cuped.statistics().get("variance_reduction")).isPositive();
    }

    @Test
    void numericAndBooleanArmsAreNamedAsTheTableShowsThem() {
        assertStreamsAsInMemory("welch", Map.of(), StreamingExperiment.Options.DEFAULTS, LALONDE,
                experiment("treat", "re78", "0"));
        Table simulated = Fixtures.simulated(2000, 73, 0.02);
        assertStreamsAsInMemory("difference", Map.of(), StreamingExperiment.Options.DEFAULTS, simulated,
                experiment("x3", "y", "false"));
        Estimate flags = StreamingExperiment.estimate(TableSource.of(simulated), experiment("x3", "y", "false"),
                StreamingExperiment.Comparison.DIFFERENCE, StreamOptions.DEFAULTS).estimate();
        assertThat(flags.notes().get(0)).isEqualTo("arm \"true\" compared with control \"false\"");
    }

    @Test
    void rowsMissingTheOutcomeOrAControlAreDroppedAndCounted() {
        Table data = Fixtures.simulated(4000, 31, 0.05);
        EffectQuery query = experiment("t", "y", "0", List.of("x1"));
        assertStreamsAsInMemory("ttest", Map.of(), StreamingExperiment.Options.DEFAULTS, data, query);
        StreamedEstimate streamed = StreamingExperiment.estimate(TableSource.of(data, 333), query,
                StreamingExperiment.Comparison.WELCH, new StreamOptions(3));
        int complete = data.completeRows(query.columns()).cardinality();
        assertThat(streamed.rows()).isEqualTo(complete);
        assertThat(streamed.droppedRows()).isEqualTo(4000 - complete).isPositive();
    }

    @Test
    void textArmsStreamedFromTheEngineEqualTheCsvInMemory() {
        QuerySource source = QuerySource.of(engine, SqlQuery.sql(Path.of("."),
                "select * from read_csv('" + Fixtures.sharedPath("ab_test.csv") + "')"), 97);
        for (String keyword : List.of("difference", "ztest")) {
            EffectQuery query = experiment("variant", "converted", "B");
            Estimate expected = memory(keyword, Map.of(), AB, query);
            Estimate streamed = StreamingExperiment.estimate(source, query,
                    StreamingExperiment.Comparison.of(keyword).orElseThrow(), new StreamOptions(2)).estimate();
            StreamingRegressionTest.assertSameEstimate(expected, streamed);
        }
    }

    @Test
    void anArmWithManyLevelsIsRefusedListingTheLevelsAsInMemory() {
        EffectQuery query = experiment("user", "revenue", "A0813");
        String message = messageOf(() -> memory("difference", Map.of(), AB, query));
        assertThat(message).startsWith("difference compares two arms, and user has 51: \"A0813\", \"A0793\"");
        QuerySource source = QuerySource.of(engine, SqlQuery.sql(Path.of("."),
                "select * from read_csv('" + Fixtures.sharedPath("ab_test.csv") + "')"), 64);
        assertThatThrownBy(() -> StreamingExperiment.estimate(source, query, StreamingExperiment.Comparison.DIFFERENCE,
                new StreamOptions(3))).isInstanceOf(StreamException.class).hasMessage(message);
        assertThatThrownBy(() -> StreamingExperiment.estimate(TableSource.of(AB, 10), query,
                StreamingExperiment.Comparison.DIFFERENCE, new StreamOptions(2))).hasMessage(message);
    }

    @Test
    void aConversionMetricOtherThanZeroOrOneIsNamedAtItsRowAsInMemory() {
        EffectQuery query = experiment("variant", "revenue", "A");
        String message = messageOf(() -> memory("ztest", Map.of(), AB, query));
        assertThat(message).startsWith("ztest: the control arm has ");
        for (int rows : BATCH_ROWS) {
            assertThatThrownBy(() -> StreamingExperiment.estimate(TableSource.of(AB, rows), query,
                    StreamingExperiment.Comparison.ZTEST, new StreamOptions(2))).isInstanceOf(StreamException.class)
                    .hasMessage(message);
        }
    }

    @Test
    void aControlLevelThatNeverOccursIsNamedWithTheLevelsThatDo() {
        EffectQuery query = experiment("variant", "revenue", "C");
        String message = messageOf(() -> memory("welch", Map.of(), AB, query));
        assertThat(message).isEqualTo("the control arm \"C\" does not occur in variant; its values: \"A\", \"B\"");
        assertThatThrownBy(() -> StreamingExperiment.estimate(TableSource.of(AB), query,
                StreamingExperiment.Comparison.WELCH, StreamOptions.DEFAULTS)).isInstanceOf(StreamException.class)
                .hasMessage(message);
    }

    @Test
    void noCompleteRowIsSaidInWords() {
        double[] missing = new double[AB.rowCount()];
        Arrays.fill(missing, Double.NaN);
        Table data = AB.with(NumericColumn.of("revenue", missing));
        assertThatThrownBy(() -> StreamingExperiment.estimate(TableSource.of(data), experiment("variant", "revenue",
                "A"), StreamingExperiment.Comparison.WELCH, StreamOptions.DEFAULTS)).isInstanceOf(StreamException.class)
                .hasMessage("no rows are left to estimate from: every row of ab_test.csv misses a value in variant, "
                        + "revenue");
    }

    @Test
    void threeArmsAreRefused() {
        double[] arm = ((NumericColumn) LALONDE.column("educ")).toArray();
        for (int i = 0; i < arm.length; i++) {
            arm[i] = arm[i] % 3;
        }
        Table data = LALONDE.with(NumericColumn.of("arm", arm));
        EffectQuery query = experiment("arm", "re78", "0");
        String message = messageOf(() -> memory("difference", Map.of(), data, query));
        assertThat(message).startsWith("difference compares two arms, and arm has 3");
        assertThatThrownBy(() -> StreamingExperiment.estimate(TableSource.of(data), query,
                StreamingExperiment.Comparison.DIFFERENCE, StreamOptions.DEFAULTS))
                .isInstanceOf(StreamException.class).hasMessage(message);
    }

    @Test
    void clusterRandomizedDesignsAreLeftToTheInMemoryEstimator() {
        EffectQuery clustered = new EffectQuery(Estimand.ATE, "variant", "revenue", List.of(), List.of(),
                new Design.Experiment("A", 0.5, Optional.of("user")));
        assertThatThrownBy(() -> StreamingExperiment.estimate(TableSource.of(AB), clustered,
                StreamingExperiment.Comparison.DIFFERENCE, StreamOptions.DEFAULTS)).isInstanceOf(StreamException.class)
                .hasMessageContaining("a cluster-randomized design or a ratio metric needs the data in memory");
    }

    /** The simulated data with a text arm "control"/"treatment" from its 0/1 treatment t. */
    private static Table withTextArm(Table data) {
        double[] t = ((NumericColumn) data.column("t")).toArray();
        int[] codes = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            codes[i] = (int) t[i];
        }
        return data.with(new CategoricalColumn("arm", codes, List.of("control", "treatment")));
    }

    private static String messageOf(Runnable run) {
        try {
            run.run();
        } catch (EstimationException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the in-memory comparison to fail");
    }
}

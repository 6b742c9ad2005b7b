package causal.spark;

import static causal.spark.SameResults.assertSameEstimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.Table;
import causal.engine.EngineEstimate;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.ExperimentComparison;
import causal.options.OptionValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkExperimentTest {
    private static final Design.Experiment AB = new Design.Experiment("A", 0.5, Optional.empty(), Optional.empty());
    private static Dataset<Row> ab;
    private static Table table;

    @BeforeAll
    static void read() {
        ab = LocalSpark.engine().read("ab_test.csv").cache();
        table = SameResults.table("ab_test.csv");
    }

    private static EffectQuery query(String metric) {
        return new EffectQuery(Estimand.ATE, "variant", metric, List.of(), List.of(), AB);
    }

    @Test
    void welchDifferenceAndStudentEqualTheInMemoryComparisons() {
        for (var spec : List.of(ExperimentComparison.WELCH, ExperimentComparison.DIFFERENCE, ExperimentComparison.TTEST)) {
            Estimate memory = spec.create(Map.of()).estimate(table, query("revenue"));
            Estimate spark = SparkExperiment.estimate(ab, query("revenue"), spec.keyword()).estimate();
            assertSameEstimate(memory, spark, 1e-9);
        }
    }

    @Test
    void aConversionMetricGetsTheTwoProportionTest() {
        Estimate memory = ExperimentComparison.ZTEST.create(Map.of()).estimate(table, query("converted"));
        assertSameEstimate(memory, SparkExperiment.estimate(ab, query("converted"), "ztest"), 1e-9);
    }

    /**
     * bayes: a 0/1 metric's beta-binomial posteriors from the arms' conversions (with the script's prior), any
     * other metric's normal posterior from the arms' moments: the in-memory numbers.
     */
    @Test
    void bayesEqualsTheInMemoryPosteriors() {
        Map<String, OptionValue> prior = Map.of("prior", new OptionValue.Call("beta", List.of(
                new OptionValue.Number(2), new OptionValue.Number(8))));
        Estimate memory = ExperimentComparison.BAYES.create(prior).estimate(table, query("converted"));
        Estimate spark = SparkEstimators.estimate("bayes", prior, ab, query("converted")).estimate();
        assertSameEstimate(memory, spark, 1e-9);
        assertThat(spark.statistics()).containsKey("prob_better");
        Estimate normal = ExperimentComparison.BAYES.create(Map.of()).estimate(table, query("revenue"));
        assertSameEstimate(normal, SparkEstimators.estimate("bayes", Map.of(), ab, query("revenue")), 1e-9);
    }

    /**
     * cuped: θ, the adjusted and the unadjusted differences from each arm's moments of the outcome and the
     * pre-period covariate and their co-moment: the in-memory numbers, rows missing either value dropped alike, and
     * rows missing a control too (an experiment does not adjust for it, but drops its missing rows, as in memory).
     */
    @Test
    void cupedEqualsTheInMemoryAdjustment(@TempDir Path folder) throws IOException {
        java.util.Random random = new java.util.Random(11);
        StringBuilder csv = new StringBuilder("variant,pre,spend,segment\n");
        for (int i = 0; i < 3000; i++) {
            boolean treated = random.nextBoolean();
            double pre = 50 + 10 * random.nextGaussian();
            double spend = 5 + 0.8 * pre + (treated ? 1.5 : 0) + 4 * random.nextGaussian();
            csv.append(treated ? "B" : "A").append(',').append(i % 97 == 0 ? "NA" : Double.toString(pre)).append(',')
                    .append(i % 89 == 0 ? "" : Double.toString(spend)).append(',')
                    .append(i % 83 == 0 ? "" : i % 2 == 0 ? "web" : "app").append('\n');
        }
        Path file = folder.resolve("pre_period.csv");
        Files.writeString(file, csv);
        Map<String, OptionValue> covariate = Map.of("covariate", new OptionValue.Word("pre"));
        Table rows = causal.data.CsvReader.read(file, "pre_period.csv");
        Dataset<Row> spark = LocalSpark.engine().read(file.toString());
        for (List<String> controls : List.of(List.<String>of(), List.of("segment"))) {
            EffectQuery query = new EffectQuery(Estimand.ATE, "variant", "spend", List.of(), controls, AB);
            List<String> used = new java.util.ArrayList<>(List.of("pre", "spend"));
            used.addAll(controls);
            Table complete = rows.filter(rowsWithAll(rows, used));
            EngineEstimate cuped = SparkEstimators.estimate("cuped", covariate, spark, query);
            assertSameEstimate(ExperimentComparison.CUPED.create(covariate).estimate(complete, query), cuped, 1e-9);
            assertThat(cuped.estimate().statistics().get("variance_reduction")).isGreaterThan(0.5);
            assertThat(cuped.dropped()).isEqualTo(rows.rowCount() - complete.rowCount());
            Table withSpend = rows.filter(rowsWithAll(rows, used.subList(1, used.size())));
            assertSameEstimate(ExperimentComparison.WELCH.create(Map.of()).estimate(withSpend, query),
                    SparkEstimators.estimate("welch", Map.of(), spark, query), 1e-9);
        }
        assertThatThrownBy(() -> SparkEstimators.estimate("cuped", Map.of(), ab, query("revenue")))
                .hasMessageContaining("covariate");
    }

    private static java.util.BitSet rowsWithAll(Table rows, List<String> columns) {
        java.util.BitSet kept = new java.util.BitSet();
        for (int i = 0; i < rows.rowCount(); i++) {
            final int row = i;
            kept.set(i, columns.stream().noneMatch(c -> rows.column(c).isMissing(row)));
        }
        return kept;
    }

    /**
     * A cluster-randomized experiment: one aggregation by cluster, finished as the streamed comparison finishes it,
     * gives the in-memory CR1 error, design effect and notes; a cluster in both arms is declined to memory.
     */
    @Test
    void aClusterRandomizedExperimentEqualsTheInMemoryComparison() {
        Path file = Path.of("../interpreter/src/test/resources/golden/data/clustered_ab.csv").toAbsolutePath();
        EffectQuery query = new EffectQuery(Estimand.ATE, "variant", "basket", List.of(), List.of(),
                new Design.Experiment("A", 0.5, Optional.of("store"), Optional.empty()));
        Table rows = causal.data.CsvReader.read(file, "clustered_ab.csv");
        Dataset<Row> shops = LocalSpark.engine().read(file.toString());
        for (var spec : List.of(ExperimentComparison.DIFFERENCE, ExperimentComparison.WELCH)) {
            Estimate memory = spec.create(Map.of()).estimate(rows, query);
            EngineEstimate spark = SparkEstimators.estimate(spec.keyword(), Map.of(), shops, query);
            assertSameEstimate(memory, spark, 1e-9);
            assertThat(spark.estimate().notes()).isEqualTo(memory.notes());
        }
        Dataset<Row> mixed = shops.withColumn("variant", functions.when(functions.expr("store = 'store00' and "
                + "basket > 12.5"), functions.lit("B")).otherwise(functions.col("variant")));
        assertThatThrownBy(() -> SparkEstimators.estimate("difference", Map.of(), mixed, query))
                .isInstanceOf(causal.engine.EngineDeclinedException.class).hasMessageContaining("both arms");
    }

    /** A ratio metric (per = sessions): the ratio of sums and its delta-method error from the arms' co-moments. */
    @Test
    void aRatioMetricEqualsTheInMemoryDeltaMethod() {
        Path file = Path.of("../interpreter/src/test/resources/golden/data/sessions_ab.csv").toAbsolutePath();
        EffectQuery query = new EffectQuery(Estimand.ATE, "variant", "revenue", List.of(), List.of(),
                new Design.Experiment("A", 0.5, Optional.empty(), Optional.of("sessions")));
        Estimate memory = ExperimentComparison.DIFFERENCE.create(Map.of()).estimate(
                causal.data.CsvReader.read(file, "sessions_ab.csv"), query);
        EngineEstimate spark = SparkEstimators.estimate("difference", Map.of(),
                LocalSpark.engine().read(file.toString()), query);
        assertSameEstimate(memory, spark, 1e-9);
        assertThat(spark.estimate().notes()).isEqualTo(memory.notes());
    }

    @Test
    void groupMomentsAreCountMeanAndVarianceOfEachArm() {
        GroupMoments moments = SufficientStatistics.groupMoments(ab, "variant", "revenue");
        // R 4.2.2: d <- read.csv("ab_test.csv"); tapply(d$revenue, d$variant, mean) and var, digits = 15
        SameResults.assertClose(2.32820, moments.mean("A"), 1e-9);
        SameResults.assertClose(84.6045166557558, moments.variance("B"), 1e-9);
        org.assertj.core.api.Assertions.assertThat(moments.count("A")).isEqualTo(1000);
    }

    @Test
    void aControlArmThatDoesNotOccurIsNamedWithTheArmsThereAre() {
        EffectQuery wrong = new EffectQuery(Estimand.ATE, "variant", "revenue", List.of(), List.of(),
                new Design.Experiment("control", 0.5, Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> SparkExperiment.estimate(ab, wrong, "welch"))
                .isInstanceOf(SparkEngineException.class)
                .hasMessage("the control arm \"control\" does not occur in variant; its values: A, B");
    }
}

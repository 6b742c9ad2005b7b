package causal.spark;

import static causal.spark.SameResults.assertSameEstimate;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.Table;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.ExperimentComparison;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
            Estimate spark = SparkExperiment.estimate(ab, query("revenue"), spec.keyword());
            assertSameEstimate(memory, spark, 1e-9);
        }
    }

    @Test
    void aConversionMetricGetsTheTwoProportionTest() {
        Estimate memory = ExperimentComparison.ZTEST.create(Map.of()).estimate(table, query("converted"));
        assertSameEstimate(memory, SparkExperiment.estimate(ab, query("converted"), "ztest"), 1e-9);
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

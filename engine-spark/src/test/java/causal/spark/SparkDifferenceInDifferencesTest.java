package causal.spark;

import static causal.spark.SameResults.assertClose;
import static causal.spark.SameResults.assertSameEstimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.NumericColumn;
import causal.data.Table;
import causal.estimate.Design;
import causal.estimate.DifferenceInDifferencesEstimator;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.RegressionAdjustment;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stores panel: 40 stores (nj marks the treated ones) over periods 0-3, treated from period 2 on. */
class SparkDifferenceInDifferencesTest {
    private static final EffectQuery QUERY = new EffectQuery(Estimand.ATT, "nj", "sales", List.of(), List.of(),
            new Design.DifferenceInDifferences("store", "period", "post"));
    private static Dataset<Row> panel;
    private static Table table;

    @BeforeAll
    static void read() {
        panel = LocalSpark.engine().read("stores_panel.csv")
                .withColumn("post", functions.col("period").geq(2).cast("double"))
                .withColumn("nj_post", functions.col("nj").multiply(functions.col("post"))).cache();
        Table stores = SameResults.table("stores_panel.csv");
        double[] post = new double[stores.rowCount()];
        double[] interaction = new double[stores.rowCount()];
        for (int i = 0; i < post.length; i++) {
            post[i] = stores.column("period").numeric(i) >= 2 ? 1 : 0;
            interaction[i] = post[i] * stores.column("nj").numeric(i);
        }
        table = stores.with(NumericColumn.of("post", post)).with(NumericColumn.of("nj_post", interaction));
    }

    @Test
    void twfeClusteredByStoreEqualsTheInMemoryEstimator() {
        Estimate memory = DifferenceInDifferencesEstimator.TWFE.create(Map.of()).estimate(table, QUERY);
        Estimate spark = SparkDifferenceInDifferences.twoWayFixedEffects(panel, QUERY).estimate();
        assertSameEstimate(memory, spark, 1e-9);
    }

    /** HC1 and classical errors from the two-way residuals' sums: the in-memory fixed-effects regression's. */
    @Test
    void twfeWithHc1AndClassicalErrorsEqualsTheInMemoryEstimator() {
        for (String se : List.of("hc1", "classical")) {
            Estimate memory = DifferenceInDifferencesEstimator.TWFE.create(Map.of("se",
                    new causal.options.OptionValue.Word(se))).estimate(table, QUERY);
            Estimate spark = SparkEstimators.estimate("twfe", Map.of("se", new causal.options.OptionValue.Word(se)),
                    panel, QUERY).estimate();
            assertSameEstimate(memory, spark, 1e-9);
            assertThat(spark.notes()).isEqualTo(memory.notes());
        }
        assertThat(SparkDifferenceInDifferences.twoWayFixedEffects(panel, QUERY).estimate().notes())
                .isEqualTo(DifferenceInDifferencesEstimator.TWFE.create(Map.of()).estimate(table, QUERY).notes());
    }

    @Test
    void theTwoByTwoOfCellMeansIsTheSaturatedRegressionWithHc1() {
        Estimate spark = SparkDifferenceInDifferences.twoByTwo(panel, QUERY).estimate();
        EffectQuery saturated = new EffectQuery(Estimand.ATE, "nj_post", "sales", List.of("nj", "post"), List.of());
        Estimate regression = new RegressionAdjustment(RegressionAdjustment.Options.DEFAULTS).estimate(table, saturated);
        assertClose(regression.value(), spark.value(), 1e-9);
        assertClose(regression.stdError(), spark.stdError(), 1e-9);
        assertClose(regression.ciLow(), spark.ciLow(), 1e-9);
        assertClose(regression.pValue(), spark.pValue(), 1e-9);
        Estimate twfe = DifferenceInDifferencesEstimator.TWFE.create(Map.of()).estimate(table, QUERY);
        assertClose(twfe.statistics().get("two_by_two"), spark.value(), 1e-9);
    }

    /** A treated flag that changes within a unit (staggered adoption) is declined: the in-memory fit takes it. */
    @Test
    void aTreatedFlagThatChangesWithinAUnitIsDeclined() {
        Dataset<Row> staggered = panel.withColumn("nj", functions.when(functions.expr("store = 's00' and period = 0"),
                functions.lit(1.0 - panel.filter("store = 's00'").first().<Double>getAs("nj")))
                .otherwise(functions.col("nj")));
        assertThatThrownBy(() -> SparkDifferenceInDifferences.twoWayFixedEffects(staggered, QUERY))
                .isInstanceOf(causal.engine.EngineDeclinedException.class).hasMessageContaining("changes within");
    }

    @Test
    void anUnbalancedPanelIsRefusedWithTheReason() {
        Dataset<Row> unbalanced = panel.filter("not (store = 's00' and period = 3)");
        assertThatThrownBy(() -> SparkDifferenceInDifferences.twoWayFixedEffects(unbalanced, QUERY))
                .isInstanceOf(causal.engine.EngineDeclinedException.class)
                .hasMessageContaining("balanced panel (every unit once in each of the 4 periods of period)");
        assertThat(SparkDifferenceInDifferences.twoByTwo(unbalanced, QUERY).estimate().n()).isEqualTo(159);
    }
}

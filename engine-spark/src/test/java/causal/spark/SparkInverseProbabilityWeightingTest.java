package causal.spark;

import static causal.spark.SameResults.assertClose;
import static causal.spark.SameResults.assertSameEstimate;
import static org.assertj.core.api.Assertions.assertThat;

import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.InverseProbabilityWeighting;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkInverseProbabilityWeightingTest {
    private static final List<String> COVARIATES = List.of("age", "educ", "race", "married", "nodegree", "re74", "re75");
    private static Dataset<Row> lalonde;
    private static Table table;

    @BeforeAll
    static void read() {
        lalonde = LocalSpark.lalonde();
        table = SameResults.table("lalonde.csv");
    }

    @Test
    void theLogisticPropensityModelStopsWhereRsGlmStops() {
        SparkLogisticFit fit = SparkLogisticRegression.fit(lalonde, "treat", COVARIATES);
        // R 4.2.2: coef(glm(treat ~ age + educ + race + married + nodegree + re74 + re75, binomial,
        //   read.csv("lalonde.csv"))), digits = 15; $iter is 5
        assertThat(fit.iterations()).isEqualTo(5);
        assertClose(-1.66328159482181, fit.coefficient("(intercept)"), 1e-8);
        assertClose(1.57770709858204e-02, fit.coefficient("age"), 1e-8);
        assertClose(-3.06536772923412, fit.coefficient("race=white"), 1e-8);
        assertClose(-7.17766856807588e-05, fit.coefficient("re74"), 1e-8);
    }

    @Test
    void hajekWeightingEqualsTheInMemoryEstimatorForTheAteAndTheAtt() {
        for (Estimand estimand : List.of(Estimand.ATE, Estimand.ATT)) {
            EffectQuery query = new EffectQuery(estimand, "treat", "re78", COVARIATES, List.of());
            InverseProbabilityWeighting.Options defaults = new InverseProbabilityWeighting.Options(true, true, 0, false);
            assertSameEstimate(new InverseProbabilityWeighting(defaults).estimate(table, query),
                    SparkInverseProbabilityWeighting.estimate(lalonde, query, defaults), 1e-9);
        }
    }

    /**
     * The default error, which accounts for the estimated score (M-estimation, WeightIt's vcov = "asympt"), is one
     * more aggregation on Spark: the in-memory numbers, for every estimand, with and without trimming.
     */
    @Test
    void theErrorThatAccountsForTheEstimatedScoreEqualsTheInMemoryOne() {
        for (Estimand estimand : List.of(Estimand.ATE, Estimand.ATT, Estimand.ATC)) {
            for (double trim : new double[] {0, 0.05}) {
                EffectQuery query = new EffectQuery(estimand, "treat", "re78", COVARIATES, List.of());
                InverseProbabilityWeighting.Options options = new InverseProbabilityWeighting.Options(true, true, trim,
                        true);
                var memory = new InverseProbabilityWeighting(options).estimate(table, query);
                var spark = SparkInverseProbabilityWeighting.estimate(lalonde, query, options).estimate();
                assertSameEstimate(memory, spark, 1e-9);
                var known = SparkInverseProbabilityWeighting.estimate(lalonde, query,
                        new InverseProbabilityWeighting.Options(true, true, trim, false)).estimate();
                assertThat(spark.stdError()).as("not the error of a known score").isNotEqualTo(known.stdError());
            }
        }
    }

    @Test
    void horvitzThompsonWithTheEstimatedScoresErrorEqualsTheInMemoryEstimator() {
        EffectQuery query = new EffectQuery(Estimand.ATE, "treat", "re78", COVARIATES, List.of());
        InverseProbabilityWeighting.Options options = new InverseProbabilityWeighting.Options(false, true, 0.02, true);
        assertSameEstimate(new InverseProbabilityWeighting(options).estimate(table, query),
                SparkInverseProbabilityWeighting.estimate(lalonde, query, options), 1e-9);
    }

    @Test
    void horvitzThompsonWithTrimmingEqualsTheInMemoryEstimatorForTheAtc() {
        EffectQuery query = new EffectQuery(Estimand.ATC, "treat", "re78", COVARIATES, List.of());
        InverseProbabilityWeighting.Options options = new InverseProbabilityWeighting.Options(false, true, 0.05, false);
        var memory = new InverseProbabilityWeighting(options).estimate(table, query);
        var spark = SparkInverseProbabilityWeighting.estimate(lalonde, query, options).estimate();
        assertSameEstimate(memory, spark, 1e-9);
        assertThat(spark.statistics().get("trimmed")).isPositive();
    }
}

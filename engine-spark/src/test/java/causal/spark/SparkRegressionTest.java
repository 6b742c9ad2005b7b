package causal.spark;

import static causal.spark.SameResults.assertClose;
import static causal.spark.SameResults.assertSameEstimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.Table;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.RegressionAdjustment;
import causal.estimate.StandardErrors;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkRegressionTest {
    private static final List<String> COVARIATES = List.of("age", "educ", "race", "married", "nodegree", "re74", "re75");
    private static final EffectQuery QUERY = new EffectQuery(Estimand.ATE, "treat", "re78", COVARIATES, List.of());
    private static Dataset<Row> lalonde;
    private static Table table;

    @BeforeAll
    static void read() {
        lalonde = LocalSpark.lalonde();
        table = SameResults.table("lalonde.csv");
    }

    @Test
    void olsWithHc1EqualsTheInMemoryEstimatorAndR() {
        Estimate spark = SparkRegression.estimate(lalonde, QUERY, StandardErrors.HC1).estimate();
        Estimate memory = new RegressionAdjustment(RegressionAdjustment.Options.DEFAULTS).estimate(table, QUERY);
        assertSameEstimate(memory, spark, 1e-9);
        // R 4.2.2, sandwich 3.0.2: f <- lm(re78 ~ treat + age + educ + race + married + nodegree + re74 + re75,
        //   read.csv("lalonde.csv")); coef(f)["treat"]; sqrt(vcovHC(f, type = "HC1")["treat", "treat"]) (digits = 15)
        assertClose(1548.24380199959, spark.value(), 1e-6);
        assertClose(740.576049132939, spark.stdError(), 1e-6);
    }

    @Test
    void theResultDoesNotDependOnHowSparkPartitionsTheRows() {
        Dataset<Row> shuffled = lalonde.repartition(7, functions.col("re75"));
        Estimate memory = new RegressionAdjustment(RegressionAdjustment.Options.DEFAULTS).estimate(table, QUERY);
        assertSameEstimate(memory, SparkRegression.estimate(shuffled, QUERY, StandardErrors.HC1), 1e-9);
    }

    @Test
    void everyKindOfStandardErrorEqualsTheInMemoryOne() {
        for (StandardErrors se : List.of(new StandardErrors(StandardErrors.Kind.CLASSICAL, Optional.empty()),
                new StandardErrors(StandardErrors.Kind.HC0, Optional.empty()),
                new StandardErrors(StandardErrors.Kind.HC3, Optional.empty()), StandardErrors.clusteredBy("educ"))) {
            Estimate spark = SparkRegression.estimate(lalonde, QUERY, se).estimate();
            Estimate memory = new RegressionAdjustment(new RegressionAdjustment.Options(se)).estimate(table, QUERY);
            assertSameEstimate(memory, spark, 1e-9);
        }
    }

    /** With effect modifiers, each interaction's standard error too (the engine sums only the reported variances). */
    @Test
    void effectModifiersErrorsEqualTheInMemoryOnes() {
        EffectQuery byAgeAndEducation = new EffectQuery(Estimand.CATE, "treat", "re78", COVARIATES, List.of(),
                Design.observational(), List.of("age", "educ"));
        for (StandardErrors se : List.of(StandardErrors.HC1, new StandardErrors(StandardErrors.Kind.HC3,
                Optional.empty()))) {
            Estimate spark = SparkRegression.estimate(lalonde, byAgeAndEducation, se).estimate();
            Estimate memory = new RegressionAdjustment(new RegressionAdjustment.Options(se)).estimate(table,
                    byAgeAndEducation);
            assertThat(memory.statistics()).containsKey("modification_by_educ_se");
            assertSameEstimate(memory, spark, 1e-9);
        }
    }

    @Test
    void crossProductsAreRawSumsAboutTheShiftsAndSolveToEveryCoefficient() {
        CrossProducts sums = SufficientStatistics.crossProducts(lalonde, "re78", List.of("treat", "age", "re74"));
        assertThat(sums.names()).containsExactly("(intercept)", "treat", "age", "re74");
        assertThat(sums.rows()).isEqualTo(614);
        double[] cross = sums.cross();
        assertThat(cross[0]).as("the intercept's own cross product is n").isEqualTo(614.0);
        assertThat(Math.abs(cross[2])).as("Σ(age − mean age) is 0 up to rounding").isLessThan(1e-9);
        RegressionFit fit = SparkRegression.fit(lalonde, "re78", List.of("treat", "age", "re74"), StandardErrors.HC1);
        double[] beta = sums.solve().coefficients();
        for (int j = 0; j < beta.length; j++) {
            assertClose(fit.coefficients().get(j), beta[j], 1e-12);
        }
        // R 4.2.2: coef(lm(re78 ~ treat + age + re74, read.csv("lalonde.csv"))) printed with digits = 15
        assertClose(4832.84758252069, beta[0], 1e-6);
        assertClose(808.338294133401, fit.coefficient("treat"), 1e-6);
        assertClose(0.413478694304234, fit.coefficient("re74"), 1e-6);
    }

    @Test
    void rowsWithAMissingValueAreDroppedAndCounted() {
        Dataset<Row> holes = lalonde.withColumn("age", functions.when(functions.col("educ").equalTo(9),
                functions.lit(null)).otherwise(functions.col("age")));
        causal.engine.EngineEstimate spark = SparkRegression.estimate(holes, QUERY, StandardErrors.HC1);
        java.util.BitSet keep = new java.util.BitSet();
        for (int i = 0; i < table.rowCount(); i++) {
            keep.set(i, table.column("educ").numeric(i) != 9);
        }
        Table complete = table.filter(keep);
        Estimate memory = new RegressionAdjustment(RegressionAdjustment.Options.DEFAULTS).estimate(complete, QUERY);
        assertSameEstimate(memory, spark, 1e-9);
        assertThat(spark.dropped()).isEqualTo(614 - complete.rowCount());
        assertThat(spark.estimate().notes()).as("the count is the results' dropped rows, as in memory").isEmpty();
    }

    @Test
    void collinearRegressorsAreNamed() {
        assertThatThrownBy(() -> SparkRegression.fit(lalonde.withColumn("age2", functions.col("age").multiply(2)),
                "re78", List.of("treat", "age", "age2"), StandardErrors.HC1))
                .isInstanceOf(SparkEngineException.class)
                .hasMessageContaining("age2 is (nearly) a linear combination of");
    }

    @Test
    void anUnknownColumnIsNamedWithTheColumnsThereAre() {
        assertThatThrownBy(() -> SparkRegression.fit(lalonde, "re78", List.of("tret"), StandardErrors.HC1))
                .isInstanceOf(SparkEngineException.class)
                .hasMessageStartingWith("there is no column tret in the data; its columns are treat, age");
    }
}

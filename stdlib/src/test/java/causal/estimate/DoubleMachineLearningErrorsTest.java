package causal.estimate;

import causal.options.OptionValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.DataLocation;
import causal.data.NumericColumn;
import causal.data.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code dml} says when its options or the data do not suit it. */
class DoubleMachineLearningErrorsTest {

    private static Estimator dml(Map<String, OptionValue> options) {
        return Estimators.find("dml").orElseThrow().create(options);
    }

    private static EffectQuery query(Estimand estimand, List<String> covariates) {
        return new EffectQuery(estimand, "t", "y", covariates, List.of());
    }

    /** Twenty rows: x, a second covariate z, a 0/1 treatment alternating in pairs and an outcome. */
    private static Table binary() {
        double[] t = new double[20];
        double[] x = new double[20];
        double[] z = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            t[i] = (i / 2) % 2;
            x[i] = i % 7;
            z[i] = (i * 3) % 5;
            y[i] = 1 + 2 * t[i] + x[i] + 0.5 * z[i] + (i % 3) * 0.1;
        }
        return Table.of("d.csv", 20, List.of(NumericColumn.of("t", t), NumericColumn.of("x", x),
                NumericColumn.of("z", z), NumericColumn.of("y", y)));
    }

    private static Table withColumn(Table data, String name, double[] values) {
        return data.with(NumericColumn.of(name, values));
    }

    @Test
    void unknownLearnerNamesTheOptionAndTheLearnersThereAre() {
        assertThatThrownBy(() -> dml(Map.of("outcome", new OptionValue.Word("frest"))))
                .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option()).isEqualTo("outcome"))
                .hasMessage("dml option outcome: there is no learner frest; the learners are forest, gbm, lasso, "
                        + "linear, logistic, ridge");
    }

    @Test
    void learnerOptionsAreCheckedWhenTheEstimatorIsConfigured() {
        OptionValue misspelt = new OptionValue.Call("forest", List.of(), Map.of("tres", new OptionValue.Number(10)));
        assertThatThrownBy(() -> dml(Map.of("treatment", misspelt)))
                .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option()).isEqualTo("treatment"))
                .hasMessage("dml option treatment: forest has no option tres; it takes trees, mtry, min_leaf, depth, "
                        + "seed");
        OptionValue positional = new OptionValue.Call("forest", List.of(new OptionValue.Number(200)));
        assertThatThrownBy(() -> dml(Map.of("outcome", positional))).isInstanceOf(OptionException.class)
                .hasMessage("dml option outcome: learner options are named, as in forest(trees = 200), not "
                        + "forest(200)");
        OptionValue noTrees = new OptionValue.Call("gbm", List.of(), Map.of("trees", new OptionValue.Number(0)));
        assertThatThrownBy(() -> dml(Map.of("outcome", noTrees))).isInstanceOf(OptionException.class)
                .hasMessage("dml option outcome: trees must be at least 1, not 0");
    }

    @Test
    void foldsTrimAndModelAreChecked() {
        assertThatThrownBy(() -> dml(Map.of("folds", new OptionValue.Number(1)))).isInstanceOf(OptionException.class)
                .hasMessage("folds must be at least 2, not 1");
        assertThatThrownBy(() -> dml(Map.of("trim", new OptionValue.Number(0.5)))).isInstanceOf(OptionException.class)
                .hasMessage("trim must be at least 0 and below 0.5, not 0.5");
        assertThatThrownBy(() -> dml(Map.of("model", new OptionValue.Word("pls")))).isInstanceOf(OptionException.class)
                .hasMessage("dml option model must be one of irm, plr, not pls");
    }

    @Test
    void theInteractiveModelNeedsALearnerThatPredictsAProbability() {
        assertThatThrownBy(() -> dml(Map.of("treatment", new OptionValue.Word("linear")))
                .estimate(binary(), query(Estimand.ATE, List.of("x"))))
                .isInstanceOf(EstimationException.class)
                .hasMessage("dml with model = irm needs a propensity score, so treatment must be a learner that "
                        + "predicts a probability (logistic, forest or gbm), not linear");
    }

    @Test
    void aClassifierCannotLearnAContinuousTreatmentOrOutcome() {
        Table dose = withColumn(binary(), "t", new double[] {0.5, 1, 1.5, 2, 2.5, 3, 0.5, 1, 1.5, 2, 2.5, 3, 0.5, 1,
            1.5, 2, 2.5, 3, 0.5, 1});
        assertThatThrownBy(() -> dml(Map.of("treatment", new OptionValue.Word("logistic")))
                .estimate(dose, query(Estimand.ATE, List.of("x"))))
                .isInstanceOf(EstimationException.class)
                .hasMessage("treatment = logistic predicts a probability, so it needs a 0/1 treatment, but t takes "
                        + "other values; use linear, ridge, lasso, forest or gbm");
        assertThatThrownBy(() -> dml(Map.of("outcome", new OptionValue.Word("logistic")))
                .estimate(binary(), query(Estimand.ATE, List.of("x"))))
                .isInstanceOf(EstimationException.class)
                .hasMessage("outcome = logistic predicts a probability, so it needs a 0/1 outcome, but y takes other "
                        + "values; use linear, ridge, lasso, forest or gbm");
    }

    @Test
    void tooFewRowsForTheFoldsAreRefused() {
        Table seven = binary().select(new int[] {0, 1, 2, 3, 4, 5, 6});
        assertThatThrownBy(() -> dml(Map.of()).estimate(seven, query(Estimand.ATE, List.of("x"))))
                .isInstanceOf(EstimationException.class)
                .hasMessage("dml needs at least 2 rows per fold: 7 rows cannot be split into 5 folds; use fewer folds");
    }

    @Test
    void aFoldWhoseComplementLacksAnArmIsNamed() {
        int[] fold = new int[20];
        for (int i = 0; i < 20; i++) {
            // Fold 1 (0 here) holds every treated row, so none is left to learn the treated outcome from.
            fold[i] = binary().column("t").numeric(i) == 1 ? 0 : 1 + i % 2;
        }
        DoubleMachineLearning dml = (DoubleMachineLearning) dml(Map.of());
        assertThatThrownBy(() -> dml.estimate(binary(), query(Estimand.ATE, List.of("x")), List.of(fold)))
                .isInstanceOf(EstimationException.class)
                .hasMessage("there are no treated rows outside fold 1, so the outcome model for the treated rows "
                        + "cannot be fitted there; use fewer folds");
    }

    @Test
    void collinearCovariatesAreNamedByTheirColumns() {
        double[] twice = new double[20];
        for (int i = 0; i < 20; i++) {
            twice[i] = 2 * binary().column("x").numeric(i);
        }
        Table data = withColumn(binary(), "x2", twice);
        assertThatThrownBy(() -> dml(Map.of("folds", new OptionValue.Number(2)))
                .estimate(data, query(Estimand.ATE, List.of("x", "x2"))))
                .isInstanceOfSatisfying(SingularDesignException.class,
                        e -> assertThat(e.columns()).containsExactly("x", "x2"))
                .hasMessageStartingWith("the outcome model for the control rows (linear) cannot be fitted on the "
                        + "rows outside fold 1: x2 is a linear combination of x");
    }

    @Test
    void separatedGroupsAreReportedAsNoOverlap() {
        double[] t = new double[20];
        for (int i = 0; i < 20; i++) {
            t[i] = binary().column("x").numeric(i) >= 3 ? 1 : 0;
        }
        Table data = withColumn(binary(), "t", t);
        assertThatThrownBy(() -> dml(Map.of("folds", new OptionValue.Number(2)))
                .estimate(data, query(Estimand.ATE, List.of("x"))))
                .isInstanceOf(EstimationException.class)
                .hasMessage("the propensity model (logistic) cannot be fitted on the rows outside fold 1: the "
                        + "covariates separate the two groups, so there is no overlap");
    }

    @Test
    void thePartiallyLinearModelEstimatesTheAteOnly() {
        assertThatThrownBy(() -> dml(Map.of("model", new OptionValue.Word("plr")))
                .estimate(binary(), query(Estimand.ATT, List.of("x"))))
                .isInstanceOf(EstimationException.class)
                .hasMessage("dml's partially linear model assumes a constant effect and estimates the ATE; for the "
                        + "ATT of a 0/1 treatment use model = irm");
    }

    @Test
    void theInteractiveModelNeedsABinaryTreatment() {
        Table data = withColumn(binary(), "t", new double[] {0, 1, 2, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0,
            1});
        assertThatThrownBy(() -> dml(Map.of("model", new OptionValue.Word("irm")))
                .estimate(data, query(Estimand.ATE, List.of("x"))))
                .isInstanceOf(TreatmentNotBinaryException.class)
                .hasMessage("dml with model = irm needs a binary treatment (0/1 or true/false) but t is 2 in row 3");
    }

    @Test
    void aValueThatIsNotFiniteIsNamedWithItsCell() {
        double[] y = new double[20];
        y[1] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> dml(Map.of()).estimate(withColumn(binary(), "y", y), query(Estimand.ATE,
                List.of("x"))))
                .isInstanceOfSatisfying(EstimationException.class,
                        e -> assertThat(e.location()).contains(DataLocation.cell("d.csv", 2, "y")))
                .hasMessage("y is Infinity in row 2; dml's learners need finite numbers");
    }

    @Test
    void withoutCovariatesThereIsNothingToLearnFrom() {
        assertThatThrownBy(() -> dml(Map.of()).estimate(binary(), query(Estimand.ATE, List.of())))
                .isInstanceOf(EstimationException.class)
                .hasMessage("dml learns the outcome and the treatment from the covariates, and there are none; with "
                        + "no confounders to adjust for, use ols (the difference in means)");
    }
}

package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnersTest {

    @Test
    void namesSixLearnersInKeywordOrder() {
        assertThat(Learners.all()).extracting(LearnerSpec::keyword)
                .containsExactly("forest", "gbm", "lasso", "linear", "logistic", "ridge");
    }

    @Test
    void tellsWhichLearnersRegressAndWhichClassify() {
        assertThat(Learners.all()).filteredOn(LearnerSpec::regresses).extracting(LearnerSpec::keyword)
                .containsExactly("forest", "gbm", "lasso", "linear", "ridge");
        assertThat(Learners.all()).filteredOn(LearnerSpec::classifies).extracting(LearnerSpec::keyword)
                .containsExactly("forest", "gbm", "logistic");
    }

    @Test
    void givesAForestRandomForestsDefaultsForEachTask() {
        RandomForest regression = (RandomForest) Learners.regressor("forest", Map.of());
        RandomForestClassifier classifier = (RandomForestClassifier) Learners.classifier("forest", Map.of());
        assertThat(regression.options()).isEqualTo(RandomForest.Options.REGRESSION);
        assertThat(regression.options().minLeaf()).isEqualTo(5);
        assertThat(classifier.options().minLeaf()).isEqualTo(1);
    }

    @Test
    void passesTheOptionsAScriptGives() {
        GradientBoosting gbm = (GradientBoosting) Learners.regressor("gbm",
                Map.of("trees", 500.0, "learning_rate", 0.05, "subsample", 0.5, "seed", 3.0));
        assertThat(gbm.options()).isEqualTo(GradientBoosting.Options.DEFAULTS.withTrees(500).withLearningRate(0.05)
                .withSubsample(0.5).withSeed(3));
        RandomForest forest = (RandomForest) Learners.regressor("forest", Map.of("mtry", 2.0, "depth", 6.0));
        assertThat(forest.options().mtry()).hasValue(2);
        assertThat(forest.options().maxDepth()).hasValue(6);
        assertThat(((LassoRegression) Learners.regressor("lasso", Map.of("lambda", 0.2))).lambda()).isEqualTo(0.2);
        assertThat(((LogisticClassifier) Learners.classifier("logistic", Map.of())).lambda()).isZero();
    }

    @Test
    void namesAnOptionTheLearnerDoesNotTake() {
        assertThatThrownBy(() -> Learners.regressor("forest", Map.of("tres", 10.0)))
                .isInstanceOfSatisfying(LearnerOptionException.class, e -> assertThat(e.option()).isEqualTo("tres"))
                .hasMessage("forest has no option tres; it takes trees, mtry, min_leaf, depth, seed");
        assertThatThrownBy(() -> Learners.regressor("linear", Map.of("lambda", 1.0)))
                .isInstanceOf(LearnerOptionException.class).hasMessage("linear has no option lambda; it takes none");
    }

    @Test
    void namesAnOptionWhoseValueIsOutOfRange() {
        assertThatThrownBy(() -> Learners.regressor("gbm", Map.of("learning_rate", 0.0)))
                .isInstanceOfSatisfying(LearnerOptionException.class,
                        e -> assertThat(e.option()).isEqualTo("learning_rate"))
                .hasMessage("learning_rate must be greater than 0 and at most 1, not 0.0");
        assertThatThrownBy(() -> Learners.classifier("forest", Map.of("trees", 0.0)))
                .isInstanceOfSatisfying(LearnerOptionException.class, e -> assertThat(e.option()).isEqualTo("trees"))
                .hasMessage("trees must be at least 1, not 0");
        assertThatThrownBy(() -> Learners.classifier("logistic", Map.of("lambda", -1.0)))
                .isInstanceOfSatisfying(LearnerOptionException.class, e -> assertThat(e.option()).isEqualTo("lambda"));
    }

    @Test
    void namesAnOptionThatNeedsAWholeNumber() {
        assertThatThrownBy(() -> Learners.regressor("forest", Map.of("trees", 2.5)))
                .isInstanceOfSatisfying(LearnerOptionException.class, e -> assertThat(e.option()).isEqualTo("trees"))
                .hasMessage("forest option trees must be a whole number, not 2.5");
    }

    @Test
    void refusesALinearModelAsAClassifierAndLogisticAsARegression() {
        assertThatThrownBy(() -> Learners.classifier("linear", Map.of()))
                .isInstanceOf(LearnerException.class)
                .hasMessage("linear cannot predict a probability; use logistic, forest or gbm");
        assertThatThrownBy(() -> Learners.regressor("logistic", Map.of()))
                .isInstanceOf(LearnerException.class)
                .hasMessage("logistic is a classifier and cannot predict a number; use linear, ridge, lasso, forest or gbm");
    }

    @Test
    void listsTheLearnersForAnUnknownKeyword() {
        assertThatThrownBy(() -> Learners.regressor("xgboost", Map.of()))
                .isInstanceOf(LearnerException.class)
                .hasMessage("there is no learner xgboost; the learners are forest, gbm, lasso, linear, logistic, ridge");
    }

    @Test
    void describesEveryOptionWithItsDefault() {
        for (LearnerSpec spec : Learners.all()) {
            for (LearnerOption option : spec.options()) {
                assertThat(option.type()).isIn("number", "integer");
                assertThat(option.defaultText()).isNotBlank();
                assertThat(option.description()).isNotBlank();
            }
        }
    }
}

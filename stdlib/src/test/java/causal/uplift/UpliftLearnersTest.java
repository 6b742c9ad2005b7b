package causal.uplift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.options.OptionSpec;
import causal.options.OptionValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpliftLearnersTest {

    @Test
    void namesTheFiveLearnersOfTheLanguage() {
        assertThat(UpliftLearners.all()).extracting(UpliftLearnerSpec::keyword)
                .containsExactly("causal_forest", "drlearner", "slearner", "tlearner", "xlearner");
    }

    @Test
    void everyOptionHasANameADefaultAndADescription() {
        for (UpliftLearnerSpec spec : UpliftLearners.all()) {
            assertThat(spec.title()).isNotBlank();
            assertThat(spec.description()).isNotBlank();
            for (OptionSpec option : spec.options()) {
                assertThat(option.name()).matches("[a-z_]+");
                assertThat(option.defaultText()).as(spec.keyword() + " " + option.name()).isNotBlank();
                assertThat(option.description()).as(spec.keyword() + " " + option.name()).isNotBlank();
            }
            assertThat(spec.create(Map.of())).as(spec.keyword()).isNotNull();
        }
    }

    @Test
    void learnerOptionsTakeAKeywordOrACallWithOptions() {
        Map<String, OptionValue> options = new LinkedHashMap<>();
        options.put("learner", new OptionValue.Call("forest", List.of(), Map.of("trees", new OptionValue.Number(50))));
        options.put("effect", new OptionValue.Word("linear"));
        options.put("propensity", new OptionValue.Text("gbm"));
        options.put("seed", new OptionValue.Number(3));

        XLearner learner = (XLearner) UpliftLearners.create("xlearner", options);

        assertThat(learner.options()).isEqualTo(new XLearner.Options(
                new LearnerChoice("forest", Map.of("trees", 50.0)), Optional.of(LearnerChoice.of("linear")),
                LearnerChoice.of("gbm"), 3));
        assertThat(learner.options().learner().text()).isEqualTo("forest(trees = 50)");
    }

    @Test
    void causalForestOptionsReachTheForest() {
        CausalForest forest = (CausalForest) UpliftLearners.create("causal_forest", Map.of(
                "trees", new OptionValue.Number(300), "mtry", new OptionValue.Number(2),
                "min_leaf", new OptionValue.Number(10), "outcome", new OptionValue.Word("linear")));

        assertThat(forest.options()).isEqualTo(CausalForest.Options.DEFAULTS.withTrees(300).withMtry(2)
                .withMinLeaf(10).withOutcome(LearnerChoice.of("linear")));
    }

    @Test
    void anOptionTheLearnerDoesNotTakeIsNamedWithTheOnesItTakes() {
        assertThatThrownBy(() -> UpliftLearners.create("tlearner", Map.of("folds", new OptionValue.Number(3))))
                .isInstanceOf(UpliftOptionException.class)
                .hasMessage("tlearner has no option folds; it takes learner, seed")
                .satisfies(e -> assertThat(((UpliftOptionException) e).option()).isEqualTo("folds"));
    }

    @Test
    void aValueOfTheWrongKindSaysWhatWasExpected() {
        assertThatThrownBy(() -> UpliftLearners.create("drlearner", Map.of("folds", new OptionValue.Number(2.5))))
                .hasMessage("drlearner option folds must be a whole number, not 2.5");
        assertThatThrownBy(() -> UpliftLearners.create("drlearner", Map.of("learner", new OptionValue.Number(1))))
                .hasMessage("drlearner option learner must be a learner such as gbm or forest(trees = 500), not 1");
    }

    @Test
    void aBadOptionOfANestedLearnerIsReportedAgainstTheUpliftOption() {
        Map<String, OptionValue> options = Map.of("learner",
                new OptionValue.Call("forest", List.of(), Map.of("trees", new OptionValue.Number(0))));

        assertThatThrownBy(() -> UpliftLearners.create("slearner", options)).isInstanceOf(UpliftOptionException.class)
                .hasMessage("learner = forest(trees = 0): trees must be at least 1, not 0")
                .satisfies(e -> assertThat(((UpliftOptionException) e).option()).isEqualTo("learner"));
        assertThatThrownBy(() -> UpliftLearners.create("slearner", Map.of("learner", new OptionValue.Word("svm"))))
                .hasMessageStartingWith("learner = svm: there is no learner svm; the learners are ");
    }

    @Test
    void anUnknownUpliftLearnerListsTheKnownOnes() {
        assertThatThrownBy(() -> UpliftLearners.create("rlearner", Map.of()))
                .hasMessage("there is no uplift learner rlearner; the uplift learners are causal_forest, drlearner, "
                        + "slearner, tlearner, xlearner");
    }

    @Test
    void theLearnersSeedReachesLearnersGivenNone() {
        SimulatedUplift data = SimulatedUplift.draw(300, 0.5, 5);
        double[][] points = SimulatedUplift.grid(5, 1);
        double[] seed1 = UpliftLearners.create("tlearner", Map.of("learner", new OptionValue.Word("forest"),
                "seed", new OptionValue.Number(1))).fit(data.x(), data.t(), data.y()).predict(points);
        double[] seed2 = UpliftLearners.create("tlearner", Map.of("learner", new OptionValue.Word("forest"),
                "seed", new OptionValue.Number(2))).fit(data.x(), data.t(), data.y()).predict(points);
        double[] pinned = UpliftLearners.create("tlearner", Map.of("learner", new OptionValue.Call("forest",
                List.of(), Map.of("seed", new OptionValue.Number(1))), "seed", new OptionValue.Number(2)))
                .fit(data.x(), data.t(), data.y()).predict(points);

        assertThat(seed2).isNotEqualTo(seed1);
        assertThat(pinned).containsExactly(seed1);
    }

    @Test
    void aDrLearnerIsTheSameForASeedWhateverTheThreadCount() {
        SimulatedUplift data = SimulatedUplift.draw(400, 0.5, 6);
        double[][] points = SimulatedUplift.grid(10, 2);
        UpliftLearner learner = UpliftLearners.create("drlearner", Map.of(
                "learner", new OptionValue.Call("forest", List.of(), Map.of("trees", new OptionValue.Number(30))),
                "propensity", new OptionValue.Word("forest"), "seed", new OptionValue.Number(4)));

        double[] one = Threads.run(1, () -> learner.fit(data.x(), data.t(), data.y()).predict(points));
        double[] three = Threads.run(3, () -> learner.fit(data.x(), data.t(), data.y()).predict(points));

        assertThat(three).containsExactly(one);
    }
}

package causal.estimate;

import causal.options.OptionSpec;
import causal.options.OptionValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstimatorOptionsTest {

    @Test
    void registryListsTheEstimatorsByKeyword() {
        assertThat(Estimators.all()).extracting(EstimatorSpec::keyword).containsExactly("aipw", "bayes",
                "callaway_santanna", "causal_forest", "cuped", "difference", "dml", "drlearner", "event_study", "ipw",
                "local_linear", "msprt", "ols", "psm", "segmented", "slearner", "stratify", "tlearner", "tsls",
                "ttest", "twfe", "wald", "welch", "xlearner", "ztest");
        assertThat(Estimators.find("psm")).containsSame(PropensityScoreMatching.SPEC);
        assertThat(Estimators.find("magic")).isEmpty();
    }

    @Test
    void specsDeclareWhatEachEstimatorSupports() {
        assertThat(RegressionAdjustment.SPEC.estimands()).containsExactlyInAnyOrder(Estimand.ATE, Estimand.CATE);
        assertThat(RegressionAdjustment.SPEC.needsBinaryTreatment()).isFalse();
        assertThat(PropensityScoreMatching.SPEC.estimands()).containsExactlyInAnyOrder(Estimand.ATT, Estimand.ATC);
        assertThat(PropensityScoreMatching.SPEC.needsBinaryTreatment()).isTrue();
        assertThat(InverseProbabilityWeighting.SPEC.options()).extracting(OptionSpec::name)
                .containsExactly("normalized", "stabilized", "trim", "se");
    }

    @Test
    void unknownOptionIsRefusedWithTheOptionsThatExist() {
        assertThatThrownBy(() -> PropensityScoreMatching.SPEC.create(Map.of("calipre", new OptionValue.Number(0.1))))
                .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option()).isEqualTo("calipre"))
                .hasMessage("psm has no option calipre; it takes caliper, replace, ratio, order, seed, se");
    }

    @Test
    void negativeCaliperIsRefused() {
        assertThatThrownBy(() -> PropensityScoreMatching.SPEC.create(Map.of("caliper", new OptionValue.Number(-0.1))))
                .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option()).isEqualTo("caliper"))
                .hasMessage("caliper must be greater than 0, not -0.1");
    }

    @Test
    void ratioMustBeAWholeNumberOfAtLeastOne() {
        assertThatThrownBy(() -> PropensityScoreMatching.SPEC.create(Map.of("ratio", new OptionValue.Number(1.5))))
                .isInstanceOf(OptionException.class).hasMessage("psm option ratio must be a whole number, not 1.5");
        assertThatThrownBy(() -> PropensityScoreMatching.SPEC.create(Map.of("ratio", new OptionValue.Number(0))))
                .isInstanceOf(OptionException.class).hasMessage("ratio must be at least 1, not 0");
    }

    @Test
    void unknownOrderIsRefused() {
        assertThatThrownBy(() -> PropensityScoreMatching.SPEC.create(Map.of("order", new OptionValue.Word("closest"))))
                .isInstanceOf(OptionException.class)
                .hasMessage("psm option order must be one of largest, random, smallest, not closest");
    }

    @Test
    void standardErrorKindsParseIncludingCluster() {
        assertThat(RegressionAdjustment.Options.from(Map.of("se", new OptionValue.Word("hc3"))).se().text())
                .isEqualTo("hc3");
        assertThat(RegressionAdjustment.Options.from(Map.of("se",
                new OptionValue.Call("cluster", List.of(new OptionValue.Word("store"))))).se())
                .isEqualTo(StandardErrors.clusteredBy("store"));
        assertThat(RegressionAdjustment.Options.from(Map.of()).se()).isEqualTo(StandardErrors.HC1);
    }

    @Test
    void unknownStandardErrorIsRefused() {
        assertThatThrownBy(() -> RegressionAdjustment.SPEC.create(Map.of("se", new OptionValue.Word("hc2"))))
                .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option()).isEqualTo("se"))
                .hasMessage("ols option se must be classical, hc0, hc1, hc3 or cluster(column), not hc2");
    }

    @Test
    void trimMustLeaveBothTails() {
        assertThatThrownBy(() -> InverseProbabilityWeighting.SPEC.create(Map.of("trim", new OptionValue.Number(0.5))))
                .isInstanceOf(OptionException.class).hasMessage("trim must be at least 0 and below 0.5, not 0.5");
        assertThatThrownBy(() -> InverseProbabilityWeighting.SPEC.create(Map.of("normalized",
                new OptionValue.Number(1)))).isInstanceOf(OptionException.class)
                .hasMessage("ipw option normalized must be true or false, not 1");
    }
}

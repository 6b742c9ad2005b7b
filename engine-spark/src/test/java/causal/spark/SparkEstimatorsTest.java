package causal.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.options.OptionValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SparkEstimatorsTest {
    @Test
    void onlyTheEstimatorsAndOptionsThisEngineRunsAreSupported() {
        assertThat(SparkEstimators.supports("ols", Map.of("se", new OptionValue.Word("hc3")))).isTrue();
        assertThat(SparkEstimators.supports("ols", Map.of("se", new OptionValue.Call("bootstrap", List.of()))))
                .as("bootstrapped standard errors resample rows in memory").isFalse();
        assertThat(SparkEstimators.supports("psm", Map.of())).isFalse();
        assertThat(SparkEstimators.supports("ipw", Map.of("trim", new OptionValue.Number(0.05),
                "se", new OptionValue.Word("hc0")))).isTrue();
        assertThat(SparkEstimators.supports("ipw", Map.of("trim", new OptionValue.Number(0.05)))).isTrue();
        assertThat(SparkEstimators.supports("ipw", Map.of("se", new OptionValue.Call("bootstrap", List.of()))))
                .isFalse();
    }

    @Test
    void aKeywordRunsItsEstimatorWithTheScriptsOptions() {
        EffectQuery query = new EffectQuery(Estimand.ATE, "variant", "revenue", List.of(), List.of(),
                new Design.Experiment("A", 0.5, Optional.empty(), Optional.empty()));
        Estimate welch = SparkEstimators.estimate("welch", Map.of(), LocalSpark.engine().read("ab_test.csv"), query)
                .estimate();
        // R 4.2.2: d <- read.csv("ab_test.csv"); t.test(d$revenue[d$variant == "B"], d$revenue[d$variant == "A"])
        //   $estimate and $stderr, digits = 15
        SameResults.assertClose(2.76603 - 2.32820, welch.value(), 1e-12);
        SameResults.assertClose(0.39190632511707, welch.stdError(), 1e-12);
        assertThat(welch.estimator()).isEqualTo("welch");
    }

    /**
     * twfe takes errors clustered by the unit, hc1 or classical on Spark; any other it declines, and the interpreter
     * runs the statement in memory (where the estimator gives its own answer).
     */
    @Test
    void twfeWithOtherStandardErrorsIsDeclinedToMemory() {
        EffectQuery query = new EffectQuery(Estimand.ATT, "nj", "sales", List.of(), List.of(),
                new Design.DifferenceInDifferences("store", "period", "post"));
        assertThatThrownBy(() -> SparkEstimators.estimate("twfe", Map.of("se", new OptionValue.Word("hc3")),
                LocalSpark.engine().read("stores_panel.csv"), query))
                .isInstanceOf(causal.engine.EngineDeclinedException.class)
                .hasMessage("twfe on engine spark clusters by the unit (se = cluster(store)) or takes hc1 or "
                        + "classical; se = hc3 runs in memory");
    }
}

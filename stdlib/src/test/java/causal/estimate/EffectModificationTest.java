package causal.estimate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code estimate CATE by age} with ols: the treatment interacted with the centred modifier, against R 4.2.2 on
 * LaLonde: {@code lm(re78 ~ treat + age + educ + black + hispan + married + nodegree + re74 + re75 + treat:ac)},
 * ac = age − mean(age), with {@code sandwich::vcovHC(type = "HC1")}.
 */
class EffectModificationTest {
    @Test
    void theEffectAtTheMeanAndItsSlopeInTheModifierAreRs() {
        EffectQuery query = new EffectQuery(Estimand.CATE, "treat", "re78", Lalonde.COVARIATES, List.of(),
                Design.observational(), List.of("age"));
        Estimate e = RegressionAdjustment.SPEC.create(Map.of()).estimate(Lalonde.table(), query);
        // treat 1716.2314415141320 (HC1 SE 768.7773601532416); treat:ac 96.8542012271062 (SE 69.8522168619047)
        assertThat(e.value()).isCloseTo(1716.2314415141320, Lalonde.R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(768.7773601532416, Lalonde.R_AGREEMENT);
        assertThat(e.statistics().get("modification_by_age")).isCloseTo(96.8542012271062, Lalonde.R_AGREEMENT);
        assertThat(e.statistics().get("modification_by_age_se")).isCloseTo(69.8522168619047, Lalonde.R_AGREEMENT);
    }
}

package causal.estimate;

import causal.options.OptionValue;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Subclassification on LaLonde's propensity score against R 4.2.2: {@code glm(treat ~ age + educ + race + married +
 * nodegree + re74 + re75, binomial)}, breaks {@code quantile(e, seq(0, 1, length = 5), type = 7)}, strata
 * {@code cut(e, b, include.lowest = TRUE)}, then the weighted differences in means and
 * sqrt(Σ w² (var₁/n₁ + var₀/n₀)).
 */
class PropensityStratificationTest {
    private static Estimate stratify(Estimand estimand, int bins) {
        return PropensityStratification.SPEC.create(Map.of("bins", new OptionValue.Number(bins)))
                .estimate(Lalonde.table(), Lalonde.query(estimand));
    }

    @Test
    void fourStrataGiveRsSubclassificationEstimates() {
        // ATE -344.217227806377 (SE 1087.850224507695); ATT 873.268038792334 (SE 795.013975093027)
        Estimate ate = stratify(Estimand.ATE, 4);
        assertThat(ate.value()).isCloseTo(-344.217227806377, Lalonde.R_AGREEMENT);
        assertThat(ate.stdError()).isCloseTo(1087.850224507695, Lalonde.R_AGREEMENT);
        Estimate att = stratify(Estimand.ATT, 4);
        assertThat(att.value()).isCloseTo(873.268038792334, Lalonde.R_AGREEMENT);
        assertThat(att.stdError()).isCloseTo(795.013975093027, Lalonde.R_AGREEMENT);
        // table(s, treat): 3, 11, 66, 105 treated; 151, 142, 87, 49 controls
        assertThat(att.statistics()).containsEntry("stratum_1_treated", 3.0).containsEntry("stratum_4_controls", 49.0);
    }

    @Test
    void aStratumWithTooFewTreatedRowsIsNamed() {
        // With five strata the lowest holds a single treated row (R: table(s, treat)).
        assertThatThrownBy(() -> stratify(Estimand.ATE, 5)).isInstanceOf(EstimationException.class)
                .hasMessageContaining("stratum 1 of 5").hasMessageContaining("1 treated").hasMessageContaining(
                        "use fewer bins");
    }
}

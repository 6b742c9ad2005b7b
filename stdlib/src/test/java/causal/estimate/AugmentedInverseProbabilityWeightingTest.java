package causal.estimate;

import static causal.estimate.Lalonde.R_AGREEMENT;
import static causal.estimate.Lalonde.Z975;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AugmentedInverseProbabilityWeightingTest {

    @Test
    void ateMatchesTheInfluenceFunctionComputedInR() {
        Estimate e = Estimators.find("aipw").orElseThrow().create(Map.of())
                .estimate(Lalonde.table(), Lalonde.query(Estimand.ATE));
        // R 4.2.2 (stdlib/src/test/r/lalonde_reference.R): e from glm(treat ~ X, binomial); m1, m0 from
        // lm(re78 ~ X) on the treated and on the control rows, predicted for all;
        // psi <- m1 - m0 + t*(y - m1)/e - (1-t)*(y - m0)/(1-e); mean(psi); sd(psi) / sqrt(n)
        assertThat(e.value()).isCloseTo(469.639983006978, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(926.1550679012, R_AGREEMENT);
        assertThat(e.ciHigh()).isCloseTo(469.639983006978 + Z975 * 926.1550679012, R_AGREEMENT);
        assertThat(e.n()).isEqualTo(614);
    }
}

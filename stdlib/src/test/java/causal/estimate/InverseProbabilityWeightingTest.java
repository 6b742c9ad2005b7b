package causal.estimate;

import causal.options.OptionValue;
import static causal.estimate.Lalonde.R_AGREEMENT;
import static causal.estimate.Lalonde.Z975;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.Table;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * IPW on LaLonde against R 4.2.2 + sandwich 3.0.2 ({@code stdlib/src/test/r/lalonde_reference.R}):
 * {@code e <- fitted(glm(treat ~ age + educ + black + hispan + married + nodegree + re74 + re75, binomial))},
 * weights {@code w} as named per test, estimate {@code coef(lm(re78 ~ treat, weights = w))["treat"]}, standard
 * error with {@code se = hc0} {@code sqrt(vcovHC(lm(re78 ~ treat, weights = w), type = "HC0")["treat", "treat"])}.
 * The default standard error ({@code se = m_estimation}) accounts for the estimated score: its references come from
 * {@code stdlib/src/test/python/ipw_m_estimation.py} (numpy 1.24, the stacked logistic and weighted-mean equations
 * with a complex-step Jacobian, independent of the block formula the code uses).
 */
class InverseProbabilityWeightingTest {
    private static final Table LALONDE = Lalonde.table();

    private static final Map<String, OptionValue> HC0 = Map.of("se", new OptionValue.Word("hc0"));
    private static final double NUMPY_AGREEMENT_SE = 1e-6;

    private static Estimate ipw(Estimand estimand, Map<String, OptionValue> options) {
        return Estimators.find("ipw").orElseThrow().create(options).estimate(LALONDE, Lalonde.query(estimand));
    }

    @Test
    void ateMatchesTheWeightedRegressionWithSandwichErrors() {
        // w <- t/e + (1-t)/(1-e)
        Estimate e = ipw(Estimand.ATE, HC0);
        assertThat(e.value()).isCloseTo(224.676308271438, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(909.47766824843, R_AGREEMENT);
        assertThat(e.ciLow()).isCloseTo(224.676308271438 - Z975 * 909.47766824843, R_AGREEMENT);
        assertThat(e.ciHigh()).isCloseTo(224.676308271438 + Z975 * 909.47766824843, R_AGREEMENT);
        // Kish ESS: sum(w[g])^2 / sum(w[g]^2); range(fitted(ps_fit))
        assertThat(e.statistics().get("effective_sample_size_treated")).isCloseTo(58.3266614799115, R_AGREEMENT);
        assertThat(e.statistics().get("effective_sample_size_control")).isCloseTo(329.0077593876427, R_AGREEMENT);
        assertThat(e.statistics().get("propensity_min")).isCloseTo(0.00908019323660911, R_AGREEMENT);
        assertThat(e.statistics().get("propensity_max")).isCloseTo(0.85315284423233073, R_AGREEMENT);
        assertThat(e.n()).isEqualTo(614);
        assertThat(e.balance()).isPresent();
    }

    @Test
    void stabilizingChangesNeitherEstimateNorError() {
        // w <- t*p/e + (1-t)*(1-p)/(1-e), p = mean(treat): R gives 224.676308271435 and 909.47766824843 again
        Estimate e = ipw(Estimand.ATE, Map.of("stabilized", new OptionValue.Bool(false), "se", new OptionValue.Word("hc0")));
        assertThat(e.value()).isCloseTo(224.676308271435, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(909.47766824843, R_AGREEMENT);
    }

    @Test
    void attWeightsControlsByTheOddsOfTreatment() {
        // w <- t + (1-t)*e/(1-e)
        Estimate e = ipw(Estimand.ATT, HC0);
        assertThat(e.value()).isCloseTo(1214.07122089147, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(824.051711383397, R_AGREEMENT);
        assertThat(e.statistics().get("effective_sample_size_treated")).isCloseTo(185.0, R_AGREEMENT);
        assertThat(e.statistics().get("effective_sample_size_control")).isCloseTo(99.8153863006343, R_AGREEMENT);
    }

    @Test
    void atcWeightsTreatedByTheOddsOfControl() {
        // w <- t*(1-e)/e + (1-t)
        Estimate e = ipw(Estimand.ATC, HC0);
        assertThat(e.value()).isCloseTo(-186.915899117103, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(1164.7005397453, R_AGREEMENT);
        assertThat(e.statistics().get("effective_sample_size_treated")).isCloseTo(31.363336889541, R_AGREEMENT);
    }

    @Test
    void theDefaultErrorAccountsForTheEstimatedScore() {
        // Estimating the score makes the ATE more precise than treating it as known (Lunceford and Davidian 2004)
        assertThat(ipw(Estimand.ATE, Map.of()).stdError()).isCloseTo(876.1931911721596, withinRelative());
        assertThat(ipw(Estimand.ATT, Map.of()).stdError()).isCloseTo(798.1546278316374, withinRelative());
        assertThat(ipw(Estimand.ATC, Map.of()).stdError()).isCloseTo(1130.9821968012022, withinRelative());
        assertThat(ipw(Estimand.ATE, Map.of("normalized", new OptionValue.Bool(false))).stdError())
                .isCloseTo(755.7966323769598, withinRelative());
    }

    @Test
    void anUnknownErrorTypeIsRefusedByName() {
        assertThatThrownBy(() -> ipw(Estimand.ATE, Map.of("se", new OptionValue.Word("hc9"))))
                .isInstanceOf(OptionException.class)
                .hasMessage("ipw option se must be one of hc0, m_estimation, not hc9");
    }

    private static org.assertj.core.data.Percentage withinRelative() {
        return org.assertj.core.data.Percentage.withPercentage(NUMPY_AGREEMENT_SE * 100);
    }

    @Test
    void horvitzThompsonDividesByTheSampleSize() {
        // R: mean(t*y/e) - mean((1-t)*y/(1-e))
        Estimate e = ipw(Estimand.ATE, Map.of("normalized", new OptionValue.Bool(false)));
        assertThat(e.value()).isCloseTo(-449.786909669534, R_AGREEMENT);
    }

    @Test
    void trimmingDropsRowsAndSaysSo() {
        Estimate e = ipw(Estimand.ATE, Map.of("trim", new OptionValue.Number(0.05)));
        double trimmed = e.statistics().get("trimmed");
        assertThat(trimmed).isPositive();
        assertThat(e.n()).isEqualTo(614 - (int) trimmed);
        assertThat(e.notes()).anyMatch(n -> n.startsWith((int) trimmed + " rows with a propensity score outside"));
    }
}

package causal.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import causal.data.CsvReader;
import causal.data.Table;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A treatment with three levels (bronze, the reference as the first in sorted order, gold and silver; simulated
 * effects 5 and 2, confounded by age and income through a multinomial logit): one effect per level.
 *
 * <p>References: Python 3.11, numpy 1.24.2, statsmodels 0.13.5 (Debian) on {@code tiers.csv}: {@code OLS(spend,
 * [1, gold, silver, age, income]).fit(cov_type="HC1")}; {@code MNLogit(tier, [1, age, income]).fit(method="newton",
 * tol=1e-12)} for the propensities, then ψ of each level as in {@link CategoricalTreatment} (Hájek for ipw, a
 * linear model per level for aipw) and the mean and sd/√n of ψ(level) − ψ(bronze).
 */
class CategoricalTreatmentTest {
    private static final Table DATA = CsvReader.read(Path.of("src/test/resources/causal/estimate/tiers.csv"),
            "tiers.csv");
    private static final EffectQuery QUERY = new EffectQuery(Estimand.ATE, "tier", "spend", List.of("age", "income"),
            List.of());

    @Test
    void olsGivesEachLevelsCoefficientWithItsHc1Error() {
        List<Estimate> e = CategoricalTreatment.estimate("ols", DATA, QUERY);
        assertThat(e).extracting(Estimate::treatment).containsExactly("tier=gold", "tier=silver");
        assertThat(e.get(0).value()).isCloseTo(4.806379561523997, within(1e-9));
        assertThat(e.get(0).stdError()).isCloseTo(0.155949356599741, within(1e-9));
        assertThat(e.get(1).value()).isCloseTo(1.6739331668640374, within(1e-9));
        assertThat(e.get(1).stdError()).isCloseTo(0.1403134132097847, within(1e-9));
    }

    @Test
    void ipwWeightsByAMultinomialPropensity() {
        List<Estimate> e = CategoricalTreatment.estimate("ipw", DATA, QUERY);
        assertThat(e.get(0).value()).isCloseTo(4.826429316294894, within(1e-7));
        assertThat(e.get(0).stdError()).isCloseTo(0.20186791908661506, within(1e-7));
        assertThat(e.get(1).value()).isCloseTo(1.659980689155149, within(1e-7));
        assertThat(e.get(1).stdError()).isCloseTo(0.1878406367111373, within(1e-7));
        assertThat(e.get(0).statistics().get("propensity_min")).isCloseTo(0.0446363643496265, within(1e-8));
    }

    @Test
    void aipwAugmentsEachLevelsOutcomeModel() {
        List<Estimate> e = CategoricalTreatment.estimate("aipw", DATA, QUERY);
        assertThat(e.get(0).value()).isCloseTo(4.805871865032204, within(1e-7));
        assertThat(e.get(0).stdError()).isCloseTo(0.16018832845650827, within(1e-7));
        assertThat(e.get(1).value()).isCloseTo(1.675762590272473, within(1e-7));
        assertThat(e.get(1).stdError()).isCloseTo(0.14601597326701654, within(1e-7));
    }

    @Test
    void matchingAndTheAttNeedABinaryTreatment() {
        assertThatThrownBy(() -> CategoricalTreatment.estimate("psm", DATA, QUERY))
                .isInstanceOf(EstimationException.class).hasMessageContaining("use ols, ipw or aipw");
        EffectQuery att = new EffectQuery(Estimand.ATT, "tier", "spend", List.of("age", "income"), List.of());
        assertThatThrownBy(() -> CategoricalTreatment.estimate("ols", DATA, att))
                .isInstanceOf(EstimationException.class).hasMessageContaining("one ATE per level");
    }
}

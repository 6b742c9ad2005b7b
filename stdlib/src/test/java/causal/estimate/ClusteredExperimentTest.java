package causal.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import causal.data.CsvReader;
import causal.data.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A cluster-randomized experiment (40 stores, every shopper of a store in the same arm, store effects with sd 1
 * against shopper noise with sd 2): the difference in means with cluster-robust errors.
 *
 * <p>Reference: R 4.2.2, sandwich 3.0-2 (Debian), on {@code clustered_ab.csv}:
 * {@code m <- lm(basket ~ I(variant == "B")); se <- sqrt(vcovCL(m, cluster = ~store, type = "HC1")[2, 2]);
 * 2 * pt(-abs(coef(m)[2] / se), 39)}.
 */
class ClusteredExperimentTest {
    private static final Table DATA = CsvReader.read(Path.of("src/test/resources/causal/estimate/clustered_ab.csv"),
            "clustered_ab.csv");

    private static Estimate estimate(String keyword) {
        EffectQuery query = new EffectQuery(Estimand.ATE, "variant", "basket", List.of(), List.of(),
                new Design.Experiment("A", 0.5, Optional.of("store")), List.of());
        return Estimators.find(keyword).orElseThrow().create(Map.of()).estimate(DATA, query);
    }

    @Test
    void theDifferenceInMeansHasTheClusterRobustErrorOfVcovCl() {
        Estimate e = estimate("difference");
        assertThat(e.value()).isCloseTo(1.264289350510, within(1e-9));
        assertThat(e.stdError()).isCloseTo(0.281636160057, within(1e-9));
        assertThat(e.pValue()).isCloseTo(0.000061834154, within(1e-10));
        assertThat(e.statistics()).containsEntry("clusters", 40.0);
        // Shoppers of one store are alike, so clustering widens the interval: a design effect well above 1.
        assertThat(e.statistics().get("design_effect")).isGreaterThan(2.0);
    }

    @Test
    void everyFrequentistComparisonUsesTheClusteredError() {
        for (String keyword : List.of("ttest", "welch", "ztest")) {
            assertThat(estimate(keyword).stdError()).as(keyword).isCloseTo(0.281636160057, within(1e-9));
        }
    }

    @Test
    void aClusterWithRowsInBothArmsIsRefusedWithItsRowAndOnlyFrequentistComparisonsTakeClusters() {
        // Clustering by the outcome's value puts equal baskets of different arms in one "cluster".
        EffectQuery byBasket = new EffectQuery(Estimand.ATE, "variant", "basket", List.of(), List.of(),
                new Design.Experiment("A", 0.5, Optional.of("basket")), List.of());
        assertThatThrownBy(() -> Estimators.find("difference").orElseThrow().create(Map.of()).estimate(DATA,
                byBasket)).isInstanceOf(EstimationException.class).hasMessageContaining("has rows in both arms (row");
        assertThatThrownBy(() -> estimate("bayes")).isInstanceOf(EstimationException.class)
                .hasMessageContaining("randomizes clusters");
    }
}

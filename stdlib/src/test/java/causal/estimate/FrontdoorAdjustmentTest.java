package causal.estimate;

import causal.data.CsvReader;
import causal.data.Table;
import causal.options.OptionValue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The front door with linear models on simulated data (stdlib/src/test/resources/estimate/frontdoor.csv: a latent
 * u confounds smoking and cancer; smoking moves tar and tar2, which move cancer), against R 4.2.2:
 * {@code coef(lm(tar ~ smoking))[2] * coef(lm(cancer ~ tar + smoking))[2]}.
 */
class FrontdoorAdjustmentTest {
    private static Table data() throws Exception {
        Path file = Path.of(FrontdoorAdjustmentTest.class.getResource("/estimate/frontdoor.csv").toURI());
        return CsvReader.read(file, "frontdoor.csv");
    }

    private static Estimate estimate(List<String> mediators, int runs, long seed) throws Exception {
        Estimator e = FrontdoorAdjustment.SPEC.create(Map.of("runs", new OptionValue.Number(runs), "seed",
                new OptionValue.Number(seed)));
        return e.estimate(data(), new EffectQuery(Estimand.ATE, "smoking", "cancer", mediators, List.of(),
                new Design.Frontdoor(mediators)));
    }

    @Test
    void oneMediatorIsTheProductOfTheTwoRegressionsAsInR() throws Exception {
        // R: 3.18606759103565
        Estimate e = estimate(List.of("tar"), 200, 1);
        assertThat(e.value()).isCloseTo(3.18606759103565, within(3.18606759103565 * 1e-9));
        assertThat(e.statistics()).containsKeys("effect_on_tar", "effect_of_tar");
        assertThat(e.statistics().get("effect_on_tar") * e.statistics().get("effect_of_tar"))
                .isCloseTo(e.value(), within(1e-12));
    }

    @Test
    void twoMediatorsSumTheirPaths() throws Exception {
        // R: a1 * b1 + a2 * b2 with b from lm(cancer ~ tar + tar2 + smoking): 2.35994919953431
        Estimate e = estimate(List.of("tar", "tar2"), 200, 1);
        assertThat(e.value()).isCloseTo(2.35994919953431, within(2.35994919953431 * 1e-9));
    }

    @Test
    void theBootstrapIsTheSameForTheSameSeedAndMovesWithIt() throws Exception {
        Estimate a = estimate(List.of("tar"), 200, 7);
        Estimate b = estimate(List.of("tar"), 200, 7);
        Estimate c = estimate(List.of("tar"), 200, 8);
        assertThat(a.stdError()).isEqualTo(b.stdError());
        assertThat(c.stdError()).isNotEqualTo(a.stdError());
        // The bootstrap SE of a product of two OLS coefficients is near the delta-method (Sobel) value.
        assertThat(a.stdError()).isBetween(0.1, 0.6);
        assertThat(a.ciLow()).isLessThan(a.value()).isGreaterThan(a.value() - 4 * a.stdError());
    }
}

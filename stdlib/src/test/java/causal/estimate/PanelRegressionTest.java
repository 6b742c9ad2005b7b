package causal.estimate;

import causal.options.OptionValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import causal.data.CsvReader;
import causal.data.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code twfe} on a {@code panel(state, year)} design, on Stock and Watson's traffic fatalities (AER's
 * {@code Fatalities}: 48 US states, 1982-1988; fatal_rate = fatal / pop × 10,000), the textbook panel regression
 * of the fatality rate on the beer tax with state and year fixed effects (Stock and Watson, Introduction to
 * Econometrics, eq. 10.21: −0.64).
 *
 * <p>References: R 4.2.2 with sandwich 3.0-2 and plm 2.6-2 (Debian packages), script in the comments below. The
 * coefficient is lm's with state and year dummies. fixest is not packaged for Debian, so its clustered standard
 * error is computed from its documented formula on sandwich's unadjusted meat: V = V_CR0 × G/(G − 1) × (n − 1)/(n
 * − K), K = 8 (beertax plus the 7 year effects; the state effects are nested in the state clusters), and for
 * two-way clustering by state and year V = (V_state + V_year − V_state×year) × min(G)/(min(G) − 1) × (n − 1)/(n −
 * K) with K = 3 (both effects nested).
 */
class PanelRegressionTest {
    private static final Table FATALITIES = CsvReader.read(Path.of("src/test/resources/causal/panel/fatalities.csv"),
            "fatalities.csv");
    private static final Design PANEL = new Design.Panel("state", "year");

    private static Estimate twfe(Map<String, OptionValue> options, List<String> controls) {
        EffectQuery query = new EffectQuery(Estimand.ATE, "beertax", "fatal_rate", List.of(), controls, PANEL,
                List.of());
        return Estimators.find("twfe", Design.Kind.PANEL).orElseThrow().create(options).estimate(FATALITIES, query);
    }

    @Test
    void theBeerTaxCoefficientWithStateAndYearEffectsIsStockAndWatsons() {
        Estimate e = twfe(Map.of(), List.of());
        // coef(lm(fatal_rate ~ beertax + factor(state) + factor(year)))["beertax"] = -0.639979985707
        assertThat(e.value()).isCloseTo(-0.639979985707, within(1e-9));
        // sqrt(vcovCL(m, cluster = ~state, type = "HC0", cadjust = FALSE)[2, 2] * 48/47 * 335/328)
        assertThat(e.stdError()).isCloseTo(0.357078345548, within(1e-9));
        assertThat(e.statistics()).containsEntry("units", 48.0).containsEntry("periods", 7.0)
                .containsEntry("clusters", 48.0);
    }

    @Test
    void aControlAndTwoWayClusteringByStateAndYear() {
        Estimate e = twfe(Map.of("se", new OptionValue.Call("cluster",
                List.of(new OptionValue.Word("state"), new OptionValue.Word("year")))), List.of("unemp"));
        // coef(lm(fatal_rate ~ beertax + unemp + factor(state) + factor(year)))
        assertThat(e.value()).isCloseTo(-0.539767761269, within(1e-9));
        assertThat(e.statistics().get("coef_unemp")).isCloseTo(-0.095103985459, within(1e-9));
        // (V_state + V_year - V_state:year) * 7/6 * 335/333, each V from vcovCL(type = "HC0", cadjust = FALSE)
        assertThat(e.stdError()).isCloseTo(0.292997103186, within(1e-9));
    }

    @Test
    void unitEffectsOnly() {
        Estimate e = twfe(Map.of("effects", new OptionValue.Word("unit"), "se",
                new OptionValue.Call("cluster", List.of(new OptionValue.Word("state")))), List.of());
        // coef(lm(fatal_rate ~ beertax + factor(state)))["beertax"] = -0.655873722150
        assertThat(e.value()).isCloseTo(-0.655873722150, within(1e-9));
        assertThat(e.statistics()).doesNotContainKey("periods");
    }

    @Test
    void anUnknownEffectsWordIsAnOptionError() {
        assertThatThrownBy(() -> twfe(Map.of("effects", new OptionValue.Word("individual")), List.of()))
                .isInstanceOf(OptionException.class).hasMessageContaining("effects");
    }
}

package causal.design;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Two-way fixed effects on the shared store panel (40 stores × 4 periods, stores with nj = 1 treated from period 2),
 * against R 4.2.2: {@code lm(sales ~ D + factor(store) + factor(period))} with D = nj × (period ≥ 2), and
 * {@code sandwich::vcovCL(m, cluster = ~store, type = "HC0", cadjust = TRUE) * (n - 1) / (n - K)}, K = 1 + (T − 1)
 * (stdlib/src/test/resources/design; script in the test's comments).
 */
class TwoWayFixedEffectsTest {
    private record Panel(double[] y, double[] d, int[] unit, int units, int[] time, int periods) {}

    private static Panel read(String file) throws IOException, URISyntaxException {
        return read(file, "store", "period", "sales");
    }

    /** Stores: d = nj × (period ≥ 2); any other file: the column named {@code treatment} as it is. */
    private static Panel read(String file, String unitColumn, String timeColumn, String outcome)
            throws IOException, URISyntaxException {
        List<String> lines = Files.readAllLines(Path.of(TwoWayFixedEffectsTest.class.getResource("/design/" + file)
                .toURI()));
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        int n = lines.size() - 1;
        double[] y = new double[n];
        double[] d = new double[n];
        int[] unit = new int[n];
        int[] time = new int[n];
        Map<String, Integer> units = new LinkedHashMap<>();
        Map<String, Integer> periods = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).replace("\"", "").split(",");
            String store = cells[header.indexOf(unitColumn)];
            String period = cells[header.indexOf(timeColumn)];
            unit[i] = units.computeIfAbsent(store, k -> units.size());
            time[i] = periods.computeIfAbsent(period, k -> periods.size());
            y[i] = Double.parseDouble(cells[header.indexOf(outcome)]);
            if (header.contains("beertax")) {
                d[i] = Double.parseDouble(cells[header.indexOf("beertax")]);
            } else {
                boolean post = Double.parseDouble(period) >= 2;
                d[i] = post && Double.parseDouble(cells[header.indexOf("nj")]) == 1 ? 1 : 0;
            }
        }
        return new Panel(y, d, unit, units.size(), time, periods.size());
    }

    private static TwoWayFixedEffects.Fit fit(Panel p, TwoWayFixedEffects.Errors errors) {
        return TwoWayFixedEffects.fit(p.y(), p.d(), p.unit(), p.units(), p.time(), p.periods(), p.unit(), p.units(),
                errors, true);
    }

    @Test
    void withCommonTimingTwfeIsTheDifferenceOfTheFourMeans() throws Exception {
        // coef(m)["D"] = 8.26087499999995; the 2×2 difference of means = 8.260875
        TwoWayFixedEffects.Fit f = fit(read("stores_panel.csv"), TwoWayFixedEffects.Errors.CLUSTER);
        assertThat(f.coefficient()).isCloseTo(8.260875, within(8.260875 * 1e-9));
        // sqrt(vcovCL(HC0, cadjust) * (n - 1) / (n - K)) = 0.311622152609499
        assertThat(f.stdError()).isCloseTo(0.311622152609499, within(0.311622152609499 * 1e-9));
        assertThat(f.sweeps()).isLessThanOrEqualTo(2);
        assertThat(f.clusters()).isEqualTo(40);
    }

    @Test
    void classicalAndHc1MatchLm() throws Exception {
        // summary(m)$coefficients["D", 2] = 0.328539427680982; sqrt(vcovHC(m, type = "HC1")["D", "D"]) = 0.32853942768098
        Panel p = read("stores_panel.csv");
        assertThat(fit(p, TwoWayFixedEffects.Errors.CLASSICAL).stdError()).isCloseTo(0.328539427680982,
                within(1e-9));
        assertThat(fit(p, TwoWayFixedEffects.Errors.HC1).stdError()).isCloseTo(0.32853942768098, within(1e-9));
    }

    @Test
    void anUnbalancedPanelConvergesToLmsAnswer() throws Exception {
        // 17 rows dropped (set.seed(3); sample(nrow(d), 17)): coef = 8.5113171976715, clustered se = 0.323014107713863
        TwoWayFixedEffects.Fit f = fit(read("unbalanced.csv"), TwoWayFixedEffects.Errors.CLUSTER);
        assertThat(f.coefficient()).isCloseTo(8.5113171976715, within(8.5113171976715 * 1e-9));
        assertThat(f.stdError()).isCloseTo(0.323014107713863, within(0.323014107713863 * 1e-8));
        assertThat(f.sweeps()).isGreaterThan(2);
    }

    @Test
    void aTreatmentAbsorbedByTheFixedEffectsIsRefused() {
        double[] y = {1, 2, 3, 4};
        double[] d = {1, 1, 0, 0};
        int[] unit = {0, 0, 1, 1};
        int[] time = {0, 1, 0, 1};
        assertThatThrownBy(() -> TwoWayFixedEffects.fit(y, d, unit, 2, time, 2, unit, 2,
                TwoWayFixedEffects.Errors.CLUSTER, true)).isInstanceOf(DesignException.class)
                .hasMessageContaining("does not vary");
    }

    @Test
    void theBeerTaxFatalitiesRegressionOfStockAndWatson() throws Exception {
        // AER's Fatalities (48 states, 1982-1988), fatality rate per 10,000 on the beer tax with state and year
        // effects (Stock and Watson, ch. 10: -0.64). R 4.2.2: coef(lm(frate ~ beertax + factor(state) +
        // factor(year)))["beertax"] = -0.639979985706866 (plm's twoways within estimator agrees); clustered by
        // state, sqrt(vcovCL(type = "HC0", cadjust = TRUE) * (n - 1) / (n - K)), K = 1 + (T - 1) = 0.356535260297592
        // (fixest's default small-sample factor; plm's vcovHC(type = "HC1", cluster = "group") uses another and
        // gives 0.350149554143010); classical 0.197376785963687; HC1 0.254714892145948.
        Panel p = read("fatalities.csv", "state", "year", "frate");
        TwoWayFixedEffects.Fit f = fit(p, TwoWayFixedEffects.Errors.CLUSTER);
        assertThat(f.coefficient()).isCloseTo(-0.639979985706866, within(0.639979985706866 * 1e-9));
        assertThat(f.stdError()).isCloseTo(0.356535260297592, within(0.356535260297592 * 1e-8));
        assertThat(fit(p, TwoWayFixedEffects.Errors.CLASSICAL).stdError()).isCloseTo(0.197376785963687,
                within(1e-9));
        assertThat(fit(p, TwoWayFixedEffects.Errors.HC1).stdError()).isCloseTo(0.254714892145948, within(1e-9));
    }

    @Test
    void anEventStudyHasLeadsAndLagsAroundTheReferencePeriod() throws Exception {
        // R 4.2.2 on the store panel: event-time dummies -2, 0, 1 (reference -1) in lm with store and period
        // dummies: -0.0734549999999833, 8.1342650000000365, 8.3140300000000096; clustered by store
        // (vcovCL HC0 cadjust, times (n - 1) / (n - 3 - 3)): 0.549064156520805, 0.474075179587244,
        // 0.430560788909772; the average of the lags 8.22414750000002 (SE 0.405131990546855).
        Panel p = read("stores_panel.csv");
        double[] treated = new double[p.y().length];
        double[] post = new double[p.y().length];
        for (int i = 0; i < treated.length; i++) {
            post[i] = p.d()[i];
            treated[i] = treatedUnit(p, p.unit()[i]) ? 1 : 0;
        }
        EventStudy.Fit f = EventStudy.fit(p.y(), treated, post, p.unit(), p.units(), p.time(), p.periods());
        assertThat(f.periods()).extracting(EventStudy.Period::eventTime).containsExactly(-2, 0, 1);
        assertThat(f.periods().get(0).estimate()).isCloseTo(-0.0734549999999833, within(1e-9));
        assertThat(f.periods().get(1).estimate()).isCloseTo(8.1342650000000365, within(1e-9));
        assertThat(f.periods().get(2).estimate()).isCloseTo(8.3140300000000096, within(1e-9));
        assertThat(f.periods().get(0).stdError()).isCloseTo(0.549064156520805, within(1e-9));
        assertThat(f.periods().get(1).stdError()).isCloseTo(0.474075179587244, within(1e-9));
        assertThat(f.periods().get(2).stdError()).isCloseTo(0.430560788909772, within(1e-9));
        assertThat(f.averagePost()).isCloseTo(8.22414750000002, within(1e-9));
        assertThat(f.averagePostStdError()).isCloseTo(0.405131990546855, within(1e-9));
    }

    /** A unit is treated when any of its rows is treated and after. */
    private static boolean treatedUnit(Panel p, int unit) {
        for (int i = 0; i < p.y().length; i++) {
            if (p.unit()[i] == unit && p.d()[i] == 1) {
                return true;
            }
        }
        return false;
    }
}

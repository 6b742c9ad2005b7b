package causal.panel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Stock and Watson's beer-tax regression (Introduction to Econometrics, ch. 10: fatality rate per 10,000 on the
 * real beer tax with state and year fixed effects, −0.64), on AER's {@code Fatalities} (48 states, 1982-1988,
 * resources/panel/fatalities.csv). Every reference value comes from stdlib/src/test/r/fatalities_reference.R,
 * run with R 4.2.2, AER 1.2-10, plm 2.6-2, sandwich 3.0-2, where {@code m <- lm(frate ~ beertax + state + year)}.
 */
class FatalitiesRegressionTest {
    private static final double REL = 1e-6;

    private final PanelFile file = PanelFile.read("fatalities.csv");
    private final Factor state = file.factor("state");
    private final Factor year = Factor.fromValues("year", file.integers("year"));

    private double[] fatalityRate() {
        double[] fatal = file.numbers("fatal");
        double[] pop = file.numbers("pop");
        double[] rate = new double[fatal.length];
        for (int i = 0; i < rate.length; i++) {
            rate[i] = fatal[i] / pop[i] * 10000;
        }
        return rate;
    }

    private FixedEffectsFit fit(StandardErrors errors, FixedEffectsRegression.Options options) {
        return FixedEffectsRegression.fit("frate", fatalityRate(), Regressors.of("beertax", file.numbers("beertax")),
                List.of(state, year), errors, options);
    }

    private FixedEffectsFit fit(StandardErrors errors) {
        return fit(errors, FixedEffectsRegression.Options.DEFAULTS);
    }

    private static void assertRelClose(double expected, double actual) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * REL));
    }

    @Test
    void theBeerTaxCoefficientIsStockAndWatsonsMinusPointSixFour() {
        FixedEffectsFit f = fit(StandardErrors.clustered(state));
        // R: coef(m)["beertax"] = -0.639979985706866
        assertRelClose(-0.639979985706866, f.coefficient("beertax").estimate());
        // R: coef(plm(frate ~ beertax, index = c("state", "year"), model = "within", effect = "twoways"))
        //   = -0.639979985706868
        assertRelClose(-0.639979985706868, f.coefficient("beertax").estimate());
        // Stock and Watson, printed to two digits
        assertThat(f.coefficient("beertax").estimate()).isCloseTo(-0.64, within(0.005));
    }

    @Test
    void stateClusteredErrorsUseFixestsDefaultSmallSampleFactors() {
        FixedEffectsFit f = fit(StandardErrors.clustered(state));
        // R: sqrt(vcovCL(m, cluster = ~state, type = "HC0", cadjust = TRUE) * (n-1)/(n-8)) = 0.357078345548089,
        // i.e. fixest's ssc(adj = TRUE, fixef.K = "nested", cluster.adj = TRUE): G/(G-1) (n-1)/(n-K), K = 1 + 7
        // (beertax and the year effects with the intercept; the state effects are nested in the clusters)
        assertRelClose(0.357078345548089, f.coefficient("beertax").stdError());
        assertThat(f.parametersK()).isEqualTo(8);
        assertThat(f.clusters()).isEqualTo(48);
        assertThat(f.tDegreesOfFreedom()).isEqualTo(47);
        // plm's vcovHC(type = "HC1", cluster = "group") gives 0.35014955414301 with its own factor n/(n - 1)
        // and no G/(G-1): a different convention, deliberately not matched.
    }

    @Test
    void countingEveryFixedEffectGivesSandwichsHc1OnTheDummyRegression() {
        FixedEffectsFit f = fit(StandardErrors.clustered(state),
                FixedEffectsRegression.Options.DEFAULTS.withCorrection(SmallSampleCorrection.SANDWICH_ON_DUMMIES));
        // R: sqrt(vcovCL(m, cluster = ~state, type = "HC1")["beertax", "beertax"]) = 0.385786721792342
        // (fixest's ssc(fixef.K = "full"), as fixest's own tests/testthat/test-sandwich.R compares)
        assertRelClose(0.385786721792342, f.coefficient("beertax").stdError());
        assertThat(f.parametersK()).isEqualTo(1 + 48 + 7 - 1);
    }

    @Test
    void classicalAndHeteroskedasticErrorsMatchLmWithDummies() {
        FixedEffectsFit classical = fit(StandardErrors.classical());
        // R: summary(m)$coefficients["beertax", 2] = 0.197376785963687; df.residual(m) = 281
        assertRelClose(0.197376785963687, classical.coefficient("beertax").stdError());
        assertThat(classical.residualDegreesOfFreedom()).isEqualTo(281);
        assertThat(classical.absorbedLevels()).isEqualTo(48 + 7 - 1);
        // R: sqrt(vcovHC(m, type = "HC1")["beertax", "beertax"]) = 0.254714892145948
        assertRelClose(0.254714892145948, fit(StandardErrors.heteroskedastic()).coefficient("beertax").stdError());
    }

    @Test
    void twoWayClusteringByStateAndYearMatchesSandwichsInclusionExclusion() {
        FixedEffectsFit conventional = fit(StandardErrors.twoWayClustered(state, year),
                FixedEffectsRegression.Options.DEFAULTS.withCorrection(SmallSampleCorrection.SANDWICH_ON_DUMMIES));
        // R: sqrt(vcovCL(m, cluster = ~state + year, type = "HC1")["beertax", "beertax"]) = 0.333361689542837:
        // each of V_state, V_year, V_state:year with its own G/(G-1), then (n-1)/(n-K), K = 55
        assertRelClose(0.333361689542837, conventional.coefficient("beertax").stdError());

        FixedEffectsFit fixest = fit(StandardErrors.twoWayClustered(state, year));
        // R: sqrt(vcovCL(m, cluster = ~state + year, type = "HC0", cadjust = FALSE) * 7/6 * (n-1)/(n-2))
        //   = 0.320020949489313: fixest's default, one Gmin/(Gmin-1) with Gmin = 7 years, and K = 1 + 1 because
        //   both fixed effects are nested in a cluster
        assertRelClose(0.320020949489313, fixest.coefficient("beertax").stdError());
        assertThat(fixest.clusters()).isEqualTo(7);
        assertThat(fixest.parametersK()).isEqualTo(2);
    }

    @Test
    void aBalancedPanelIsAbsorbedInTwoSweeps() {
        FixedEffectsFit f = fit(StandardErrors.clustered(state));
        assertThat(f.converged()).isTrue();
        assertThat(f.iterations()).isLessThanOrEqualTo(2);
    }
}

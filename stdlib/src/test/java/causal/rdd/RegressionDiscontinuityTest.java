package causal.rdd;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Sharp and fuzzy local polynomial RD on simulated data (resources/causal/rdd/rd_sim.csv: 600 rows, x uniform on
 * [-1, 1], cutoff 0; rd_grid.csv: 500 rows with x on a grid of 0.05; both written by make_data.py). Reference values
 * come from reference.py in the same folder: two statsmodels WLS fits (independent of rdrobust), and rdrobust's own
 * Python package (rdpackages/rdrobust at commit 34aac07: Python rdrobust 2.0.0, the port of R rdrobust 4.0.0), run
 * with Debian's python3 3.11.2, numpy 1.24.2, statsmodels 0.13.5; reference.out beside it holds its output.
 */
class RegressionDiscontinuityTest {
    private static final double REL = 1e-6;

    private final NumericFile sim = NumericFile.read("rd_sim.csv");
    private final double[] x = sim.column("x");
    private final double[] y = sim.column("y");
    private final double[] d = sim.column("d");
    private final RegressionDiscontinuity design = RegressionDiscontinuity.of("x", x, 0);
    private final DiscontinuityOptions defaults = DiscontinuityOptions.DEFAULTS;

    private static void assertRelClose(double expected, double actual) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * REL));
    }

    /** rdrobust's coefficient (conventional, robust) and standard errors (conventional, robust). */
    private static void assertMatches(DiscontinuityEstimate e, double h, double b, double conventional,
            double robust, double se, double robustSe) {
        assertRelClose(h, e.h());
        assertRelClose(b, e.b());
        assertRelClose(conventional, e.estimate());
        assertRelClose(robust, e.robustEstimate());
        assertRelClose(se, e.stdError());
        assertRelClose(robustSe, e.robustStdError());
    }

    @Test
    void localLinearJumpAtAFixedBandwidthIsTheDifferenceOfTwoWeightedLeastSquaresIntercepts() {
        // statsmodels WLS(y, [1, x], weights = 1 - |x|/0.4) on each side within |x| < 0.4, cov_type HC0 and HC1:
        // jump 0.36563177650395806, se 0.09996188604350818 (HC0) and 0.10078256242487857 (HC1).
        DiscontinuityOptions fixed = defaults.withBandwidth(0.4);
        DiscontinuityEstimate hc0 = design.sharp("y", y, fixed.withVariance(VarianceEstimator.HC0));
        assertRelClose(0.36563177650395806, hc0.estimate());
        assertRelClose(0.09996188604350818, hc0.stdError());
        DiscontinuityEstimate hc1 = design.sharp("y", y, fixed.withVariance(VarianceEstimator.HC1));
        assertRelClose(0.10078256242487857, hc1.stdError());
        // rdrobust(y, x, h = 0.4, vce = "hc0") and "hc1": b = h, robust 0.34357792525550224 with se
        // 0.14438463033202492 (hc0) and 0.14616178233593483 (hc1); 120 and 127 rows within h.
        assertMatches(hc0, 0.4, 0.4, 0.36563177650395984, 0.34357792525550224, 0.09996188604350821,
                0.14438463033202492);
        assertRelClose(0.14616178233593483, hc1.robustStdError());
        assertThat(hc0.effectiveLeft()).isEqualTo(120);
        assertThat(hc0.effectiveRight()).isEqualTo(127);
        assertThat(hc0.leftCount() + hc0.rightCount()).isEqualTo(600);
        assertThat(hc0.bandwidths().selection()).isEqualTo("manual");
    }

    @Test
    void defaultEstimateIsRdrobustsMseOptimalBandwidthWithRobustBiasCorrectedInterval() {
        // rdrobust(y, x): mserd, triangular, vce = nn with 3 neighbours, p = 1, q = 2.
        DiscontinuityEstimate e = design.sharp("y", y, defaults);
        assertMatches(e, 0.340805748200322, 0.5230742361164321, 0.3592289629397105, 0.38255109728283276,
                0.11535116285253012, 0.1377719699680296);
        assertRelClose(0.11252299806636079, e.robust().ciLow());
        assertRelClose(0.6525791964993047, e.robust().ciHigh());
        assertRelClose(0.005491424531602834, e.robust().pValue());
        assertRelClose(0.0018443156540743665, e.conventional().pValue());
        assertThat(e.effectiveLeft()).isEqualTo(103);
        assertThat(e.effectiveRight()).isEqualTo(108);
        assertThat(e.bandwidths().selection()).isEqualTo("mserd");
        assertThat(e.fuzzy()).isFalse();
        assertThat(e.notes()).isEmpty();
    }

    @Test
    void givenBiasBandwidthsAndHeteroskedasticityRobustVariancesMatchRdrobust() {
        // rdrobust(y, x, h = 0.4, b = 0.6): nearest neighbours with h < b
        assertMatches(design.sharp("y", y, defaults.withBandwidth(0.4).withBiasBandwidth(0.6)), 0.4, 0.6,
                0.36563177650395984, 0.38179866700486753, 0.10703745412922236, 0.12780259536995708);
        // rdrobust(y, x, h = 0.3, b = 0.5, vce = "hc3")
        assertMatches(design.sharp("y", y, defaults.withBandwidth(0.3).withBiasBandwidth(0.5)
                .withVariance(VarianceEstimator.HC3)), 0.3, 0.5, 0.3638110354387305, 0.3817089182315362,
                0.11702920864458109, 0.13695417254173675);
        // rdrobust(y, x, h = 0.5, b = 0.3, vce = "hc2"): b < h, so the rows within h carry the correction
        assertMatches(design.sharp("y", y, defaults.withBandwidth(0.5).withBiasBandwidth(0.3)
                .withVariance(VarianceEstimator.HC2)), 0.5, 0.3, 0.3395613770053406, 0.2305695117849882,
                0.08952470227048497, 0.29798635347941327);
    }

    @Test
    void otherKernelsOrdersAndCutoffsMatchRdrobust() {
        // rdrobust(y, x, kernel = "uniform")
        assertMatches(design.sharp("y", y, defaults.withKernel(Kernel.UNIFORM)), 0.24595699304990382,
                0.4112192270882676, 0.39987283652294825, 0.4254424120740308, 0.11918245705927172,
                0.14254123691640927);
        // rdrobust(y, x, kernel = "epanechnikov", p = 2)
        assertMatches(design.sharp("y", y, defaults.withKernel(Kernel.EPANECHNIKOV).withOrder(2)),
                0.46317244569479493, 0.5993599424228054, 0.38122703578035755, 0.3900453091498939,
                0.13979129220788894, 0.1634671835829724);
        // rdrobust(y, x, c = 0.25)
        DiscontinuityEstimate shifted = RegressionDiscontinuity.of("x", x, 0.25).sharp("y", y, defaults);
        assertMatches(shifted, 0.23154088070328724, 0.40636600185376115, 0.2101197975809055, 0.27991965369210225,
                0.16254730025378522, 0.1835378486688435);
        assertThat(shifted.effectiveLeft()).isEqualTo(84);
        assertThat(shifted.effectiveRight()).isEqualTo(58);
    }

    @Test
    void fuzzyEstimateIsTheRatioOfTheOutcomesJumpToTheTreatmentsJump() {
        DiscontinuityOptions fixed = defaults.withBandwidth(0.5);
        DiscontinuityEstimate fuzzy = design.fuzzy("y", y, "d", d, fixed);
        double outcomeJump = design.sharp("y", y, fixed).estimate();
        double treatmentJump = design.sharp("d", d, fixed).estimate();
        assertThat(fuzzy.estimate()).isCloseTo(outcomeJump / treatmentJump, within(1e-12));
        FirstStage first = fuzzy.firstStage().orElseThrow();
        assertThat(first.conventional().estimate()).isCloseTo(treatmentJump, within(1e-12));
        assertThat(first.conventional().stdError())
                .isCloseTo(design.sharp("d", d, fixed).stdError(), within(1e-12));
        // rdrobust(y, x, fuzzy = d, h = 0.5): tau_T 0.5504888799563525 (se 0.09096586222046553), bias-corrected
        // 0.6991757780090235 (robust se 0.1236355671226044)
        assertMatches(fuzzy, 0.5, 0.5, 0.6168360331497776, 0.5383944812309838, 0.1265000967327142,
                0.18820215693209144);
        assertRelClose(0.5504888799563525, first.conventional().estimate());
        assertRelClose(0.09096586222046553, first.conventional().stdError());
        assertRelClose(0.6991757780090235, first.robust().estimate());
        assertRelClose(0.1236355671226044, first.robust().stdError());
        assertThat(first.treatment()).isEqualTo("d");
    }

    @Test
    void fuzzyDefaultSelectsTheBandwidthForTheRatioAsRdrobust() {
        // rdrobust(y, x, fuzzy = d)
        DiscontinuityEstimate fuzzy = design.fuzzy("y", y, "d", d, defaults);
        assertMatches(fuzzy, 0.2755958045144094, 0.40311816973650877, 0.5748073909666197, 0.5348929401831399,
                0.14821900130433027, 0.18316802891362344);
        assertRelClose(0.1758902003932467, fuzzy.robust().ciLow());
        assertRelClose(0.8938956799730331, fuzzy.robust().ciHigh());
        FirstStage first = fuzzy.firstStage().orElseThrow();
        assertRelClose(0.6411654233361048, first.conventional().estimate());
        assertRelClose(0.13409149021939715, first.robust().stdError());
        assertThat(fuzzy.notes()).isEmpty();
    }

    @Test
    void massPointsAdjustTheBandwidthSelectorAndTiesShareTheirNeighbours() {
        NumericFile grid = NumericFile.read("rd_grid.csv");
        RegressionDiscontinuity onGrid = RegressionDiscontinuity.of("x", grid.column("x"), 0);
        // rdrobust(y, x) warns "Mass points detected in the running variable" and adjusts
        DiscontinuityEstimate adjusted = onGrid.sharp("y", grid.column("y"), defaults);
        assertMatches(adjusted, 0.3297084621407704, 0.5204849726333789, 0.28468312363320836, 0.2963809816564418,
                0.059900926047339015, 0.07469781909288682);
        assertThat(adjusted.effectiveLeft()).isEqualTo(77);
        assertThat(adjusted.effectiveRight()).isEqualTo(67);
        assertThat(adjusted.notes()).singleElement().asString().contains("mass points");
        // rdrobust(y, x, masspoints = "off")
        assertMatches(onGrid.sharp("y", grid.column("y"), defaults.withMassPoints(false)), 0.31977492363901855,
                0.5392945262956153, 0.2850312463543354, 0.29480596679964766, 0.060680701385697054,
                0.07406068210475096);
    }

    @Test
    void covariatesDeterminedBeforeTreatmentDoNotJumpAndOthersDo() {
        CovariateBalance balance = design.balance(List.of("age", "income"),
                new double[][] {sim.column("age"), sim.column("income")}, defaults);
        DiscontinuityEstimate age = balance.covariates().get(0);
        DiscontinuityEstimate income = balance.covariates().get(1);
        // rdrobust(age, x) and rdrobust(income, x), each with its own mserd bandwidth
        assertMatches(age, 0.2940075867263758, 0.44144563848645824, -0.6680130561638649, -0.6205470089716201,
                0.502449337944822, 0.597031057177245);
        assertRelClose(0.2986242506448622, age.robust().pValue());
        assertMatches(income, 0.28570283172676114, 0.41549776954873036, 0.47061235773818844, 0.4670422975838151,
                0.11590372791546258, 0.14030451758759757);
        assertRelClose(0.0008722855881422741, income.robust().pValue());
        assertThat(balance.imbalanced(0.95)).extracting(DiscontinuityEstimate::outcome).containsExactly("income");
        assertThat(age.outcome()).isEqualTo("age");
    }

    @Test
    void estimateDoesNotDependOnTheOrderOfTheRows() {
        int n = x.length;
        double[] xr = new double[n];
        double[] yr = new double[n];
        for (int i = 0; i < n; i++) {
            xr[i] = x[n - 1 - i];
            yr[i] = y[n - 1 - i];
        }
        DiscontinuityEstimate forward = design.sharp("y", y, defaults);
        DiscontinuityEstimate reversed = RegressionDiscontinuity.of("x", xr, 0).sharp("y", yr, defaults);
        assertThat(reversed.robustEstimate()).isCloseTo(forward.robustEstimate(), within(1e-12));
        assertThat(reversed.h()).isCloseTo(forward.h(), within(1e-12));
    }
}

package causal.rdd;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Cattaneo-Jansson-Ma density test on resources/causal/rdd/density.csv (make_data.py: 2000 standard normal
 * draws, and the same with 35% of the units in (-0.5, 0.2) pushed just above the cutoff 0.2) and on the grid of
 * rd_grid.csv. Reference values from reference.py: rddensity's own Python package, version 3.0
 * (rdpackages/rddensity at commit 94a4583) with Debian's python3 3.11.2, numpy 1.24.2, scipy 1.10.1, sympy 1.14.0;
 * output in reference.out.
 */
class DensityTestTest {
    private static final double REL = 1e-6;
    private final NumericFile data = NumericFile.read("density.csv");
    private final DensityTest.Options defaults = DensityTest.Options.DEFAULTS;

    private static void assertRelClose(double expected, double actual) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * REL));
    }

    @Test
    void smoothDensityDoesNotRejectAndMatchesRddensity() {
        // rddensity(smooth, c = 0.2): p = 2, q = 3, triangular, jackknife, bwselect = "comb"
        DensityTestResult r = DensityTest.test("smooth", data.column("smooth"), 0.2, defaults);
        assertRelClose(0.8352639682118306, r.hLeft());
        assertRelClose(1.0187863693832706, r.hRight());
        assertRelClose(0.4525837944751036, r.densityLeft());
        assertRelClose(0.4497375223235049, r.densityRight());
        assertRelClose(0.05964591553281614, r.stdErrorLeft());
        assertRelClose(0.04954739255477968, r.stdErrorRight());
        assertRelClose(0.07754082375541337, r.stdError());
        assertRelClose(-0.0367067566960173, r.statistic());
        assertRelClose(0.9707188212110422, r.pValue());
        assertThat(r.effectiveLeft()).isEqualTo(653);
        assertThat(r.effectiveRight()).isEqualTo(645);
        assertThat(r.pValue()).isGreaterThan(0.05);
        assertThat(r.logDifference()).isCloseTo(Math.log(0.4497375223235049 / 0.4525837944751036), within(1e-6));
        assertThat(r.selection()).isEqualTo("comb");
    }

    @Test
    void unitsPushedAcrossTheCutoffLeaveAJumpInTheDensity() {
        // rddensity(manipulated, c = 0.2)
        DensityTestResult r = DensityTest.test("manipulated", data.column("manipulated"), 0.2, defaults);
        assertRelClose(0.5018810228636964, r.hLeft());
        assertRelClose(0.4057651005694985, r.hRight());
        assertRelClose(0.2930228702350875, r.densityLeft());
        assertRelClose(1.0598038273854755, r.densityRight());
        assertRelClose(0.13410790238097328, r.stdError());
        assertRelClose(5.717641865519001, r.statistic());
        assertRelClose(1.080124900632029e-08, r.pValue());
        assertThat(r.effectiveLeft()).isEqualTo(273);
        assertThat(r.effectiveRight()).isEqualTo(482);
        assertThat(r.logDifference()).isGreaterThan(1);
    }

    @Test
    void givenBandwidthAndOtherKernelsMatchRddensity() {
        double[] smooth = data.column("smooth");
        // rddensity(smooth, c = 0.2, h = 0.5)
        DensityTestResult fixed = DensityTest.test("smooth", smooth, 0.2, defaults.withBandwidth(0.5));
        assertRelClose(0.47168549495583534, fixed.densityLeft());
        assertRelClose(0.49312384539439336, fixed.densityRight());
        assertRelClose(0.10972592528727218, fixed.stdError());
        assertRelClose(0.19538090366912395, fixed.statistic());
        assertThat(fixed.effectiveLeft()).isEqualTo(408);
        assertThat(fixed.effectiveRight()).isEqualTo(363);
        assertThat(fixed.selection()).isEqualTo("manual");
        // rddensity(smooth, c = 0.2, kernel = "uniform", p = 1)
        DensityTestResult uniform = DensityTest.test("smooth", smooth, 0.2,
                defaults.withKernel(Kernel.UNIFORM).withOrder(1));
        assertRelClose(0.2905749910362079, uniform.hLeft());
        assertRelClose(0.25187956624527313, uniform.hRight());
        assertRelClose(0.45301204930831823, uniform.densityLeft());
        assertRelClose(0.48385023969451607, uniform.densityRight());
        assertRelClose(0.09373698984864233, uniform.stdError());
        assertRelClose(0.742166003512132, uniform.pValue());
    }

    @Test
    void repeatedValuesAreCorrectedAsRddensityDoes() {
        // rddensity(x, c = 0) on the 0.05 grid of rd_grid.csv
        DensityTestResult r = DensityTest.test("x", NumericFile.read("rd_grid.csv").column("x"), 0, defaults);
        assertRelClose(1.0, r.hLeft());
        assertRelClose(1.0, r.hRight());
        assertRelClose(0.5917073879417316, r.densityLeft());
        assertRelClose(0.2530384033564701, r.densityRight());
        assertRelClose(0.17146931944223856, r.stdError());
        assertRelClose(-1.9750996019981646, r.statistic());
        assertThat(r.effectiveLeft()).isEqualTo(255);
        assertThat(r.effectiveRight()).isEqualTo(245);
        assertThat(r.notes()).singleElement().asString().contains("repeated values");
    }
}

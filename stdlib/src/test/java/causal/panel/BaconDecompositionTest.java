package causal.panel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The Goodman-Bacon decomposition on two simulated panels: panel/staggered.csv (30 units x 8 periods, cohorts
 * first treated in periods 3 and 5 and ten never-treated units, effects growing with time since treatment) and
 * causal/panel/bacon_panel.csv (40 units x 10 years: 4 always treated, cohorts of 8, 10 and 6 units starting in
 * 2003, 2005 and 2008, 12 never treated). Reference values from causal/panel/staggered_reference.py (Python 3.11.7,
 * numpy 2.4.6), which computes each 2x2 as bacondecomp::bacon does: an OLS fit with unit and period dummies on the
 * pair's rows, weighted by bacondecomp's calculate_weights() on those rows and rescaled to sum to 1.
 */
class BaconDecompositionTest {
    private static final double REL = 1e-9;

    private static StaggeredPanel staggered() {
        PanelFile file = PanelFile.read("staggered.csv");
        return StaggeredPanel.ofTreatment(new StaggeredPanel.ColumnNames("unit", "period", "y", "post"),
                file.integers("unit"), file.integers("period"), file.numbers("y"), file.integers("post"));
    }

    private static PanelFile baconFile() {
        return PanelFile.read("/causal/panel/bacon_panel.csv");
    }

    private static StaggeredPanel baconPanel() {
        PanelFile file = baconFile();
        return StaggeredPanel.ofTreatment(new StaggeredPanel.ColumnNames("unit", "period", "y", "treated"),
                file.integers("unit"), file.integers("period"), file.numbers("y"), file.integers("treated"));
    }

    private static void assertRelClose(double expected, double actual) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * REL));
    }

    private static void assertComparison(BaconDecomposition.Comparison c, BaconDecomposition.ComparisonType type,
            int treated, OptionalInt control, double estimate, double weight) {
        assertThat(c.type()).isEqualTo(type);
        assertThat(c.treatedCohort()).isEqualTo(treated);
        assertThat(c.controlCohort()).isEqualTo(control);
        assertRelClose(estimate, c.estimate());
        assertRelClose(weight, c.weight());
    }

    @Test
    void twoCohortsAndNeverTreatedUnitsGiveFourTwoByTwosWhoseWeightedSumIsTheTwfeCoefficient() {
        BaconDecomposition bacon = BaconDecomposition.of(staggered());
        List<BaconDecomposition.Comparison> c = bacon.comparisons();
        assertThat(c).hasSize(4);
        // Equal cohort sizes (10 units each of 30) and 8 periods: the treated shares are 5/8 and 3/8, so both
        // comparisons of a cohort with the never treated weigh 5/14 and the two timing comparisons 1/7 each.
        assertComparison(c.get(0), BaconDecomposition.ComparisonType.EARLIER_VS_LATER_TREATED, 3, OptionalInt.of(5),
                2.03315179842667, 1.0 / 7);
        assertComparison(c.get(1), BaconDecomposition.ComparisonType.TREATED_VS_UNTREATED, 3, OptionalInt.empty(),
                2.175065358009921, 5.0 / 14);
        assertComparison(c.get(2), BaconDecomposition.ComparisonType.LATER_VS_EARLIER_TREATED, 5, OptionalInt.of(3),
                0.7445541502294118, 1.0 / 7);
        assertComparison(c.get(3), BaconDecomposition.ComparisonType.TREATED_VS_UNTREATED, 5, OptionalInt.empty(),
                1.3347588401262371, 5.0 / 14);
        assertThat(c.get(0).treatedUnits()).isEqualTo(10);
        assertThat(c.get(0).controlUnits()).isEqualTo(10);
        // Theorem 1: the weights sum to 1 and average the 2x2s to the TWFE coefficient, exactly
        assertThat(bacon.totalWeight()).isCloseTo(1.0, within(1e-12));
        assertThat(bacon.weightedSum()).isCloseTo(bacon.twoWayFixedEffects(), within(1e-10));
        // R: coef(lm(y ~ post + factor(unit) + factor(period)))["post"] = 1.6503237777138 (panel_reference.R)
        assertThat(bacon.twoWayFixedEffects()).isCloseTo(1.6503237777138, within(1e-12));
    }

    @Test
    void theDecompositionAddsUpToTheFixedEffectsRegressionOnAPanelWithAlwaysTreatedUnits() {
        PanelFile file = baconFile();
        BaconDecomposition bacon = BaconDecomposition.of(baconPanel());
        FixedEffectsFit twfe = FixedEffectsRegression.fit("y", file.numbers("y"),
                Regressors.of("treated", file.numbers("treated")),
                List.of(Factor.fromValues("unit", file.integers("unit")),
                        Factor.fromValues("period", file.integers("period"))), StandardErrors.classical());
        assertThat(bacon.totalWeight()).isCloseTo(1.0, within(1e-12));
        assertThat(bacon.weightedSum()).isCloseTo(twfe.coefficient("treated").estimate(), within(1e-10));
        assertThat(bacon.twoWayFixedEffects()).isCloseTo(twfe.coefficient("treated").estimate(), within(1e-10));
        // numpy: OLS of y on D with every unit and period dummy = 1.4862312113657636
        assertRelClose(1.4862312113657636, bacon.twoWayFixedEffects());
    }

    @Test
    void everyCohortIsComparedWithEachOtherGroupAndTheAlwaysTreatedOnlyServeAsControls() {
        List<BaconDecomposition.Comparison> c = BaconDecomposition.of(baconPanel()).comparisons();
        var always = BaconDecomposition.ComparisonType.LATER_VS_ALWAYS_TREATED;
        var earlier = BaconDecomposition.ComparisonType.EARLIER_VS_LATER_TREATED;
        var later = BaconDecomposition.ComparisonType.LATER_VS_EARLIER_TREATED;
        var never = BaconDecomposition.ComparisonType.TREATED_VS_UNTREATED;
        OptionalInt untreated = OptionalInt.empty();
        // the always treated are labelled by the first period, 2001, as bacondecomp labels them
        assertThat(c).hasSize(12);
        assertComparison(c.get(0), always, 2003, OptionalInt.of(2001), 1.3797482416057705, 0.04397114393679148);
        assertComparison(c.get(1), earlier, 2003, OptionalInt.of(2005), 1.9079430594539764, 0.027481964960494674);
        assertComparison(c.get(2), earlier, 2003, OptionalInt.of(2008), 2.13673177274417, 0.04122294744074201);
        assertComparison(c.get(3), never, 2003, untreated, 3.4458102641082564, 0.1319134318103744);
        assertComparison(c.get(4), always, 2005, OptionalInt.of(2001), 0.13402368660828332, 0.08244589488148403);
        assertComparison(c.get(5), later, 2005, OptionalInt.of(2003), 0.16859912539044072, 0.08244589488148403);
        assertComparison(c.get(6), earlier, 2005, OptionalInt.of(2008), 1.3378190890008879, 0.06183442116111301);
        assertComparison(c.get(7), never, 2005, untreated, 2.5470868472528942, 0.24733768464445205);
        assertComparison(c.get(8), always, 2008, OptionalInt.of(2001), -0.7440160131569515, 0.04328409481277911);
        assertComparison(c.get(9), later, 2008, OptionalInt.of(2003), -0.9636553925965129, 0.06183442116111301);
        assertComparison(c.get(10), later, 2008, OptionalInt.of(2005), -0.20022029216165663, 0.046375815870834766);
        assertComparison(c.get(11), never, 2008, untreated, 1.4933099716985494, 0.12985228443833732);
    }

    @Test
    void theSummaryByTypeIsBacondecompsTotalWeightAndAverageEstimate() {
        List<BaconDecomposition.TypeSummary> byType = BaconDecomposition.of(baconPanel()).byType();
        assertThat(byType).extracting(s -> s.type().label()).containsExactly("Earlier vs Later Treated",
                "Later vs Always Treated", "Later vs Earlier Treated", "Treated vs Untreated");
        assertThat(byType).extracting(BaconDecomposition.TypeSummary::comparisons).containsExactly(3, 3, 3, 3);
        double[] weights = {0.1305393335623497, 0.16970113363105463, 0.19065613191343184, 0.5091034008931637};
        double[] averages = {1.7101334039625746, 0.23284907298330107, -0.28833138741529757, 2.5111773554262524};
        for (int j = 0; j < 4; j++) {
            assertRelClose(weights[j], byType.get(j).weight());
            assertRelClose(averages[j], byType.get(j).averageEstimate());
        }
        // Effects here grow with time since treatment, so the "forbidden" comparisons, which use already
        // treated units as controls, pull the TWFE coefficient down: their average is negative
        assertThat(byType.get(2).averageEstimate()).isNegative();
    }

    @Test
    void aPanelWithAMissingRowIsRefusedWithTheUnitAndPeriod() {
        PanelFile file = PanelFile.read("staggered.csv");
        int keep = file.rows() - 1;
        assertThatThrownBy(() -> StaggeredPanel.ofTreatment(StaggeredPanel.ColumnNames.DEFAULT,
                java.util.Arrays.copyOf(file.integers("unit"), keep),
                java.util.Arrays.copyOf(file.integers("period"), keep),
                java.util.Arrays.copyOf(file.numbers("y"), keep), java.util.Arrays.copyOf(file.integers("post"), keep)))
                .isInstanceOf(PanelException.class)
                .hasMessage("the panel is not balanced: unit 29 has no row for time 7 (1 of 240 unit-period rows are "
                        + "missing); these methods need every unit in every period, so drop the incomplete units "
                        + "first");
    }

    @Test
    void aTreatmentThatSwitchesOffIsRefusedWithTheUnitAndPeriods() {
        PanelFile file = PanelFile.read("staggered.csv");
        int[] post = file.integers("post");
        // unit 0 is treated from period 3; switch it off in period 6 (row 7 of the unit, 0-based row 6)
        post[6] = 0;
        assertThatThrownBy(() -> StaggeredPanel.ofTreatment(new StaggeredPanel.ColumnNames("unit", "period", "y",
                "post"), file.integers("unit"), file.integers("period"), file.numbers("y"), post))
                .isInstanceOf(PanelException.class)
                .hasMessage("post switches off: unit 0 is treated in period 5 but not in 6; staggered adoption needs "
                        + "a treatment that stays on once it starts");
    }

    @Test
    void oneCohortWithoutAnyOtherGroupLeavesNothingToDecompose() {
        // every unit starts in period 1 of 0..1: D is a function of the period alone
        StaggeredPanel panel = StaggeredPanel.ofTreatment(StaggeredPanel.ColumnNames.DEFAULT, new int[] {1, 1, 2, 2},
                new int[] {0, 1, 0, 1}, new double[] {1, 2, 3, 5}, new int[] {0, 1, 0, 1});
        assertThatThrownBy(() -> BaconDecomposition.of(panel))
                .isInstanceOf(PanelException.class)
                .hasMessageStartingWith("treated is explained by the unit and time effects alone");
    }
}

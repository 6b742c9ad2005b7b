package causal.panel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Callaway and Sant'Anna on panel/staggered.csv (30 units x periods 0..7; ten units first treated in period 3, ten
 * in 5, ten never; the effect is 1 + 0.5 (t - g) from g on). R's did is not installed here, so the reference values
 * come from causal/panel/staggered_reference.py (Python 3.11.7, numpy 2.4.6), which writes out did 2.x's
 * computation for a balanced panel without covariates: each ATT(g,t) as the 2x2 of mean changes, its influence
 * function as DRDID::reg_did_panel's rescaled by n/n1 as compute.att_gt does, se = sqrt(sum(psi^2))/n as att_gt
 * with bstrap = FALSE, and aggte's weights, wif() and getSE() for the aggregations.
 */
class CallawaySantAnnaTest {
    private static final double REL = 1e-9;
    private static final int[] COHORTS = {3, 5};

    private final PanelFile file = PanelFile.read("staggered.csv");
    private final StaggeredPanel panel = StaggeredPanel.ofTreatment(
            new StaggeredPanel.ColumnNames("unit", "period", "y", "post"), file.integers("unit"),
            file.integers("period"), file.numbers("y"), file.integers("post"));

    private static void assertRelClose(double expected, double actual) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * REL));
    }

    private static void assertCells(GroupTimeEffects effects, int firstPeriod, double[] att, double[] se) {
        List<GroupTimeEffect> cells = effects.effects();
        assertThat(cells).hasSize(att.length);
        int perCohort = att.length / 2;
        for (int k = 0; k < att.length; k++) {
            GroupTimeEffect e = cells.get(k);
            assertThat(e.cohort()).isEqualTo(COHORTS[k / perCohort]);
            assertThat(e.period()).isEqualTo(firstPeriod + k % perCohort);
            assertThat(e.estimate()).isCloseTo(att[k], within(1e-12 + Math.abs(att[k]) * REL));
            if (se[k] == 0) {
                assertThat(e.stdError()).isNaN();
            } else {
                assertRelClose(se[k], e.stdError());
            }
        }
    }

    /** Mean over a cohort's units (0 = never treated) of y in period t minus y in period b. */
    private double meanChange(int cohort, int t, int b) {
        double sum = 0;
        int count = 0;
        for (int u = 0; u < panel.units(); u++) {
            int first = panel.firstTreated(u);
            int unitCohort = first == panel.periods() ? 0 : panel.period(first);
            if (unitCohort == cohort) {
                sum += panel.outcome(u, t) - panel.outcome(u, b);
                count++;
            }
        }
        return sum / count;
    }

    @Test
    void eachGroupTimeEffectIsTheCohortsMeanChangeLessTheNeverTreatedOnes() {
        GroupTimeEffects effects = CallawaySantAnna.estimate(panel);
        // post-treatment cells compare with the period before the cohort starts: ATT(3,6) against period 2
        GroupTimeEffect att36 = effects.effect(3, 6);
        assertThat(att36.basePeriod()).isEqualTo(2);
        assertThat(att36.eventTime()).isEqualTo(3);
        assertThat(att36.postTreatment()).isTrue();
        assertThat(att36.estimate()).isCloseTo(meanChange(3, 6, 2) - meanChange(0, 6, 2), within(1e-12));
        assertThat(att36.treatedUnits()).isEqualTo(10);
        assertThat(att36.controlUnits()).isEqualTo(10);
        // with the varying base period (did's default) a pre-treatment cell is a period-on-period placebo
        GroupTimeEffect att52 = effects.effect(5, 2);
        assertThat(att52.basePeriod()).isEqualTo(1);
        assertThat(att52.postTreatment()).isFalse();
        assertThat(att52.estimate()).isCloseTo(meanChange(5, 2, 1) - meanChange(0, 2, 1), within(1e-12));
    }

    @Test
    void anticipationMovesTheBasePeriodBackByThatManyPeriods() {
        GroupTimeEffects effects = CallawaySantAnna.estimate(panel,
                CallawaySantAnna.Options.DEFAULTS.withAnticipation(1));
        GroupTimeEffect att34 = effects.effect(3, 4);
        assertThat(att34.basePeriod()).isEqualTo(1);
        assertThat(att34.estimate()).isCloseTo(meanChange(3, 4, 1) - meanChange(0, 4, 1), within(1e-12));
    }

    @Test
    void withNeverTreatedControlsTheEffectsAndErrorsAreDids() {
        GroupTimeEffects effects = CallawaySantAnna.estimate(panel);
        assertThat(effects.units()).isEqualTo(30);
        assertThat(effects.notes()).isEmpty();
        assertCells(effects, 1, new double[] {0.5983727215475927, 0.21797588513667537, 0.557753129328282,
                2.1558468864522164, 0.7128566484335068, 2.2349831057737894, 3.490012867026907, 0.9390008390151665,
                0.6017105862767607, -1.6294348925601905, 1.1674345242157096, 0.2596876166378441, 0.5998760000133616,
                1.9903996452769266}, new double[] {0.5423459408129894, 0.5716005189640575, 0.6098895182928054,
                0.5893047682391129, 0.4253445458047702, 0.6463316580543933, 0.7956213629103939, 0.4718570376078163,
                0.5716683672206241, 0.627340840865252, 0.6216838938468441, 0.4199248996752127, 0.5584875510365676,
                0.7266580465750881});
        // the pointwise interval is estimate +- qnorm(0.975) se
        GroupTimeEffect e = effects.effect(3, 4);
        assertThat(e.high() - e.estimate()).isCloseTo(1.959963984540054 * e.stdError(), within(1e-9));
    }

    @Test
    void notYetTreatedControlsAlsoUseCohortFiveBeforeItStarts() {
        GroupTimeEffects effects = CallawaySantAnna.estimate(panel,
                CallawaySantAnna.Options.DEFAULTS.withControl(CallawaySantAnna.ControlGroup.NOT_YET_TREATED));
        assertCells(effects, 1, new double[] {0.1288723020400095, -0.08287940800170501, 1.3724705756083773,
                2.386847070624457, 0.7128566484335068, 2.2349831057737894, 3.490012867026907, 0.6398144782413702,
                0.492722643708423, -1.6294348925601905, 1.1674345242157096, 0.2596876166378441, 0.5998760000133616,
                1.9903996452769266}, new double[] {0.5066697535229345, 0.5351827172068944, 0.6114125365344857,
                0.5451211609934755, 0.4253445458047702, 0.6463316580543933, 0.7956213629103939, 0.44334048899297246,
                0.531551446812334, 0.627340840865252, 0.6216838938468441, 0.4199248996752127, 0.5584875510365676,
                0.7266580465750881});
        // in period 4 cohort 5 is not yet treated, so it joins the ten never-treated controls of cohort 3
        assertThat(effects.effect(3, 4).controlUnits()).isEqualTo(20);
        assertThat(effects.effect(3, 5).controlUnits()).isEqualTo(10);
    }

    @Test
    void aUniversalBasePeriodComparesEveryPeriodWithThePeriodBeforeTreatment() {
        GroupTimeEffects effects = CallawaySantAnna.estimate(panel,
                CallawaySantAnna.Options.DEFAULTS.withBasePeriod(CallawaySantAnna.BasePeriod.UNIVERSAL));
        assertCells(effects, 0, new double[] {-0.816348606684268, -0.21797588513667537, 0.0, 0.557753129328282,
                2.1558468864522164, 0.7128566484335068, 2.2349831057737894, 3.490012867026907, -1.0787110569474465,
                -0.13971021793227978, 0.4620003683444808, -1.1674345242157096, 0.0, 0.2596876166378441,
                0.5998760000133616, 1.9903996452769266}, new double[] {0.6721222831928251, 0.5716005189640575, 0.0,
                0.6098895182928054, 0.5893047682391129, 0.4253445458047702, 0.6463316580543933, 0.7956213629103939,
                0.6444029144151104, 0.47210241931790314, 0.530817702335606, 0.6216838938468441, 0.0,
                0.4199248996752127, 0.5584875510365676, 0.7266580465750881});
        // the cell at the base period is 0 by construction and has no standard error, as did reports it
        assertThat(effects.effect(5, 4).estimate()).isZero();
        assertThat(effects.effect(5, 4).low()).isNaN();
        AggregateEffects dynamic = effects.aggregate(Aggregation.DYNAMIC);
        assertThat(dynamic.part(-1).estimate()).isZero();
        assertThat(dynamic.part(-1).stdError()).isNaN();
        // post-treatment cells do not depend on the base-period choice, and neither do the averages of them
        assertRelClose(1.5001769873678545, effects.aggregate(Aggregation.SIMPLE).overall().estimate());
        assertRelClose(-0.6927052046761925, dynamic.part(-2).estimate());
        assertRelClose(0.45152468578730814, dynamic.part(-2).stdError());
    }

    @Test
    void theSimpleAverageWeightsPostTreatmentCellsByCohortSize() {
        AggregateEffects simple = CallawaySantAnna.estimate(panel).aggregate(Aggregation.SIMPLE);
        assertThat(simple.parts()).isEmpty();
        assertRelClose(1.5001769873678545, simple.overall().estimate());
        assertRelClose(0.40126040109610583, simple.overall().stdError());
        // by hand: cohort 3 has five post-treatment cells and cohort 5 three, all of 10 units, so the simple
        // average is the plain mean of the eight post-treatment ATT(g,t)
        double sum = 0;
        for (GroupTimeEffect e : CallawaySantAnna.estimate(panel).effects()) {
            sum += e.postTreatment() ? e.estimate() / 8 : 0;
        }
        assertThat(simple.overall().estimate()).isCloseTo(sum, within(1e-12));
    }

    @Test
    void theDynamicAverageIsByEventTimeAndItsOverallIsTheMeanOfTheLags() {
        AggregateEffects dynamic = CallawaySantAnna.estimate(panel).aggregate(Aggregation.DYNAMIC);
        assertThat(dynamic.parts()).extracting(AggregateEffects.Effect::key)
                .containsExactly(-4, -3, -2, -1, 0, 1, 2, 3, 4);
        double[] att = {0.9390008390151665, 0.6017105862767607, -0.5155310855062989, 0.6927052046761925,
                0.4087203729830631, 1.377861443232789, 1.3516281468552167, 2.2349831057737894, 3.490012867026907};
        double[] se = {0.4718570376078163, 0.571668367220624, 0.4593302871060354, 0.45152468578730814,
                0.3996977231984614, 0.3845155569257351, 0.4830530844428299, 0.6463316580543934, 0.795621362910394};
        for (int j = 0; j < att.length; j++) {
            assertRelClose(att[j], dynamic.parts().get(j).estimate());
            assertRelClose(se[j], dynamic.parts().get(j).stdError());
        }
        assertRelClose(1.772641187174353, dynamic.overall().estimate());
        assertRelClose(0.4288427935637543, dynamic.overall().stdError());
    }

    @Test
    void theGroupAverageIsByCohortAndItsOverallWeightsCohortsBySize() {
        AggregateEffects group = CallawaySantAnna.estimate(panel).aggregate(Aggregation.GROUP);
        assertThat(group.parts()).extracting(AggregateEffects.Effect::key).containsExactly(3, 5);
        assertRelClose(1.8302905274029402, group.part(3).estimate());
        assertRelClose(0.4877186709234895, group.part(3).stdError());
        assertRelClose(0.9499877539760441, group.part(5).estimate());
        assertRelClose(0.4795522087486294, group.part(5).stdError());
        assertRelClose(1.3901391406894923, group.overall().estimate());
        assertRelClose(0.39459021140386713, group.overall().stdError());
    }

    @Test
    void theCalendarAverageIsByPeriodFromTheFirstCohortsStart() {
        AggregateEffects calendar = CallawaySantAnna.estimate(panel).aggregate(Aggregation.CALENDAR);
        assertThat(calendar.parts()).extracting(AggregateEffects.Effect::key).containsExactly(3, 4, 5, 6, 7);
        double[] att = {0.557753129328282, 2.1558468864522164, 0.48627213253567547, 1.4174295528935756,
                2.7402062561519167};
        double[] se = {0.6098895182928055, 0.5893047682391129, 0.3254061685876796, 0.49741913556240563,
                0.7160719227603052};
        for (int j = 0; j < att.length; j++) {
            assertRelClose(att[j], calendar.parts().get(j).estimate());
            assertRelClose(se[j], calendar.parts().get(j).stdError());
        }
        assertRelClose(1.471501591472333, calendar.overall().estimate());
        assertRelClose(0.40030102927492955, calendar.overall().stdError());
    }

    @Test
    void notYetTreatedAggregationsMatchDidsFormulasToo() {
        GroupTimeEffects effects = CallawaySantAnna.estimate(panel,
                CallawaySantAnna.Options.DEFAULTS.withControl(CallawaySantAnna.ControlGroup.NOT_YET_TREATED));
        AggregateEffects simple = effects.aggregate(Aggregation.SIMPLE);
        assertRelClose(1.6308916911743965, simple.overall().estimate());
        assertRelClose(0.39310928921772464, simple.overall().stdError());
        AggregateEffects dynamic = effects.aggregate(Aggregation.DYNAMIC);
        assertRelClose(0.8160790961231107, dynamic.part(0).estimate());
        assertRelClose(0.3664552012975591, dynamic.part(0).stdError());
        assertRelClose(1.8772129502195867, dynamic.overall().estimate());
        assertRelClose(0.41901755573153404, dynamic.overall().stdError());
        AggregateEffects group = effects.aggregate(Aggregation.GROUP);
        assertRelClose(1.4947109037347257, group.overall().estimate());
        assertRelClose(0.3907021014844127, group.overall().stdError());
        AggregateEffects calendar = effects.aggregate(Aggregation.CALENDAR);
        assertRelClose(1.6806451175628006, calendar.overall().estimate());
        assertRelClose(0.38418015593811533, calendar.overall().stdError());
    }

    @Test
    void cohortsGivenPerRowGiveTheSameEffectsAsTheTreatmentFlag() {
        double[] cohort = new double[file.rows()];
        int[] treated = file.integers("treated");
        int[] unit = file.integers("unit");
        for (int i = 0; i < cohort.length; i++) {
            cohort[i] = treated[i] == 0 ? 0 : unit[i] < 10 ? 3 : 5;
        }
        // did codes never treated as 0; 0 is also a period here, so +Infinity says it without ambiguity
        double[] infinite = cohort.clone();
        for (int i = 0; i < infinite.length; i++) {
            infinite[i] = infinite[i] == 0 ? Double.POSITIVE_INFINITY : infinite[i];
        }
        StaggeredPanel.ColumnNames names = new StaggeredPanel.ColumnNames("unit", "period", "y", "first_treated");
        StaggeredPanel byCohort = StaggeredPanel.ofCohorts(names, unit, file.integers("period"), file.numbers("y"),
                infinite);
        assertThat(CallawaySantAnna.estimate(byCohort).effects()).isEqualTo(CallawaySantAnna.estimate(panel).effects());
        assertThatThrownBy(() -> StaggeredPanel.ofCohorts(names, unit, file.integers("period"), file.numbers("y"),
                cohort)).isInstanceOf(PanelException.class)
                .hasMessage("first_treated is 0 in row 161, which means never treated, but 0 is also a period of "
                        + "period; code never-treated units as Infinity, or give the treatment as a 0/1 column");
    }

    @Test
    void unitsTreatedFromTheFirstPeriodAreDroppedAndSaidSo() {
        // make the never-treated unit 29 treated from period 0: it has no pre-period, so did drops it
        int[] post = file.integers("post");
        for (int i = 0; i < post.length; i++) {
            post[i] = file.integers("unit")[i] == 29 ? 1 : post[i];
        }
        StaggeredPanel withAlwaysTreated = StaggeredPanel.ofTreatment(StaggeredPanel.ColumnNames.DEFAULT,
                file.integers("unit"), file.integers("period"), file.numbers("y"), post);
        GroupTimeEffects effects = CallawaySantAnna.estimate(withAlwaysTreated);
        assertThat(effects.units()).isEqualTo(29);
        assertThat(effects.notes()).containsExactly("dropped 1 unit already treated in the first period: without a "
                + "period before treatment they have no ATT(g,t) and cannot serve as controls");
        assertThat(effects.effect(3, 4).controlUnits()).isEqualTo(9);
    }

    @Test
    void withoutNeverTreatedUnitsTheLastCohortIsTheControlUntilItStarts() {
        // drop the ten never-treated units: cohort 5 becomes the control group and periods 5..7 are dropped
        int keep = 20 * 8;
        StaggeredPanel twoCohorts = StaggeredPanel.ofTreatment(StaggeredPanel.ColumnNames.DEFAULT,
                java.util.Arrays.copyOf(file.integers("unit"), keep),
                java.util.Arrays.copyOf(file.integers("period"), keep),
                java.util.Arrays.copyOf(file.numbers("y"), keep), java.util.Arrays.copyOf(file.integers("post"), keep));
        for (CallawaySantAnna.ControlGroup control : CallawaySantAnna.ControlGroup.values()) {
            GroupTimeEffects effects = CallawaySantAnna.estimate(twoCohorts,
                    CallawaySantAnna.Options.DEFAULTS.withControl(control));
            assertThat(effects.effects()).extracting(GroupTimeEffect::period).containsExactly(1, 2, 3, 4);
            assertThat(effects.notes()).containsExactly("no unit is never treated: as did, the last cohort (5) "
                    + "serves as the control group and the periods from 5 on are dropped");
            GroupTimeEffect att34 = effects.effect(3, 4);
            assertThat(att34.controlUnits()).isEqualTo(10);
            assertThat(att34.estimate()).isCloseTo(meanChange(3, 4, 2) - meanChange(5, 4, 2), within(1e-12));
        }
    }

    @Test
    void aSingleCohortWithoutNeverTreatedUnitsHasNoControls() {
        int keep = 10 * 8;
        StaggeredPanel oneCohort = StaggeredPanel.ofTreatment(StaggeredPanel.ColumnNames.DEFAULT,
                java.util.Arrays.copyOf(file.integers("unit"), keep),
                java.util.Arrays.copyOf(file.integers("period"), keep),
                java.util.Arrays.copyOf(file.numbers("y"), keep), java.util.Arrays.copyOf(file.integers("post"), keep));
        assertThatThrownBy(() -> CallawaySantAnna.estimate(oneCohort))
                .isInstanceOf(PanelException.class)
                .hasMessage("every treated unit of unit starts in 3 and no unit is never treated, so there is no "
                        + "control group for a group-time effect");
    }
}

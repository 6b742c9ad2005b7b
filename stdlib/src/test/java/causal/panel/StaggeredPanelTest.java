package causal.panel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Long rows into the wide staggered panel, and the messages for data that is not a staggered-adoption panel. */
class StaggeredPanelTest {
    private static final StaggeredPanel.ColumnNames NAMES = new StaggeredPanel.ColumnNames("state", "year",
            "sales", "law");

    /** Two states over 2001..2003, rows in any order; state 7 adopts the law in 2002. */
    private static final int[] STATE = {7, 7, 7, 3, 3, 3};
    private static final int[] YEAR = {2003, 2001, 2002, 2001, 2002, 2003};
    private static final double[] SALES = {3.5, 1.0, 2.5, 1.5, 2.0, 2.5};
    private static final int[] LAW = {1, 0, 1, 0, 0, 0};

    @Test
    void rowsInAnyOrderArePlacedByUnitAndPeriod() {
        StaggeredPanel panel = StaggeredPanel.ofTreatment(NAMES, STATE, YEAR, SALES, LAW);
        assertThat(panel.units()).isEqualTo(2);
        assertThat(panel.periods()).isEqualTo(3);
        assertThat(panel.unitId(0)).isEqualTo(3);
        assertThat(panel.period(2)).isEqualTo(2003);
        assertThat(panel.outcome(1, 0)).isEqualTo(1.0);
        assertThat(panel.outcome(1, 2)).isEqualTo(3.5);
        // state 7 is first treated in 2002 (index 1); state 3 never, which is index 3 = periods()
        assertThat(panel.firstTreated(1)).isEqualTo(1);
        assertThat(panel.firstTreated(0)).isEqualTo(3);
        assertThat(panel.treated(1, 2)).isTrue();
        assertThat(panel.treated(0, 2)).isFalse();
    }

    @Test
    void cohortsAfterTheLastPeriodAreNeverTreatedAndBeforeTheFirstAlwaysTreated() {
        double[] cohort = {2002, 2002, 2002, 2010, 2010, 2010};
        StaggeredPanel panel = StaggeredPanel.ofCohorts(NAMES, STATE, YEAR, SALES, cohort);
        assertThat(panel.firstTreated(0)).isEqualTo(3);
        assertThat(panel.firstTreated(1)).isEqualTo(1);
        double[] early = {2002, 2002, 2002, 1990, 1990, 1990};
        assertThat(StaggeredPanel.ofCohorts(NAMES, STATE, YEAR, SALES, early).firstTreated(0)).isZero();
    }

    @Test
    void aSecondRowForTheSameUnitAndPeriodIsRefused() {
        int[] year = YEAR.clone();
        year[5] = 2002;
        assertThatThrownBy(() -> StaggeredPanel.ofTreatment(NAMES, STATE, year, SALES, LAW))
                .isInstanceOf(PanelException.class)
                .hasMessage("state 3 has two rows for year 2002 (rows 5 and 6); give one row per unit and period");
    }

    @Test
    void periodsMustBeWholeNumbers() {
        double[] year = {2003, 2001, 2002, 2001, 2002, 2002.5};
        assertThatThrownBy(() -> StaggeredPanel.ofTreatment(NAMES, STATE, year, SALES, LAW))
                .isInstanceOf(PanelException.class)
                .hasMessage("year is 2002.5 in row 6; periods must be whole numbers such as years or months counted "
                        + "from a start");
    }

    @Test
    void aMissingOutcomeIsRefusedWithItsRow() {
        double[] sales = SALES.clone();
        sales[1] = Double.NaN;
        assertThatThrownBy(() -> StaggeredPanel.ofTreatment(NAMES, STATE, YEAR, sales, LAW))
                .isInstanceOf(PanelException.class)
                .hasMessage("sales is NaN in row 2; remove or fill missing values first");
    }

    @Test
    void columnsOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> StaggeredPanel.ofTreatment(NAMES, STATE, YEAR, new double[5], LAW))
                .isInstanceOf(PanelException.class)
                .hasMessage("state, year, sales and law must have the same number of rows, but they have 6, 6, 5 "
                        + "and 6");
    }

    @Test
    void aCohortThatChangesWithinAUnitIsRefused() {
        double[] cohort = {2002, 2002, 2003, 0, 0, 0};
        assertThatThrownBy(() -> StaggeredPanel.ofCohorts(NAMES, STATE, YEAR, SALES, cohort))
                .isInstanceOf(PanelException.class)
                .hasMessage("law must be the same in every row of a unit, but state 7 has 2002 in row 1 and 2003 in "
                        + "row 3");
    }

    @Test
    void aCohortBetweenTwoObservedPeriodsIsRefused() {
        int[] year = {2004, 2000, 2002, 2000, 2002, 2004};
        double[] cohort = {2003, 2003, 2003, 0, 0, 0};
        assertThatThrownBy(() -> StaggeredPanel.ofCohorts(NAMES, STATE, year, SALES, cohort))
                .isInstanceOf(PanelException.class)
                .hasMessage("law of state 7 is 2003, which is not one of the periods of year; give the first period "
                        + "in the data in which the unit is treated");
    }

    @Test
    void aTreatmentFlagOtherThanZeroOrOneIsRefused() {
        int[] law = {2, 0, 1, 0, 0, 0};
        assertThatThrownBy(() -> StaggeredPanel.ofTreatment(NAMES, STATE, YEAR, SALES, law))
                .isInstanceOf(PanelException.class).hasMessage("law must be 0 or 1, but row 1 has 2");
    }
}

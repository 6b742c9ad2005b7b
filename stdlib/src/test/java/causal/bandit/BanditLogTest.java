package causal.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.CategoricalColumn;
import causal.data.DataLocation;
import causal.data.NumericColumn;
import causal.data.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a bandit log from a table's columns, and the errors that name the column and row. */
class BanditLogTest {
    private static final double NA = Double.NaN;

    private static Table clicks(double[] propensity) {
        return Table.of("clicks.csv", 5, List.of(
                new CategoricalColumn("item", new int[] {0, 2, 1, 0, 2}, List.of("a", "b", "c")),
                NumericColumn.of("click", new double[] {1, 0, 1, NA, 1}),
                NumericColumn.of("pscore", propensity),
                NumericColumn.of("age", new double[] {30, 40, 50, 60, 70})));
    }

    @Test
    void categoricalActionsBecomeArmsInLevelOrderAndIncompleteRowsAreDropped() {
        BanditLog log = BanditLog.fromTable(clicks(new double[] {0.5, 0.25, 0.25, 0.5, 0.25}),
                LogColumns.of("item", "click").withPropensity("pscore").withContext(List.of("age")));
        assertThat(log.rows()).isEqualTo(4);
        assertThat(log.droppedRows()).isEqualTo(1);
        assertThat(log.arms()).isEqualTo(3);
        assertThat(log.armLabels()).containsExactly("a", "b", "c");
        assertThat(log.action(3)).isEqualTo(2);
        assertThat(log.reward(3)).isEqualTo(1);
        assertThat(log.propensity(1)).isEqualTo(0.25);
        assertThat(log.context(3)).containsExactly(70);
        assertThat(log.featureNames()).containsExactly("age");
    }

    @Test
    void wholeNumberActionsAreArmNumbers() {
        Table table = Table.of("log.csv", 3, List.of(NumericColumn.of("arm", new double[] {0, 3, 1}),
                NumericColumn.of("reward", new double[] {1, 0, 1})));
        BanditLog log = BanditLog.fromTable(table, LogColumns.of("arm", "reward"));
        assertThat(log.arms()).isEqualTo(4);
        assertThat(log.armLabels()).containsExactly("0", "1", "2", "3");
    }

    @Test
    void aPropensityOutsideZeroToOneNamesTheCell() {
        assertThatThrownBy(() -> BanditLog.fromTable(clicks(new double[] {0.5, 1.5, 0.25, 0.5, 0.25}),
                LogColumns.of("item", "click").withPropensity("pscore")))
                .isInstanceOf(BanditException.class)
                .hasMessage("the propensity column pscore has 1.5 in row 2; a propensity is the logging policy's "
                        + "probability of the logged arm and must lie in (0, 1]")
                .extracting(e -> ((BanditException) e).location())
                .isEqualTo(Optional.of(DataLocation.cell("clicks.csv", 2, "pscore")));
    }

    @Test
    void aFractionalArmNumberOrAMissingColumnIsNamed() {
        Table table = Table.of("log.csv", 2, List.of(NumericColumn.of("arm", new double[] {0, 1.5}),
                NumericColumn.of("reward", new double[] {1, 0})));
        assertThatThrownBy(() -> BanditLog.fromTable(table, LogColumns.of("arm", "reward")))
                .isInstanceOf(BanditException.class)
                .hasMessage("the action column arm has 1.5 in row 2; it must hold whole numbers");
        assertThatThrownBy(() -> BanditLog.fromTable(table, LogColumns.of("arm", "click")))
                .isInstanceOf(BanditException.class)
                .hasMessage("the log has no column click; its columns are arm, reward");
    }

    @Test
    void slatesFollowTheSlateColumnOrThePositions() {
        Table table = Table.of("slates.csv", 5, List.of(NumericColumn.of("item", new double[] {0, 1, 2, 1, 0}),
                NumericColumn.of("click", new double[] {1, 0, 0, 1, 0}),
                NumericColumn.of("rank", new double[] {1, 2, 3, 1, 2}),
                NumericColumn.of("impression", new double[] {7, 7, 8, 9, 9})));
        LogColumns byRank = LogColumns.of("item", "click").withPosition("rank");
        assertThat(BanditLog.fromTable(table, byRank).slates()).isEqualTo(2);
        assertThat(BanditLog.fromTable(table, byRank.withSlate("impression")).slates()).isEqualTo(3);
    }
}

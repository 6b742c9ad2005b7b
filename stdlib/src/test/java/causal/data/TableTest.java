package causal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    private static Table threeRows() {
        return Table.of("t", 3, List.of(NumericColumn.of("x", new double[] {1, 2, 3}),
                new CategoricalColumn("g", new int[] {1, -1, 0}, List.of("a", "b"))));
    }

    @Test
    void headKeepsTheFirstRowsOfEveryColumn() {
        Table head = threeRows().head(2);

        assertThat(head.rowCount()).isEqualTo(2);
        assertThat(((NumericColumn) head.column("x")).toArray()).containsExactly(1, 2);
        assertThat(head.column("g").text(0)).isEqualTo("b");
        assertThat(head.column("g").isMissing(1)).isTrue();
    }

    @Test
    void headLongerThanTheTableKeepsEveryRow() {
        assertThat(threeRows().head(10).rowCount()).isEqualTo(3);
        assertThat(threeRows().head(0).rowCount()).isZero();
    }

    @Test
    void headOfANegativeCountIsRefused() {
        assertThatThrownBy(() -> threeRows().head(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package causal.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.ColumnType;
import causal.data.NumericColumn;
import causal.data.Table;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the in-memory sources cut their data into batches and convert it to doubles. */
class SourcesTest {
    private static Table small() {
        BitSet flags = new BitSet();
        flags.set(1);
        BitSet flagMissing = new BitSet();
        flagMissing.set(3);
        return Table.of("small.csv", 5, List.of(
                NumericColumn.of("x", new double[] {1.5, Double.NaN, 3, 4, 5}),
                new BooleanColumn("flag", flags, flagMissing, 5),
                new CategoricalColumn("arm", new int[] {1, 0, -1, 1, 0}, List.of("a", "b"))));
    }

    @Test
    void aTableIsCutIntoBatchesOfFreshArraysWithBooleansAsZeroOneAndLevelsAsCodes() {
        List<RowBatch> batches = new ArrayList<>();
        TableSource.of(small(), 2).forEach(List.of("arm", "x", "flag"), batches::add);
        assertThat(batches).extracting(RowBatch::rows).containsExactly(2, 2, 1);
        assertThat(batches).extracting(RowBatch::firstRow).containsExactly(0L, 2L, 4L);
        RowBatch second = batches.get(1);
        assertThat(second.names()).containsExactly("arm", "x", "flag");
        assertThat(second.source()).isEqualTo("small.csv");
        assertThat(second.value(0, 0)).isNaN();
        assertThat(second.value(0, 1)).isEqualTo(1.0);
        assertThat(second.value(1, 0)).isEqualTo(3.0);
        assertThat(second.value(2, 0)).isEqualTo(0.0);
        assertThat(second.value(2, 1)).isNaN();
        assertThat(batches.get(0).value(2, 1)).isEqualTo(1.0);
        assertThat(batches.get(0).value(1, 1)).isNaN();
        assertThat(second.levels(0)).containsExactly("a", "b");
        assertThat(second.levels(1)).isEmpty();
        assertThat(TableSource.of(small()).schema().field("arm").orElseThrow().type()).contains(ColumnType.CATEGORICAL);
    }

    @Test
    void anArraySourceHandsOutViewsOfItsArrays() {
        double[] a = {1, 2, 3, 4, 5, 6, 7};
        double[] b = {7, 6, 5, 4, 3, 2, 1};
        ArraySource source = ArraySource.of("arrays", List.of("a", "b"), List.of(a, b), 3);
        List<RowBatch> batches = new ArrayList<>();
        source.forEach(List.of("b"), batches::add);
        assertThat(batches).extracting(RowBatch::start).containsExactly(0, 3, 6);
        assertThat(batches).extracting(RowBatch::rows).containsExactly(3, 3, 1);
        assertThat(batches.get(2).column(0)).isSameAs(b);
        assertThat(batches.get(2).value(0, 0)).isEqualTo(1.0);
        assertThat(source.rowCount()).isEqualTo(7);
    }

    @Test
    void anAbsentColumnIsNamed() {
        assertThatThrownBy(() -> TableSource.of(small()).forEach(List.of("x", "z"), batch -> { }))
                .isInstanceOf(StreamException.class).hasMessage("there is no column z in small.csv");
        ArraySource source = ArraySource.of("arrays", List.of("a"), List.of(new double[3]), 3);
        assertThatThrownBy(() -> source.forEach(List.of("b"), batch -> { }))
                .isInstanceOf(StreamException.class).hasMessage("there is no column b in arrays");
    }

    @Test
    void columnsOfDifferentLengthsOrRepeatedNamesAreRefused() {
        assertThatThrownBy(() -> ArraySource.of("arrays", List.of("a", "b"), List.of(new double[3], new double[4]),
                3)).isInstanceOf(StreamException.class).hasMessage("column b of arrays has 4 values, not 3 as a");
        assertThatThrownBy(() -> ArraySource.of("arrays", List.of("a", "a"), List.of(new double[3], new double[3]),
                3)).isInstanceOf(StreamException.class).hasMessage("the column names of arrays repeat: a, a");
        assertThatThrownBy(() -> TableSource.of(small(), 0)).isInstanceOf(StreamException.class)
                .hasMessage("a batch needs at least 1 row, not 0");
    }
}

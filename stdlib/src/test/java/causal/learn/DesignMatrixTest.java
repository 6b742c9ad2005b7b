package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.NumericColumn;
import causal.data.Table;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignMatrixTest {

    private static Table table() {
        BitSet flags = new BitSet();
        flags.set(1);
        flags.set(3);
        // Levels in the column's order; "b" never occurs, so like an unused factor level it gets no dummy.
        CategoricalColumn group = new CategoricalColumn("group", new int[] {0, 2, 3, 2}, List.of("a", "b", "c", "d"));
        return Table.of("t", 4, List.of(NumericColumn.of("x", new double[] {1.5, 2.5, 3.5, 4.5}),
                new BooleanColumn("flag", flags, new BitSet(), 4), group));
    }

    @Test
    void expandsTermsLikeModelMatrixWithTheFirstPresentLevelDropped() {
        DesignMatrix x = DesignMatrix.of(table(), List.of("x", "flag", "group"));
        assertThat(x.names()).containsExactly("(intercept)", "x", "flag", "group=c", "group=d");
        assertThat(x.column(0)).containsExactly(1, 1, 1, 1);
        assertThat(x.column(1)).containsExactly(1.5, 2.5, 3.5, 4.5);
        assertThat(x.column(2)).containsExactly(0, 1, 0, 1);
        assertThat(x.column(3)).containsExactly(0, 1, 0, 1);
        assertThat(x.column(4)).containsExactly(0, 0, 1, 0);
    }

    @Test
    void fillsBlocksAcrossBlockBoundaries() {
        int n = DesignMatrix.BLOCK_ROWS * 2 + 7;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        DesignMatrix x = DesignMatrix.of(Table.of("t", n, List.of(NumericColumn.of("v", values))), List.of("v"));
        assertThat(x.column(1)).containsExactly(values);
        assertThat(x.times(new double[] {1, 2})[n - 1]).isEqualTo(1 + 2.0 * (n - 1));
    }
}

package causal.stream;

import static causal.stream.Fixtures.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.NumericColumn;
import causal.data.Table;
import causal.experiment.ArmSummary;
import causal.random.RandomSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-group moments merged by Chan et al.'s formula against the two-pass summaries of each group's rows. */
class GroupMomentsTest {
    private static final StreamOptions TWO_THREADS = new StreamOptions(2);

    @Test
    void eachGroupHasTheCountMeanAndVarianceOfItsRows() {
        Table data = Fixtures.simulated(10_000, 21, 0.02);
        GroupMoments moments = StreamPass.run(TableSource.of(data, 777),
                () -> new GroupMoments(List.of("t", "post"), "y", List.of()), TWO_THREADS);
        double[] t = ((NumericColumn) data.column("t")).toArray();
        double[] post = ((NumericColumn) data.column("post")).toArray();
        double[] y = ((NumericColumn) data.column("y")).toArray();
        assertThat(moments.cells()).hasSize(4);
        long rows = 0;
        for (GroupMoments.Cell cell : moments.cells()) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (t[i] == cell.key().get(0) && post[i] == cell.key().get(1) && !Double.isNaN(y[i])) {
                    values.add(y[i]);
                }
            }
            ArmSummary expected = ArmSummary.of(values.stream().mapToDouble(Double::doubleValue).toArray(), "cell");
            assertThat(cell.n()).isEqualTo(expected.n());
            assertRelative(expected.mean(), cell.mean(), 1e-12);
            assertRelative(expected.variance(), cell.variance(), 1e-12);
            rows += cell.n();
        }
        assertThat(moments.rows()).isEqualTo(rows);
        assertThat(moments.droppedRows()).isEqualTo(10_000 - rows).isPositive();
        assertThat(moments.cells().get(0).key()).isEqualTo(List.of(t[0], post[0]));
    }

    @Test
    void aLargeMeanDoesNotSwallowTheVariance() {
        // Around 1e9 with spread 1, Σy² / n - ȳ² would keep no digit of the variance; Chan's merge keeps them.
        int n = 200_000;
        double[] y = Fixtures.normal(new RandomSource(22), n, 1e9, 1.0);
        double[] arm = new double[n];
        ArraySource source = ArraySource.of("big mean", List.of("arm", "y"), List.of(arm, y), 1000);
        GroupMoments moments = StreamPass.run(source, () -> new GroupMoments(List.of("arm"), "y", List.of()),
                TWO_THREADS);
        ArmSummary expected = ArmSummary.of(y, "all");
        assertRelative(expected.variance(), moments.cells().get(0).variance(), 1e-9);
        assertRelative(expected.mean(), moments.cells().get(0).mean(), 1e-14);
    }

    @Test
    void mergingTwoHalvesEqualsOnePass() {
        Table data = Fixtures.simulated(8000, 23, 0.01);
        GroupMoments whole = StreamPass.run(TableSource.of(data, 1000),
                () -> new GroupMoments(List.of("t"), "y", List.of()), TWO_THREADS);
        GroupMoments first = StreamPass.run(TableSource.of(StreamingRegressionTest.rows(data, 0, 3000), 1000),
                () -> new GroupMoments(List.of("t"), "y", List.of()), TWO_THREADS);
        GroupMoments second = StreamPass.run(TableSource.of(StreamingRegressionTest.rows(data, 3000, 8000), 1000),
                () -> new GroupMoments(List.of("t"), "y", List.of()), TWO_THREADS);
        first.merge(second);
        assertThat(first.droppedRows()).isEqualTo(whole.droppedRows());
        for (GroupMoments.Cell cell : whole.cells()) {
            GroupMoments.Cell merged = first.cell(cell.key().get(0)).orElseThrow();
            assertThat(merged.n()).isEqualTo(cell.n());
            assertRelative(cell.mean(), merged.mean(), 1e-12);
            assertRelative(cell.sumOfSquares(), merged.sumOfSquares(), 1e-12);
        }
    }

    @Test
    void cellsHandedOverAsSqlAggregatesMergeLikeSummedOnes() {
        GroupMoments.Cell a = GroupMoments.Cell.of(List.of(1.0), 4, 2.5, 5.0 / 3);
        GroupMoments.Cell b = GroupMoments.Cell.of(List.of(1.0), 2, 6.5, 0.5);
        GroupMoments merged = GroupMoments.ofCells(List.of("arm"), "y", List.of(a, b), 3);
        // The six values 1, 2, 3, 4, 6, 7: mean 23/6, Σ (y - mean)² = 115 - 23²/6.
        GroupMoments.Cell cell = merged.cell(1.0).orElseThrow();
        assertThat(cell.n()).isEqualTo(6);
        assertRelative(23.0 / 6, cell.mean(), 1e-15);
        assertRelative(115 - 23.0 * 23 / 6, cell.sumOfSquares(), 1e-14);
        assertThat(merged.droppedRows()).isEqualTo(3);
    }

    @Test
    void anIdColumnIsRefusedAsAGroupingKey() {
        double[] id = new double[20_000];
        for (int i = 0; i < id.length; i++) {
            id[i] = i;
        }
        ArraySource source = ArraySource.of("ids", List.of("id", "y"), List.of(id, id.clone()), 4096);
        assertThatThrownBy(() -> StreamPass.run(source, () -> new GroupMoments(List.of("id"), "y", List.of()),
                new StreamOptions(1))).isInstanceOf(StreamException.class)
                .hasMessageContaining("more than 10000; group moments are for a few groups");
    }
}

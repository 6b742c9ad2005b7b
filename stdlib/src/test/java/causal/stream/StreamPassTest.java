package causal.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pass merges per-batch partial sums in batch order, whatever the threads, and stops at the first error. */
class StreamPassTest {
    /** Records the first rows of the batches it saw, in the order they were merged. */
    static final class Order implements Accumulator<Order> {
        final List<Long> firstRows = new ArrayList<>();

        @Override
        public List<String> columns() {
            return List.of("v");
        }

        @Override
        public void add(RowBatch batch) {
            // Later batches finish first when they take less time: the merge must still keep batch order.
            if (batch.firstRow() % 3 == 0) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (batch.value(0, 0) < 0) {
                throw new StreamException("negative value in the batch at row " + (batch.firstRow() + 1));
            }
            firstRows.add(batch.firstRow());
        }

        @Override
        public void merge(Order later) {
            firstRows.addAll(later.firstRows);
        }
    }

    private static ArraySource values(int rows) {
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) {
            v[i] = i;
        }
        return ArraySource.of("values", List.of("v"), List.of(v), 10);
    }

    @Test
    void partialSumsAreMergedInBatchOrderOnAnyNumberOfThreads() {
        List<Long> expected = new ArrayList<>();
        for (long first = 0; first < 400; first += 10) {
            expected.add(first);
        }
        for (int threads : new int[] {1, 2, 5}) {
            Order order = StreamPass.run(values(400), Order::new, new StreamOptions(threads));
            assertThat(order.firstRows).isEqualTo(expected);
        }
    }

    @Test
    void aSourceWithoutRowsGivesEmptySums() {
        ArraySource empty = ArraySource.of("empty", List.of("v"), List.of(new double[0]), 10);
        assertThat(StreamPass.run(empty, Order::new, new StreamOptions(2)).firstRows).isEmpty();
    }

    @Test
    void anErrorInAnyBatchEndsThePassAndReachesTheCaller() {
        double[] v = new double[1000];
        v[735] = -1;
        ArraySource source = ArraySource.of("values", List.of("v"), List.of(v), 5);
        for (int threads : new int[] {1, 3}) {
            assertThatThrownBy(() -> StreamPass.run(source, Order::new, new StreamOptions(threads)))
                    .isInstanceOf(StreamException.class).hasMessage("negative value in the batch at row 736");
        }
    }

    @Test
    void threadsMustBeAtLeastOne() {
        assertThatThrownBy(() -> new StreamOptions(0)).isInstanceOf(StreamException.class)
                .hasMessage("threads must be at least 1, not 0");
    }
}

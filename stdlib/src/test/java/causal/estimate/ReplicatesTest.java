package causal.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.random.RandomSource;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class ReplicatesTest {

    @Test
    void replicateRDrawsFromStreamROfTheSeed() {
        double[] values = Replicates.run(5, 11, (r, rng) -> rng.nextDouble());
        for (int r = 0; r < 5; r++) {
            assertThat(values[r]).isEqualTo(new RandomSource(11).stream(r).nextDouble());
        }
    }

    @Test
    void theValuesAreTheSameOnAnyNumberOfThreads() throws Exception {
        Replicates.Statistic statistic = (r, rng) -> {
            double sum = 0;
            for (int row : rng.rowsWithReplacement(50)) {
                sum += row;
            }
            return sum + r;
        };
        double[] common = Replicates.run(64, 3, statistic);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            assertThat(one.submit(() -> Replicates.run(64, 3, statistic)).get()).containsExactly(common);
        } finally {
            one.shutdown();
        }
    }

    @Test
    void whenReplicatesFailTheLowestOnesFailureIsThrown() {
        assertThatThrownBy(() -> Replicates.run(40, 1, (r, rng) -> {
            if (r % 7 == 3) {
                throw new EstimationException("replicate " + r + " failed");
            }
            return r;
        })).isInstanceOf(EstimationException.class).hasMessage("replicate 3 failed");
    }
}

package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import causal.random.RandomSource;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void picksTheHighestScoresBestFirstWithTiesToTheLowerIndexAndSkipsNaN() {
        double[] scores = {0.5, Double.NaN, 2, 0.5, 2, -1};
        assertThat(TopK.select(scores, 4)).containsExactly(2, 4, 0, 3);
        assertThat(TopK.select(scores, 10)).containsExactly(2, 4, 0, 3, 5);
        assertThat(TopK.select(scores, 0)).isEmpty();
    }

    @Test
    void agreesWithAFullSortOnRandomScores() {
        RandomSource random = new RandomSource(5);
        for (int trial = 0; trial < 50; trial++) {
            double[] scores = new double[200];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = random.nextInt(30);
            }
            int[] sorted = IntStream.range(0, scores.length).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            assertThat(TopK.select(scores, 17)).containsExactly(Arrays.copyOf(sorted, 17));
        }
    }
}

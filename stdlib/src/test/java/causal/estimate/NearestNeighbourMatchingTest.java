package causal.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NearestNeighbourMatchingTest {

    /**
     * MatchIt 4.5.5's {@code nn_matchC_vec} walk, written out plainly (O(n²)): units sorted by score, ties by row;
     * from the focal unit walk left and right past focal units, used units and units already matched to it; the
     * first other unit on each side is the candidate, rejected if outside the caliper; the left one wins ties.
     */
    private static int[] matchItWalk(double[] score, boolean[] focal, int[] order, int ratio, boolean replace,
            double caliper) {
        int n = score.length;
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(score[a], score[b]));
        int[] sorted = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[sorted[p]] = p;
        }
        boolean[] used = new boolean[n];
        boolean[] active = new boolean[order.length];
        Arrays.fill(active, true);
        int[] matches = new int[order.length * ratio];
        Arrays.fill(matches, -1);
        for (int round = 0; round < ratio; round++) {
            for (int k = 0; k < order.length; k++) {
                if (!active[k]) {
                    continue;
                }
                int ii = position[order[k]];
                int left = -1;
                for (int p = ii - 1; p >= 0; p--) {
                    int row = sorted[p];
                    if (focal[row] || used[row] || contains(matches, k * ratio, round, row)) {
                        continue;
                    }
                    left = Math.abs(score[row] - score[order[k]]) > caliper ? -1 : row;
                    break;
                }
                int right = -1;
                for (int p = ii + 1; p < n; p++) {
                    int row = sorted[p];
                    if (focal[row] || used[row] || contains(matches, k * ratio, round, row)) {
                        continue;
                    }
                    right = Math.abs(score[row] - score[order[k]]) > caliper ? -1 : row;
                    break;
                }
                int chosen;
                if (left >= 0 && right >= 0) {
                    double d = score[order[k]];
                    chosen = Math.abs(score[left] - d) <= Math.abs(score[right] - d) ? left : right;
                } else {
                    chosen = Math.max(left, right);
                }
                if (chosen < 0) {
                    active[k] = false;
                    continue;
                }
                matches[k * ratio + round] = chosen;
                used[chosen] = !replace;
            }
        }
        return matches;
    }

    private static boolean contains(int[] matches, int first, int count, int row) {
        for (int r = 0; r < count; r++) {
            if (matches[first + r] == row) {
                return true;
            }
        }
        return false;
    }

    @Test
    void selectsTheSameMatchesAsMatchItsLinearWalk() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + random.nextInt(60);
            double[] score = new double[n];
            boolean[] focal = new boolean[n];
            for (int i = 0; i < n; i++) {
                // Two decimals make ties, between focal and other rows too.
                score[i] = Math.round(random.nextDouble() * 100) / 100.0;
                focal[i] = random.nextDouble() < 0.4;
            }
            int[] order = Arrays.stream(java.util.stream.IntStream.range(0, n).filter(i -> focal[i]).toArray())
                    .toArray();
            int[] descending = StableOrder.descending(order, score);
            int ratio = 1 + random.nextInt(3);
            boolean replace = random.nextBoolean();
            double caliper = random.nextBoolean() ? Double.POSITIVE_INFINITY : random.nextDouble() * 0.1;
            OptionalDouble limit = Double.isInfinite(caliper) ? OptionalDouble.empty() : OptionalDouble.of(caliper);
            assertThat(NearestNeighbourMatching.match(score, focal, descending, ratio, replace, limit))
                    .as("trial %d", trial)
                    .containsExactly(matchItWalk(score, focal, descending, ratio, replace, caliper));
        }
    }

    @Test
    void ordersLikeROrderWithTiesInRowOrder() {
        double[] key = {0.5, 0.2, 0.5, 0.9, 0.2};
        int[] rows = {0, 1, 2, 3, 4};
        // R's ?order: "The sort used is stable (except for method = "quick"), so any unresolved ties will be left
        // in their original ordering" - for decreasing = TRUE as well.
        assertThat(StableOrder.ascending(rows, key)).containsExactly(1, 4, 0, 2, 3);
        assertThat(StableOrder.descending(rows, key)).containsExactly(3, 0, 2, 1, 4);
    }
}

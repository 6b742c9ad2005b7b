package causal.stream;

import static org.assertj.core.api.Assertions.assertThat;

import causal.random.RandomSource;
import org.junit.jupiter.api.Test;

/** The tiled kernel against the plain double loop over every pair, for every width a tile can leave over. */
class CrossProductKernelTest {
    @Test
    void tilesSumTheSameProductsAsAPlainLoopForEveryWidth() {
        RandomSource rng = new RandomSource(71);
        for (int width = 1; width <= 14; width++) {
            for (int length : new int[] {0, 1, 5, 512}) {
                double[][] right = new double[CrossProductKernel.arrays(width)][length];
                double[][] left = new double[right.length][length];
                for (int i = 0; i < length; i++) {
                    right[0][i] = 1;
                    left[0][i] = 0.5 + rng.nextDouble();
                    for (int a = 1; a < right.length; a++) {
                        right[a][i] = rng.nextDouble() - 0.5;
                        left[a][i] = left[0][i] * right[a][i];
                    }
                }
                double[] out = new double[width * width];
                java.util.Arrays.fill(out, 7.0);
                CrossProductKernel.addUpper(left, right, width, length, out, width);
                for (int a = 0; a < width; a++) {
                    for (int b = 0; b < width; b++) {
                        if (b < a) {
                            assertThat(out[a * width + b]).as("below the diagonal, untouched").isEqualTo(7.0);
                            continue;
                        }
                        double expected = 7.0;
                        for (int i = 0; i < length; i++) {
                            expected += left[a][i] * right[b][i];
                        }
                        assertThat(out[a * width + b]).as("width %d, length %d, entry (%d, %d)", width, length, a, b)
                                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
                    }
                }
            }
        }
    }
}

package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;

import causal.random.RandomSource;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The tiled kernel against the plain double loop over every pair, for every width a tile can leave over, with rows
 * that start anywhere in their arrays, weighted or not, with an intercept column of ones that is not stored or
 * without; the vector loops (the module is loaded in these tests) and the scalar ones alike.
 */
class CrossProductKernelTest {
    private static final int LEFT_START = 3;
    private static final int RIGHT_START = 5;

    @Test
    void tilesSumTheSameProductsAsAPlainLoopForEveryWidth() {
        RandomSource rng = new RandomSource(71);
        for (int width = 1; width <= 14; width++) {
            for (int length : new int[] {0, 1, 5, 7, 9, 512}) {
                for (boolean weighted : new boolean[] {true, false}) {
                    for (boolean intercept : new boolean[] {true, false}) {
                        check(rng, width, length, weighted, intercept);
                    }
                }
            }
        }
    }

    @Test
    void theseTestsRunWithTheVectorModuleSoBothLoopsAreChecked() {
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).as("stdlib's surefire argLine").isPresent();
    }

    private static void check(RandomSource rng, int width, int length, boolean weighted, boolean intercept) {
        // The plain side, ones in column 0 when it is the intercept, and the weighted side w ∘ plain.
        double[][] right = new double[width][RIGHT_START + length];
        double[][] left = new double[width][LEFT_START + length];
        double[] w = new double[length];
        for (int i = 0; i < length; i++) {
            w[i] = weighted ? 0.5 + rng.nextDouble() : 1.0;
            for (int a = 0; a < width; a++) {
                right[a][RIGHT_START + i] = a == 0 && intercept ? 1.0 : rng.nextDouble() - 0.5;
                left[a][LEFT_START + i] = w[i] * right[a][RIGHT_START + i];
            }
        }
        double[][] givenLeft = left.clone();
        double[][] givenRight = right.clone();
        if (intercept) {
            givenRight[0] = null;
            if (!weighted) {
                givenLeft[0] = null;
            }
        }
        String what = String.format("width %d, length %d, %s, %s", width, length,
                weighted ? "weighted" : "unweighted", intercept ? "intercept" : "no intercept");
        double[] fast = filled(width);
        CrossProductKernel.addUpper(givenLeft, LEFT_START, givenRight, RIGHT_START, width, length, intercept, fast,
                width);
        expectPairSums(left, right, width, length, fast, what + ", vectors");
        double[] scalar = filled(width);
        CrossProductKernel.addUpper(givenLeft, LEFT_START, givenRight, RIGHT_START, width, 0, length, intercept,
                scalar, width);
        expectPairSums(left, right, width, length, scalar, what + ", scalar");
    }

    private static double[] filled(int width) {
        double[] out = new double[width * width];
        java.util.Arrays.fill(out, 7.0);
        return out;
    }

    private static void expectPairSums(double[][] left, double[][] right, int width, int length, double[] out,
                                       String what) {
        for (int a = 0; a < width; a++) {
            for (int b = 0; b < width; b++) {
                if (b < a) {
                    assertThat(out[a * width + b]).as("below the diagonal, untouched").isEqualTo(7.0);
                    continue;
                }
                double expected = 7.0;
                for (int i = 0; i < length; i++) {
                    expected += left[a][LEFT_START + i] * right[b][RIGHT_START + i];
                }
                assertThat(out[a * width + b]).as("%s, entry (%d, %d)", what, a, b)
                        .isCloseTo(expected, Offset.offset(1e-12));
            }
        }
    }
}

package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import causal.random.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The vector kernels compute the scalar loops' sums in another order: equal to rounding for every length, whole
 * vectors or not. stdlib's tests load the vector module, so ALS's own tests run through these kernels here.
 */
class VectorKernelsTest {
    @Test
    void stdlibTestsRunTheVectorKernelsWhereTheCpuHasThem() {
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
        assertThat(GatheredRows.VECTORS).isEqualTo(VectorKernels.native256());
    }

    @Test
    void dotProductsAndSumsOfRowsAgreeWithThePlainLoops() {
        RandomSource random = new RandomSource(11);
        for (int k = 1; k <= 70; k++) {
            double[][] y = new double[4][k];
            double[] v = new double[k];
            double[] z = new double[4];
            for (int a = 0; a < k; a++) {
                v[a] = random.nextDouble() * 2 - 1;
                for (int g = 0; g < 4; g++) {
                    y[g][a] = random.nextDouble() * 2 - 1;
                }
            }
            for (int g = 0; g < 4; g++) {
                z[g] = random.nextDouble() * 4 - 2;
            }

            double[] dots = new double[4];
            VectorKernels.dotsOfFour(y[0], y[1], y[2], y[3], v, k, dots);
            double[] out = new double[k];
            for (int a = 0; a < k; a++) {
                out[a] = a;
            }
            VectorKernels.addRows(out, z[0], y[0], z[1], y[1], z[2], y[2], z[3], y[3], k);

            for (int g = 0; g < 4; g++) {
                double dot = 0;
                for (int a = 0; a < k; a++) {
                    dot += y[g][a] * v[a];
                }
                assertThat(dots[g]).as("k = %d, row %d", k, g).isCloseTo(dot, within(1e-13));
            }
            for (int a = 0; a < k; a++) {
                double sum = a + z[0] * y[0][a] + z[1] * y[1][a] + z[2] * y[2][a] + z[3] * y[3][a];
                assertThat(out[a]).as("k = %d, entry %d", k, a).isCloseTo(sum, within(1e-13));
            }
        }
    }
}

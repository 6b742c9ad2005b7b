package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import causal.random.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The gathered rows are copied in chunks and worked on four at a time, then one by one: for every count of rows, the
 * grouped passes give the sums a plain loop over the rows gives (the definitions, to rounding).
 */
class GatheredRowsTest {
    private static final double TOLERANCE = 1e-12;

    /** A random factor matrix of {@code rows} × k, row-major. */
    private static double[] factors(int rows, int k, RandomSource random) {
        double[] f = new double[rows * k];
        for (int p = 0; p < f.length; p++) {
            f[p] = random.nextDouble() * 2 - 1;
        }
        return f;
    }

    @Test
    void everyCountOfRowsGivesThePlainSums() {
        RandomSource random = new RandomSource(3);
        for (int k : new int[] {5, 8, 13}) {
            int otherRows = 40;
            double[] f = factors(otherRows, k, random);
            GatheredRows gathered = new GatheredRows(k);
            // Every remainder of the groups of four, and the chunks of the copy (128 rows) with and without a rest.
            for (int n : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 127, 128, 129, 300}) {
                int[] index = new int[n + 2];
                double[] weight = new double[n];
                double[] target = new double[n];
                for (int i = 0; i < n; i++) {
                    index[i + 2] = (int) (random.nextDouble() * otherRows);
                    weight[i] = 0.5 + random.nextDouble();
                    target[i] = random.nextDouble() * 4 - 2;
                }
                double[] v = new double[k];
                for (int a = 0; a < k; a++) {
                    v[a] = random.nextDouble() - 0.5;
                }
                double shift = 0.3;

                // Plain loops: y_i = row index[2 + i] of f.
                double[] residualSums = new double[k];
                double[] squares = new double[k];
                double[] productSums = new double[k];
                double residualTotal = 0;
                double productTotal = 0;
                double squaredProducts = 0;
                for (int i = 0; i < n; i++) {
                    double dot = 0;
                    for (int a = 0; a < k; a++) {
                        dot += f[index[i + 2] * k + a] * v[a];
                    }
                    double residual = target[i] - weight[i] * (dot + shift);
                    double product = weight[i] * (dot + shift);
                    for (int a = 0; a < k; a++) {
                        double y = f[index[i + 2] * k + a];
                        residualSums[a] += residual * y;
                        squares[a] += y * y;
                        productSums[a] += product * y;
                    }
                    residualTotal += residual;
                    productTotal += product;
                    squaredProducts += weight[i] * (dot + shift) * (dot + shift);
                }

                gathered.prepare(n);
                for (int i = 0; i < n; i++) {
                    gathered.set(i, weight[i], target[i]);
                }
                double[] out = new double[k];
                double[] outSquares = new double[k];
                double total = gathered.gatherResiduals(f, index, 2, v, shift, out, outSquares);
                String at = "k = " + k + ", n = " + n;
                assertThat(total).as(at).isCloseTo(residualTotal, within(TOLERANCE));
                for (int a = 0; a < k; a++) {
                    assertThat(out[a]).as(at).isCloseTo(residualSums[a], within(TOLERANCE));
                    assertThat(outSquares[a]).as(at).isCloseTo(squares[a], within(TOLERANCE));
                }
                double[] products = new double[k];
                assertThat(gathered.addProducts(v, shift, products)).as(at).isCloseTo(productTotal, within(TOLERANCE));
                for (int a = 0; a < k; a++) {
                    assertThat(products[a]).as(at).isCloseTo(productSums[a], within(TOLERANCE));
                }
                assertThat(gathered.squaredProducts(v, shift)).as(at).isCloseTo(squaredProducts, within(TOLERANCE));
            }
        }
    }

    @Test
    void aZeroVectorHasZeroDotProducts() {
        // The first half-step starts every user at 0: the residuals are then the targets themselves.
        int k = 4;
        double[] f = {1, 2, 3, 4, -1, 0.5, 0, 2, 3, 3, -2, 1};
        GatheredRows gathered = new GatheredRows(k);
        int n = 10;
        int[] index = new int[n];
        gathered.prepare(n);
        for (int i = 0; i < n; i++) {
            index[i] = i % 3;
            gathered.set(i, 1, i);
        }
        double[] out = new double[k];
        double total = gathered.gatherResiduals(f, index, 0, new double[k], 0, out, null);
        assertThat(total).isEqualTo(45.0);
        double[] expected = new double[k];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < k; a++) {
                expected[a] += i * f[index[i] * k + a];
            }
        }
        assertThat(out).containsExactly(expected, within(1e-12));
    }
}

package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import causal.random.RandomSource;
import java.util.Arrays;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;

class TreeGrowerTest {
    private static final double[][] ONE_TO_TEN = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}};
    private static final double[] STEP = {0, 0, 0, 0, 1, 1, 1, 1, 1, 1};

    @Test
    void splitsAStepAtTheMidpointBetweenItsTwoLevels() {
        RegressionTree tree = grow(ONE_TO_TEN, STEP, ones(10), new TreeShape(1, 1, 1), 0);
        assertThat(tree.feature(0)).isZero();
        assertThat(tree.value(0)).isEqualTo(4.5);
        assertThat(tree.value(tree.left(0))).isEqualTo(0.0);
        assertThat(tree.value(tree.left(0) + 1)).isEqualTo(1.0);
    }

    @Test
    void leavesAtLeastMinLeafRowsOnEachSide() {
        RegressionTree tree = grow(ONE_TO_TEN, STEP, ones(10), new TreeShape(1, 5, 1), 0);
        assertThat(tree.value(0)).isEqualTo(5.5);
        assertThat(tree.value(tree.left(0))).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void countsADrawnRowAsManyTimesAsItWasDrawn() {
        double[][] x = {{1, 2, 3, 4}};
        RegressionTree root = grow(x, new double[] {0, 0, 1, 1}, new double[] {3, 1, 1, 1}, new TreeShape(1, 1, 0), 0);
        assertThat(root.nodeCount()).isEqualTo(1);
        assertThat(root.predict(x, 0)).isCloseTo(2.0 / 6, within(1e-15));
    }

    @Test
    void ignoresRowsThatWereNotDrawn() {
        double[] y = STEP.clone();
        y[9] = 1e6;
        double[] w = ones(10);
        w[9] = 0;
        RegressionTree tree = grow(ONE_TO_TEN, y, w, new TreeShape(1, 1, 1), 0);
        assertThat(tree.value(tree.left(0) + 1)).isEqualTo(1.0);
    }

    @Test
    void leavesAConstantTargetUnsplitDespiteRounding() {
        double[][] x = {new double[50]};
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            x[0][i] = i;
            y[i] = 0.1;
        }
        assertThat(grow(x, y, ones(50), new TreeShape(1, 1, 100), 0).nodeCount()).isEqualTo(1);
    }

    @Test
    void triesFurtherFeaturesWhenTheDrawnOneIsConstantInTheNode() {
        double[][] x = {new double[10], ONE_TO_TEN[0]};
        for (long seed = 0; seed < 20; seed++) {
            RegressionTree tree = grow(x, STEP, ones(10), new TreeShape(1, 1, 1), seed);
            assertThat(tree.feature(0)).isEqualTo(1);
        }
    }

    @Test
    void splitsWhereTheSquaredErrorIsLeastAsABruteForceSearchFindsIt() {
        RandomSource random = new RandomSource(2024);
        for (int trial = 0; trial < 50; trial++) {
            double[][] x = randomFeatures(random, 3, 30);
            double[] y = new double[30];
            for (int i = 0; i < 30; i++) {
                y[i] = random.nextDouble() + x[trial % 3][i];
            }
            assertRootSplitIsBest(x, y, TreeGrowerTest::squaredError);
        }
    }

    @Test
    void splitsAZeroOneTargetWhereTheGiniImpurityIsLeastAsABruteForceSearchFindsIt() {
        RandomSource random = new RandomSource(2025);
        for (int trial = 0; trial < 50; trial++) {
            double[][] x = randomFeatures(random, 3, 30);
            double[] y = new double[30];
            for (int i = 0; i < 30; i++) {
                y[i] = random.nextDouble() < 0.3 + 0.4 * x[trial % 3][i] ? 1 : 0;
            }
            assertRootSplitIsBest(x, y, TreeGrowerTest::gini);
        }
    }

    /**
     * The grown stump's impurity equals the least over every feature and every cut between distinct values,
     * enumerated directly; features have ties (values on a grid of tenths).
     */
    private static void assertRootSplitIsBest(double[][] x, double[] y,
            ToDoubleBiFunction<double[], boolean[]> impurity) {
        int n = y.length;
        double best = Double.POSITIVE_INFINITY;
        for (double[] feature : x) {
            for (double cut : feature) {
                boolean[] left = new boolean[n];
                int count = 0;
                for (int i = 0; i < n; i++) {
                    left[i] = feature[i] <= cut;
                    count += left[i] ? 1 : 0;
                }
                if (count > 0 && count < n) {
                    best = Math.min(best, impurity.applyAsDouble(y, left));
                }
            }
        }
        RegressionTree stump = grow(x, y, ones(n), new TreeShape(x.length, 1, 1), 0);
        boolean[] left = new boolean[n];
        for (int i = 0; i < n; i++) {
            left[i] = x[stump.feature(0)][i] <= stump.value(0);
        }
        assertThat(impurity.applyAsDouble(y, left)).isCloseTo(best, within(1e-9));
    }

    /** Σ over both sides of Σ (y - side mean)². */
    private static double squaredError(double[] y, boolean[] left) {
        double total = 0;
        for (boolean side : new boolean[] {true, false}) {
            double sum = 0;
            int count = 0;
            for (int i = 0; i < y.length; i++) {
                if (left[i] == side) {
                    sum += y[i];
                    count++;
                }
            }
            double mean = sum / count;
            for (int i = 0; i < y.length; i++) {
                if (left[i] == side) {
                    total += (y[i] - mean) * (y[i] - mean);
                }
            }
        }
        return total;
    }

    /** Σ over both sides of n_side · (1 - p_side² - (1 - p_side)²), the impurity CART's Gini splitting minimizes. */
    private static double gini(double[] y, boolean[] left) {
        double total = 0;
        for (boolean side : new boolean[] {true, false}) {
            double ones = 0;
            int count = 0;
            for (int i = 0; i < y.length; i++) {
                if (left[i] == side) {
                    ones += y[i];
                    count++;
                }
            }
            double p = ones / count;
            total += count * (1 - p * p - (1 - p) * (1 - p));
        }
        return total;
    }

    private static double[][] randomFeatures(RandomSource random, int p, int n) {
        double[][] x = new double[p][n];
        for (double[] column : x) {
            for (int i = 0; i < n; i++) {
                column[i] = Math.floor(random.nextDouble() * 10) / 10;
            }
        }
        return x;
    }

    private static RegressionTree grow(double[][] x, double[] y, double[] w, TreeShape shape, long seed) {
        SortedRows rows = SortedFeatures.of(x).restrictedTo(x, w);
        return new TreeGrower(y, null, w, rows, shape, new RandomSource(seed)).grow();
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }
}

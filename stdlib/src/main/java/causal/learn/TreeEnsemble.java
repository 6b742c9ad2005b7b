package causal.learn;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A fitted sum of trees, {@code F(x) = base + scale · Σ_t tree_t(x)}: a forest's average ({@code base = 0},
 * {@code scale = 1/T}) or a boosted model ({@code base} the initial fit, {@code scale} the learning rate). Rows are
 * predicted in parallel blocks; each row adds its trees in order, so the sums are the same whatever the thread count.
 */
final class TreeEnsemble implements FittedModel {
    private static final int BLOCK_ROWS = 1024;

    private final double base;
    private final double scale;
    private final List<RegressionTree> trees;
    private final int featureCount;

    TreeEnsemble(double base, double scale, List<RegressionTree> trees, int featureCount) {
        this.base = base;
        this.scale = scale;
        this.trees = List.copyOf(trees);
        this.featureCount = featureCount;
    }

    @Override
    public int featureCount() {
        return featureCount;
    }

    int treeCount() {
        return trees.size();
    }

    RegressionTree tree(int t) {
        return trees.get(t);
    }

    @Override
    public double[] predict(double[][] features) {
        int rows = Checks.prediction(features, featureCount);
        double[] out = new double[rows];
        int blocks = (rows + BLOCK_ROWS - 1) / BLOCK_ROWS;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = b * BLOCK_ROWS;
            int to = Math.min(rows, from + BLOCK_ROWS);
            for (RegressionTree tree : trees) {
                for (int i = from; i < to; i++) {
                    out[i] += tree.predict(features, i);
                }
            }
            for (int i = from; i < to; i++) {
                out[i] = base + scale * out[i];
            }
        });
        return out;
    }
}

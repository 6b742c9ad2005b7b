package causal.uplift;

import causal.data.NumericColumn;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A fitted {@link CausalForest}. For a row {@code x}, each tree's leaf gives the means of {@code w̃}, {@code ỹ},
 * {@code w̃²} and {@code w̃ỹ} over its estimation rows; averaged over the trees (the forest weights {@code α_i(x)} of
 * Athey, Tibshirani and Wager 2019, eq. 3) they give the local effect
 * <pre>
 *   τ̂(x) = (E_α[w̃ỹ] - E_α[w̃] E_α[ỹ]) / (E_α[w̃²] - E_α[w̃]²),
 * </pre>
 * grf's {@code predict(causal_forest)}. Its variance is the {@link LittleBags bootstrap of little bags} of the
 * trees' contributions {@code ψ_b = (ψ1_b - E_α[w̃] ψ2_b) / D} with {@code ψ1_b = wy_b - ww_b τ̂ - w_b μ̂},
 * {@code ψ2_b = y_b - w_b τ̂ - μ̂}, {@code μ̂ = E_α[ỹ] - E_α[w̃] τ̂} and {@code D} the denominator above: the
 * delta method for the two moment conditions of the local fit, as grf's {@code InstrumentalPredictionStrategy}.
 *
 * <p>Rows are predicted in parallel blocks, each row adding its trees in order: the same numbers whatever the
 * thread count.
 */
public final class FittedCausalForest implements FittedUplift {
    private static final int BLOCK_ROWS = 256;

    private final List<CausalTree> trees;
    private final int groupSize;
    private final int featureCount;
    private final AverageEffect averageEffect;

    FittedCausalForest(List<CausalTree> trees, int groupSize, int featureCount, AverageEffect averageEffect) {
        this.trees = List.copyOf(trees);
        this.groupSize = groupSize;
        this.featureCount = featureCount;
        this.averageEffect = averageEffect;
    }

    @Override
    public String learner() {
        return CausalForest.KEYWORD;
    }

    @Override
    public int featureCount() {
        return featureCount;
    }

    /** The number of trees (the {@code trees} option rounded up to whole groups). */
    public int treeCount() {
        return trees.size();
    }

    @Override
    public double[] predict(double[][] features) {
        int rows = Checks.prediction(features, featureCount);
        double[] effect = new double[rows];
        forEachBlock(rows, (from, to) -> {
            BlockAverages block = new BlockAverages(trees, features, from, to, null, false);
            for (int i = from; i < to; i++) {
                effect[i] = block.effect(i);
            }
        });
        return effect;
    }

    /**
     * The predicted effect of every row of {@code features} with its standard error. Not modified: features.
     *
     * @throws UpliftException when the number of columns differs from the fit or a value is not finite
     */
    public EffectPredictions predictWithStandardErrors(double[][] features) {
        int rows = Checks.prediction(features, featureCount);
        double[] effect = new double[rows];
        double[] stdError = new double[rows];
        int groups = trees.size() / groupSize;
        forEachBlock(rows, (from, to) -> {
            BlockAverages block = new BlockAverages(trees, features, from, to, null, true);
            double[] psi = new double[trees.size()];
            for (int i = from; i < to; i++) {
                effect[i] = block.effect(i);
                block.contributions(i, psi);
                stdError[i] = Math.sqrt(LittleBags.variance(psi, groups, groupSize));
            }
        });
        return new EffectPredictions(NumericColumn.of("cate", effect), NumericColumn.of("std_error", stdError));
    }

    /**
     * The out-of-bag effect of every training row: from the trees whose subsample left the row out (from all trees
     * for a row that every subsample drew, which only a forest of very few trees leaves). Not modified: trees,
     * features, inBag.
     */
    static double[] outOfBag(List<CausalTree> trees, double[][] features, long[][] inBag) {
        int rows = features[0].length;
        double[] effect = new double[rows];
        forEachBlock(rows, (from, to) -> {
            BlockAverages block = new BlockAverages(trees, features, from, to, inBag, false);
            for (int i = from; i < to; i++) {
                effect[i] = block.used(i) > 0 ? block.effect(i)
                        : new BlockAverages(trees, features, i, i + 1, null, false).effect(i);
            }
        });
        return effect;
    }

    @Override
    public AverageEffect averageEffect() {
        return averageEffect;
    }

    private interface Block {
        void run(int from, int to);
    }

    private static void forEachBlock(int rows, Block block) {
        int blocks = (rows + BLOCK_ROWS - 1) / BLOCK_ROWS;
        IntStream.range(0, blocks).parallel()
                .forEach(b -> block.run(b * BLOCK_ROWS, Math.min(rows, (b + 1) * BLOCK_ROWS)));
    }

    /**
     * The forest-weighted means of a block of rows, over all trees or over those whose bag left each row out. Trees
     * are visited one at a time for the whole block (each tree's nodes stay in cache), and each row still adds its
     * trees in order.
     */
    private static final class BlockAverages {
        private final List<CausalTree> trees;
        private final int from;
        private final int size;
        private final double[] w;
        private final double[] y;
        private final double[] ww;
        private final double[] wy;
        private final int[] used;
        /** The leaf of row {@code from + k} in tree {@code b} at {@code b * size + k}, when kept. */
        private final int[] leaves;

        BlockAverages(List<CausalTree> trees, double[][] features, int from, int to, long[][] inBag,
                boolean keepLeaves) {
            this.trees = trees;
            this.from = from;
            size = to - from;
            w = new double[size];
            y = new double[size];
            ww = new double[size];
            wy = new double[size];
            used = new int[size];
            leaves = keepLeaves ? new int[trees.size() * size] : null;
            for (int b = 0; b < trees.size(); b++) {
                CausalTree tree = trees.get(b);
                for (int k = 0; k < size; k++) {
                    int row = from + k;
                    if (inBag != null && (inBag[b][row >>> 6] & (1L << row)) != 0) {
                        continue;
                    }
                    int leaf = tree.leaf(features, row);
                    if (leaves != null) {
                        leaves[b * size + k] = leaf;
                    }
                    w[k] += tree.mean(leaf, CausalTree.W);
                    y[k] += tree.mean(leaf, CausalTree.Y);
                    ww[k] += tree.mean(leaf, CausalTree.WW);
                    wy[k] += tree.mean(leaf, CausalTree.WY);
                    used[k]++;
                }
            }
            for (int k = 0; k < size; k++) {
                w[k] /= used[k];
                y[k] /= used[k];
                ww[k] /= used[k];
                wy[k] /= used[k];
            }
        }

        /** The number of trees averaged for row {@code row}. */
        int used(int row) {
            return used[row - from];
        }

        /** The local effect of row {@code row}. */
        double effect(int row) {
            int k = row - from;
            return (wy[k] - w[k] * y[k]) / denominator(row);
        }

        private double denominator(int row) {
            int k = row - from;
            double d = ww[k] - w[k] * w[k];
            if (!(d > 0)) {
                throw new UpliftException("the causal forest finds no variation in the centred treatment around row "
                        + (row + 1) + ", so it cannot estimate an effect there");
            }
            return d;
        }

        /** Each tree's contribution {@code ψ_b} to row {@code row}'s linearized estimate. Modified: psi. */
        void contributions(int row, double[] psi) {
            int k = row - from;
            double d = denominator(row);
            double effect = (wy[k] - w[k] * y[k]) / d;
            double intercept = y[k] - w[k] * effect;
            for (int b = 0; b < trees.size(); b++) {
                CausalTree tree = trees.get(b);
                int leaf = leaves[b * size + k];
                double tw = tree.mean(leaf, CausalTree.W);
                double psiSlope = tree.mean(leaf, CausalTree.WY) - tree.mean(leaf, CausalTree.WW) * effect
                        - tw * intercept;
                double psiLevel = tree.mean(leaf, CausalTree.Y) - tw * effect - intercept;
                psi[b] = (psiSlope - w[k] * psiLevel) / d;
            }
        }
    }
}

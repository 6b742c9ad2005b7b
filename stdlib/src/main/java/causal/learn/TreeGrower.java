package causal.learn;

import causal.random.RandomSource;

/**
 * Grows one regression tree by recursive binary splitting (Breiman et al. 1984, CART) on presorted features.
 *
 * <p>A node is a segment {@code [lo, hi)} that holds the same rows in every feature's order array. The best split of
 * a feature is found in one scan of its segment, keeping running sums of the weights {@code w} and of {@code w·g};
 * the split maximizing {@code S_L²/W_L + S_R²/W_R} is the one that most reduces the weighted squared error (for a
 * 0/1 target this is also the split of greatest Gini decrease, since the Gini impurity of a binary node is twice
 * its variance). The chosen split then partitions every feature's segment stably, so the children's segments stay
 * sorted, at a cost of one pass over the node's rows per feature.
 *
 * <p>Each split looks at features in a random order and stops after {@code mtry} that have a valid split, as
 * scikit-learn does: a node is never made a leaf only because the first features drawn were constant in it.
 * Thresholds are midpoints between consecutive distinct values, as in randomForest and scikit-learn.
 *
 * <p>A split is made only if it lowers the squared error by more than {@code 1e-12} of the node's
 * {@code S²/W}: less is rounding, and growing on it would split a constant target down to single rows. A leaf
 * predicts {@code Σ w g / Σ w}, or with {@code hessian} the Newton step {@code Σ w g / Σ w h} that gradient boosting
 * with log loss takes (Friedman 2001, §4.5).
 *
 * <p>Not modified: target, hessian, weight. Modified: the arrays of {@code sorted}.
 */
final class TreeGrower {
    private static final double MIN_RELATIVE_GAIN = 1e-12;

    private final double[] weight;
    /** {@code w_i} at {@code 2i} and {@code w_i g_i} at {@code 2i + 1}: one cache line serves both reads of a row. */
    private final double[] weightAndSum;
    private final double[] hessian;
    private final int[][] order;
    private final double[][] sortedValues;
    private final TreeShape shape;
    private final RandomSource random;
    private final int[] buffer;
    private final double[] valueBuffer;
    private final byte[] goesLeft;
    private final int[] features;
    private final TreeNodes nodes = new TreeNodes();
    private final SegmentStack stack = new SegmentStack();

    private int bestFeature;
    private int bestEnd;
    private double bestScore;
    private double bestThreshold;
    private double bestLeftWeight;
    private double bestLeftSum;

    /**
     * @param target the values {@code g} the tree fits, per row
     * @param weight per row: how often the row was drawn (0: not in this tree's sample)
     * @param sorted the rows with positive weight sorted by each feature (rearranged by growing)
     * @param hessian second derivatives of the loss per row, or null for leaves that are weighted means
     * @param random the feature draws; unused when {@code shape.mtry()} is the number of features
     */
    TreeGrower(double[] target, double[] hessian, double[] weight, SortedRows sorted, TreeShape shape,
            RandomSource random) {
        this.weight = weight;
        this.hessian = hessian;
        this.order = sorted.rows;
        this.sortedValues = sorted.values;
        this.shape = shape;
        this.random = random;
        weightAndSum = new double[2 * target.length];
        for (int i = 0; i < target.length; i++) {
            weightAndSum[2 * i] = weight[i];
            weightAndSum[2 * i + 1] = weight[i] * target[i];
        }
        buffer = new int[sorted.size()];
        valueBuffer = new double[sorted.size()];
        goesLeft = new byte[target.length];
        features = new int[sorted.features()];
        for (int j = 0; j < features.length; j++) {
            features[j] = j;
        }
    }

    RegressionTree grow() {
        int[] rows = order[0];
        double w = 0;
        double s = 0;
        for (int r : rows) {
            w += weightAndSum[2 * r];
            s += weightAndSum[2 * r + 1];
        }
        stack.push(nodes.add(), 0, rows.length, 0, 0, w, s);
        while (!stack.isEmpty()) {
            int node = stack.node();
            int lo = stack.lo();
            int hi = stack.hi();
            int depth = stack.depth();
            int rowsOf = stack.sortedBy();
            double nodeWeight = stack.weight();
            double nodeSum = stack.sum();
            stack.pop();
            growNode(node, lo, hi, depth, rowsOf, nodeWeight, nodeSum);
        }
        return nodes.toTree();
    }

    /**
     * Splits node {@code node}, which holds {@code order[rowsOf][lo, hi)} of total weight {@code w} and weighted
     * target sum {@code s}, or makes it a leaf.
     */
    private void growNode(int node, int lo, int hi, int depth, int rowsOf, double w, double s) {
        if (depth >= shape.maxDepth() || w < 2.0 * shape.minLeaf() || !findSplit(lo, hi, w, s)) {
            nodes.setLeaf(node, leafValue(order[rowsOf], lo, hi, w, s));
            return;
        }
        int mid = bestEnd + 1;
        int left = nodes.addPair();
        nodes.split(node, bestFeature, bestThreshold, left);
        double leftWeight = bestLeftWeight;
        double rightWeight = w - leftWeight;
        boolean childMaySplit = leftWeight >= 2.0 * shape.minLeaf() || rightWeight >= 2.0 * shape.minLeaf();
        if (depth + 1 < shape.maxDepth() && childMaySplit) {
            partition(lo, mid, hi);
        }
        stack.push(left + 1, mid, hi, depth + 1, bestFeature, rightWeight, s - bestLeftSum);
        stack.push(left, lo, mid, depth + 1, bestFeature, leftWeight, bestLeftSum);
    }

    private double leafValue(int[] rows, int lo, int hi, double w, double s) {
        if (hessian == null) {
            return s / w;
        }
        double h = 0;
        for (int k = lo; k < hi; k++) {
            int r = rows[k];
            h += weight[r] * hessian[r];
        }
        // scikit-learn's guard: a node whose probabilities are all (numerically) 0 or 1 takes no step.
        return h < 1e-150 ? 0 : s / h;
    }

    /** Looks for the best split of the segment; true if one leaves {@code minLeaf} weight on each side. */
    private boolean findSplit(int lo, int hi, double w, double s) {
        // A split must beat the node by more than rounding: summing a constant target in two parts can exceed
        // summing it whole by a few ulps, and growing on that noise would split pure nodes down to single rows.
        bestScore = s * s / w * (1 + MIN_RELATIVE_GAIN);
        bestFeature = -1;
        int wanted = Math.min(shape.mtry(), features.length);
        int tried = 0;
        for (int k = 0; k < features.length && tried < wanted; k++) {
            if (wanted < features.length) {
                int pick = k + random.nextInt(features.length - k);
                int t = features[k];
                features[k] = features[pick];
                features[pick] = t;
            }
            if (scan(features[k], lo, hi, w, s)) {
                tried++;
            }
        }
        return bestFeature >= 0;
    }

    /** Scans feature {@code f}'s segment for a better split; true if the feature has any valid split. */
    private boolean scan(int f, int lo, int hi, double w, double s) {
        int[] rows = order[f];
        double[] values = sortedValues[f];
        double minLeaf = shape.minLeaf();
        double leftWeight = 0;
        double leftSum = 0;
        boolean valid = false;
        for (int k = lo; k < hi - 1; k++) {
            int r = rows[k];
            leftWeight += weightAndSum[2 * r];
            leftSum += weightAndSum[2 * r + 1];
            double here = values[k];
            double next = values[k + 1];
            if (here == next || leftWeight < minLeaf) {
                continue;
            }
            double rightWeight = w - leftWeight;
            if (rightWeight < minLeaf) {
                break;
            }
            valid = true;
            double rightSum = s - leftSum;
            double score = leftSum * leftSum / leftWeight + rightSum * rightSum / rightWeight;
            if (score > bestScore) {
                bestScore = score;
                bestFeature = f;
                bestEnd = k;
                bestLeftWeight = leftWeight;
                bestLeftSum = leftSum;
                double midpoint = here + (next - here) / 2;
                bestThreshold = midpoint < next ? midpoint : here;
            }
        }
        return valid;
    }

    /** Rearranges every other feature's segment into its left rows then its right rows, each still sorted. */
    private void partition(int lo, int mid, int hi) {
        PresortedPartition.partition(order, sortedValues, bestFeature, lo, mid, hi, goesLeft, buffer, valueBuffer);
    }
}

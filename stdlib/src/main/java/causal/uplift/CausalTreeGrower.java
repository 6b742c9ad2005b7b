package causal.uplift;

import causal.learn.PresortedPartition;
import causal.random.RandomSource;
import java.util.Arrays;

/**
 * Grows one causal tree on its splitting rows by the gradient-based criterion of Athey, Tibshirani and Wager 2019
 * ("Generalized random forests", Ann. Statist. 47(2), §2.3), as grf's {@code causal_forest} with the treatment as its
 * own instrument, then fills its leaves from the estimation rows.
 *
 * <p>At each node the effect {@code β = Σ (w̃ - w̄)(ỹ - ȳ) / Σ (w̃ - w̄)²} is fitted on the node's rows, each row is
 * relabelled with its pseudo-outcome {@code ρ = (w̃ - w̄)((ỹ - ȳ) - β (w̃ - w̄))} (the influence of the row on
 * {@code β}, up to a constant of the node), and the split is the CART split of {@code ρ}: the one maximizing
 * {@code S_L²/n_L + S_R²/n_R} with {@code S} the children's sums of {@code ρ}. A node of at most {@code min_leaf}
 * rows, or without variation in {@code w̃}, is a leaf. As grf's split stabilization, each child must hold at least
 * {@code min_leaf} rows with {@code w̃} below the node's mean and {@code min_leaf} above it, and a child's
 * {@code Σ (w̃ - w̄_child)²} must be at least {@code alpha} times the node's.
 *
 * <p>Features are presorted once per forest; a node is a segment {@code [lo, hi)} holding the same rows in every
 * feature's order, partitioned stably at each split. Each split tries {@code mtry} features drawn without
 * replacement; thresholds are midpoints between consecutive distinct values.
 */
final class CausalTreeGrower {
    private final double[][] x;
    private final double[] centredTreatment;
    private final double[] centredOutcome;
    /** Per feature, the splitting rows (as local ids) in increasing order of the feature, and their values. */
    private final int[][] order;
    private final double[][] sortedValues;
    /** The global row of each local id. */
    private final int[] rows;
    private final int mtry;
    private final int minLeaf;
    private final double alpha;
    private final RandomSource random;
    private final double[] rho;
    private final byte[] goesLeft;
    private final int[] buffer;
    private final double[] valueBuffer;
    private final int[] candidates;

    private int[] feature = new int[64];
    private double[] threshold = new double[64];
    private int[] child = new int[64];
    private int nodes;

    private int bestFeature;
    private int bestEnd;
    private double bestThreshold;
    private double bestDecrease;

    /**
     * @param sorted every row sorted by each feature of {@code x}
     * @param splitting the global rows this tree splits on
     * @param localOf scratch space of one int per row of {@code x}, all -1, and left so
     */
    CausalTreeGrower(double[][] x, double[] centredTreatment, double[] centredOutcome, int[][] sorted,
            int[] splitting, int[] localOf, int mtry, int minLeaf, double alpha, RandomSource random) {
        this.x = x;
        this.centredTreatment = centredTreatment;
        this.centredOutcome = centredOutcome;
        this.rows = splitting;
        this.mtry = Math.min(mtry, x.length);
        this.minLeaf = minLeaf;
        this.alpha = alpha;
        this.random = random;
        int m = splitting.length;
        for (int k = 0; k < m; k++) {
            localOf[splitting[k]] = k;
        }
        order = new int[x.length][m];
        sortedValues = new double[x.length][m];
        for (int f = 0; f < x.length; f++) {
            int k = 0;
            for (int r : sorted[f]) {
                if (localOf[r] >= 0) {
                    order[f][k] = localOf[r];
                    sortedValues[f][k++] = x[f][r];
                }
            }
        }
        for (int r : splitting) {
            localOf[r] = -1;
        }
        rho = new double[m];
        goesLeft = new byte[m];
        buffer = new int[m];
        valueBuffer = new double[m];
        candidates = new int[x.length];
        for (int f = 0; f < candidates.length; f++) {
            candidates[f] = f;
        }
    }

    /** Grows the tree on the splitting rows and fills its leaves from {@code estimation} (global rows). */
    CausalTree grow(int[] estimation) {
        int[] stack = new int[3 * 64];
        int top = 0;
        stack[top++] = addNode();
        stack[top++] = 0;
        stack[top++] = rows.length;
        while (top > 0) {
            int hi = stack[--top];
            int lo = stack[--top];
            int node = stack[--top];
            if (!split(lo, hi)) {
                continue;
            }
            int mid = bestEnd + 1;
            int left = addNode();
            addNode();
            feature[node] = bestFeature;
            threshold[node] = bestThreshold;
            child[node] = left;
            partition(lo, mid, hi);
            if (top + 6 > stack.length) {
                stack = Arrays.copyOf(stack, 2 * stack.length);
            }
            stack[top++] = left + 1;
            stack[top++] = mid;
            stack[top++] = hi;
            stack[top++] = left;
            stack[top++] = lo;
            stack[top++] = mid;
        }
        return CausalTree.filled(Arrays.copyOf(feature, nodes), Arrays.copyOf(threshold, nodes),
                Arrays.copyOf(child, nodes), x, centredTreatment, centredOutcome, estimation);
    }

    private int addNode() {
        if (nodes == feature.length) {
            feature = Arrays.copyOf(feature, 2 * nodes);
            threshold = Arrays.copyOf(threshold, 2 * nodes);
            child = Arrays.copyOf(child, 2 * nodes);
        }
        feature[nodes] = -1;
        return nodes++;
    }

    /** Relabels the node's rows and looks for the best split; true if one was found (then in the best* fields). */
    private boolean split(int lo, int hi) {
        Node parent = hi - lo <= minLeaf ? null : relabel(lo, hi);
        if (parent == null) {
            return false;
        }
        bestFeature = -1;
        bestDecrease = 0;
        for (int k = 0; k < mtry; k++) {
            int pick = k + random.nextInt(candidates.length - k);
            int f = candidates[pick];
            candidates[pick] = candidates[k];
            candidates[k] = f;
            scan(f, lo, hi, parent);
        }
        return bestFeature >= 0;
    }

    /**
     * Fits the node's effect {@code β} and writes each row's pseudo-outcome {@code ρ}; the node's totals, or null
     * when its treatment does not vary.
     */
    private Node relabel(int lo, int hi) {
        int size = hi - lo;
        int[] rowsOf = order[0];
        double sumW = 0;
        double sumY = 0;
        for (int k = lo; k < hi; k++) {
            int r = rows[rowsOf[k]];
            sumW += centredTreatment[r];
            sumY += centredOutcome[r];
        }
        double meanW = sumW / size;
        double meanY = sumY / size;
        double numerator = 0;
        double spread = 0;
        for (int k = lo; k < hi; k++) {
            int r = rows[rowsOf[k]];
            double dw = centredTreatment[r] - meanW;
            numerator += dw * (centredOutcome[r] - meanY);
            spread += dw * dw;
        }
        // grf's guard: without variation in the treatment the node has no effect to split on.
        if (spread <= 1e-10) {
            return null;
        }
        double beta = numerator / spread;
        int below = 0;
        double sumRho = 0;
        for (int k = lo; k < hi; k++) {
            int local = rowsOf[k];
            int r = rows[local];
            double dw = centredTreatment[r] - meanW;
            rho[local] = dw * ((centredOutcome[r] - meanY) - beta * dw);
            sumRho += rho[local];
            below += centredTreatment[r] < meanW ? 1 : 0;
        }
        return new Node(size, meanW, below, sumW, spread + sumW * sumW / size, sumRho, alpha * spread);
    }

    /**
     * The node's totals the split scan needs: its size, mean {@code w̃}, rows below that mean, {@code Σ w̃},
     * {@code Σ w̃²}, {@code Σ ρ} (zero but for rounding), and the smallest spread of {@code w̃} a child may have.
     */
    private record Node(int size, double meanW, int below, double sumW, double sumWW, double sumRho,
            double minChildSpread) {
    }

    /** Scans feature {@code f}'s segment for a better split than the best so far. */
    private void scan(int f, int lo, int hi, Node node) {
        int[] rowsOf = order[f];
        double[] values = sortedValues[f];
        int leftSize = 0;
        int leftBelow = 0;
        double leftRho = 0;
        double leftW = 0;
        double leftWW = 0;
        for (int k = lo; k < hi - 1; k++) {
            int local = rowsOf[k];
            double w = centredTreatment[rows[local]];
            leftSize++;
            leftBelow += w < node.meanW() ? 1 : 0;
            leftRho += rho[local];
            leftW += w;
            leftWW += w * w;
            if (values[k] == values[k + 1] || leftBelow < minLeaf || leftSize - leftBelow < minLeaf) {
                continue;
            }
            int rightSize = node.size() - leftSize;
            int rightBelow = node.below() - leftBelow;
            // Right-hand counts only fall as the split moves right: once too few, no later split can do.
            if (rightBelow < minLeaf || rightSize - rightBelow < minLeaf) {
                break;
            }
            double leftSpread = leftWW - leftW * leftW / leftSize;
            double rightW = node.sumW() - leftW;
            double rightSpread = node.sumWW() - leftWW - rightW * rightW / rightSize;
            if (leftSpread < node.minChildSpread() || rightSpread < node.minChildSpread()) {
                continue;
            }
            double rightRho = node.sumRho() - leftRho;
            double decrease = leftRho * leftRho / leftSize + rightRho * rightRho / rightSize;
            if (decrease > bestDecrease) {
                bestDecrease = decrease;
                bestFeature = f;
                bestEnd = k;
                double midpoint = values[k] + (values[k + 1] - values[k]) / 2;
                bestThreshold = midpoint < values[k + 1] ? midpoint : values[k];
            }
        }
    }

    /** Rearranges every other feature's segment into its left rows then its right rows, each still sorted. */
    private void partition(int lo, int mid, int hi) {
        PresortedPartition.partition(order, sortedValues, bestFeature, lo, mid, hi, goesLeft, buffer, valueBuffer);
    }
}

package causal.recommend;

import causal.random.RandomSource;
import java.util.Arrays;

/**
 * The {@code als} recommender for ratings: {@code r̂_ui = μ + b_u + b_i + p_u · q_i}, fitted by alternating least
 * squares. Each half-step fixes one side and solves, for every user (or item) exactly, the ridge problem
 * <pre>
 *   min Σ_{i ∈ I_u} (r_ui − μ − b_i − b_u − p_u · q_i)² + λ n_u (‖p_u‖² + b_u²)
 * </pre>
 * through its (k + 1) × (k + 1) normal equations and a Cholesky factorization. The penalty grows with the user's
 * count n_u, the weighted-λ regularization of Zhou et al. (2008), "Large-scale parallel collaborative filtering for
 * the Netflix prize", as Spark MLlib's ALS; μ is the training mean and stays fixed.
 *
 * <p>Item factors start uniform in (−0.1, 0.1) from {@code new RandomSource(seed)}, biases at 0; an iteration solves
 * the users, then the items. Users (items) are solved in parallel, each from the other side's fixed values, so the
 * model is the same for a seed whatever the number of threads. A user without ratings keeps factors and bias 0.
 */
public final class AlternatingLeastSquares implements Recommender {
    private static final double INITIAL_SCALE = 0.1;

    /** The options: factors k, regularization λ, iterations, seed. */
    public record Options(int factors, double regularization, int iterations, long seed) {
        public static final Options DEFAULTS = new Options(10, 0.1, 10, 0);

        public Options {
            Checks.atLeast(factors, 1, "factors");
            Checks.positive(regularization, "reg");
            Checks.atLeast(iterations, 1, "iterations");
        }
    }

    private final Options options;

    public AlternatingLeastSquares(Options options) {
        this.options = options;
    }

    @Override
    public TrainedRecommender fit(Interactions data) {
        Checks.ratings(data, "als");
        int k = options.factors();
        double[] itemFactors = new double[data.itemCount() * k];
        RandomSource random = new RandomSource(options.seed());
        for (int p = 0; p < itemFactors.length; p++) {
            itemFactors[p] = (2 * random.nextDouble() - 1) * INITIAL_SCALE;
        }
        return fit(data, itemFactors);
    }

    /** The model after {@code iterations} from the given item factors (items × k, row-major; taken over). */
    FactorModel fit(Interactions data, double[] itemFactors) {
        int k = options.factors();
        double mean = data.meanValue();
        double[] userFactors = new double[data.userCount() * k];
        double[] userBias = new double[data.userCount()];
        double[] itemBias = new double[data.itemCount()];
        for (int iteration = 0; iteration < options.iterations(); iteration++) {
            solveSide(data.byUser(), itemFactors, itemBias, mean, userFactors, userBias);
            solveSide(data.byItem(), userFactors, userBias, mean, itemFactors, itemBias);
        }
        return new FactorModel("als", data, k, userFactors, itemFactors, userBias, itemBias, mean, true);
    }

    /**
     * One half-step: the factors and bias of every row of {@code rows} given the fixed other side. Modified:
     * factors, bias. Not modified: the rest.
     */
    void solveSide(SparseRows rows, double[] otherFactors, double[] otherBias, double mean, double[] factors,
            double[] bias) {
        int k = options.factors();
        int d = k + 1;
        double lambda = options.regularization();
        ParallelBlocks.forEach(rows.rowCount(), (start, end) -> {
            double[][] a = new double[d][d];
            double[] b = new double[d];
            Gram gram = new Gram(k, true);
            for (int r = start; r < end; r++) {
                int n = rows.length(r);
                if (n == 0) {
                    Arrays.fill(factors, r * k, r * k + k, 0);
                    bias[r] = 0;
                    continue;
                }
                // Rows [q, 1, t]: the Gram's first d columns are the system, its last column the right-hand side.
                gram.computeAugmented(otherFactors, rows.columns, rows.values, otherBias, mean, rows.start(r),
                        rows.end(r));
                for (int c = 0; c < d; c++) {
                    System.arraycopy(gram.row(c), c, a[c], c, d - c);
                    a[c][c] += lambda * n;
                    b[c] = gram.row(c)[d];
                }
                if (!Cholesky.solve(a, d, b)) {
                    throw new RecommenderException("als could not solve the normal equations of a user or item: the "
                            + "ratings are too large to square; rescale them");
                }
                System.arraycopy(b, 0, factors, r * k, k);
                bias[r] = b[k];
            }
        });
    }
}

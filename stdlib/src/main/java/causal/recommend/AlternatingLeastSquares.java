package causal.recommend;

import causal.progress.Progress;
import causal.random.RandomSource;
import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code als} recommender for ratings: {@code r̂_ui = μ + b_u + b_i + p_u · q_i}, fitted by alternating least
 * squares. Each half-step fixes one side and solves, for every user (or item), the ridge problem
 * <pre>
 *   min Σ_{i ∈ I_u} (r_ui − μ − b_i − b_u − p_u · q_i)² + λ n_u (‖p_u‖² + b_u²)
 * </pre>
 * whose (k + 1) × (k + 1) normal equations are {@code (Y_uᵀY_u + λ n_u I) x_u = Y_uᵀ t_u}, rows {@code y_i = [q_i, 1]},
 * {@code x_u = [p_u, b_u]}, {@code t_ui = r_ui − μ − b_i}. The penalty grows with the user's count n_u, the
 * weighted-λ regularization of Zhou et al. (2008), "Large-scale parallel collaborative filtering for the Netflix
 * prize", as Spark MLlib's ALS; μ is the training mean and stays fixed.
 *
 * <p>Two solvers, and {@link Solver#AUTO} to choose between them. {@link Solver#CHOLESKY} forms the normal equations (n k² / 2 multiply-adds per user) and solves
 * them exactly. {@link Solver#CONJUGATE_GRADIENT} takes {@code cgSteps} steps of conjugate gradient from the current
 * x_u, with products {@code Y_uᵀ(Y_u v) + λ n_u v} (2 n k each) that never form the Gram (Takács, Pilászy and Tikk
 * 2011): each half-step then only improves x_u, but the fixed points are the same, so more iterations reach the
 * same fit. {@link Solver#AUTO} takes the exact solve up to {@link #AUTO_EXACT_FACTORS} factors, where it costs
 * about as much, and conjugate gradient above.
 *
 * <p>Item factors start uniform in (−0.1, 0.1) from {@code new RandomSource(seed)}, user factors and biases at 0; an
 * iteration solves the users, then the items. Users (items) are solved in parallel, each from the other side's
 * fixed values, so the model is the same for a seed whatever the number of threads. A user without ratings keeps
 * factors and bias 0.
 */
public final class AlternatingLeastSquares implements Recommender {
    private static final double INITIAL_SCALE = 0.1;

    /**
     * Up to this many factors {@link Solver#AUTO} solves exactly: forming the normal equations costs n (k + 2)² / 2
     * multiply-adds per user, three conjugate gradient steps 8 n (k + 1), and measured per iteration the two are
     * even at 16 factors; conjugate gradient is 1.4 times faster at 24, twice at 32, four times at 64.
     */
    public static final int AUTO_EXACT_FACTORS = 16;

    /** How each user's (item's) normal equations are solved. */
    public enum Solver {
        /** Cholesky up to {@link #AUTO_EXACT_FACTORS} factors, conjugate gradient above. */
        AUTO("auto"),
        /** Exactly: form the normal equations, factor them by Cholesky. */
        CHOLESKY("cholesky"),
        /** Approximately: {@code cg_steps} conjugate gradient steps from the previous factors. */
        CONJUGATE_GRADIENT("cg");

        private final String keyword;

        Solver(String keyword) {
            this.keyword = keyword;
        }

        /** The keyword as scripts write it. */
        public String keyword() {
            return keyword;
        }

        public static Optional<Solver> find(String keyword) {
            return Arrays.stream(values()).filter(s -> s.keyword.equals(keyword)).findFirst();
        }

        /** The solver this one stands for with k factors: never {@link #AUTO}. */
        Solver forFactors(int k) {
            if (this != AUTO) {
                return this;
            }
            return k <= AUTO_EXACT_FACTORS ? CHOLESKY : CONJUGATE_GRADIENT;
        }
    }

    /** The options: factors k, regularization λ, iterations, solver, conjugate gradient steps, seed. */
    public record Options(int factors, double regularization, int iterations, Solver solver, int cgSteps, long seed) {
        public static final Options DEFAULTS = new Options(10, 0.1, 10, Solver.AUTO, 3, 0);

        public Options {
            Checks.atLeast(factors, 1, "factors");
            Checks.positive(regularization, "reg");
            Checks.atLeast(iterations, 1, "iterations");
            if (solver == null) {
                throw new RecommenderOptionException("solver", "solver must be auto, cholesky or cg");
            }
            Checks.atLeast(cgSteps, 1, "cg_steps");
        }

        /** The defaults with these factors, regularization, iterations and seed. */
        public Options(int factors, double regularization, int iterations, long seed) {
            this(factors, regularization, iterations, DEFAULTS.solver(), DEFAULTS.cgSteps(), seed);
        }
    }

    private final Options options;

    public AlternatingLeastSquares(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
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
        try (Progress.Task progress = Progress.start("als", options.iterations(), "iterations")) {
            for (int iteration = 0; iteration < options.iterations(); iteration++) {
                solveSide(data.byUser(), itemFactors, itemBias, mean, userFactors, userBias);
                solveSide(data.byItem(), userFactors, userBias, mean, itemFactors, itemBias);
                progress.step();
            }
        }
        return new FactorModel("als", data, k, userFactors, itemFactors, userBias, itemBias, mean, true);
    }

    /**
     * One half-step: the factors and bias of every row of {@code rows} given the fixed other side. Modified:
     * factors, bias. Not modified: the rest.
     */
    void solveSide(SparseRows rows, double[] otherFactors, double[] otherBias, double mean, double[] factors,
            double[] bias) {
        boolean exact = options.solver().forFactors(options.factors()) == Solver.CHOLESKY;
        // Scratch per worker, not per block: a popular item's gathered rows can take tens of megabytes.
        ParallelBlocks.forEach(rows.rowCount(), () -> exact ? new NormalEquations() : new GradientSteps(),
                (RowSolver solver, int start, int end) -> {
            int k = options.factors();
            for (int r = start; r < end; r++) {
                if (rows.length(r) == 0) {
                    Arrays.fill(factors, r * k, r * k + k, 0);
                    bias[r] = 0;
                } else {
                    solver.solve(rows, r, otherFactors, otherBias, mean, factors, bias);
                }
            }
        });
    }

    /** Solves one row of a half-step; one instance per thread, holding its scratch space. */
    private interface RowSolver {
        /** New factors and bias of row r (at least one rating). Modified: factors, bias. */
        void solve(SparseRows rows, int r, double[] otherFactors, double[] otherBias, double mean, double[] factors,
                double[] bias);
    }

    /** The exact solve: the normal equations from one pass over augmented rows [q, 1, t], then Cholesky. */
    private final class NormalEquations implements RowSolver {
        private final int k = options.factors();
        private final int d = k + 1;
        private final double[][] a = new double[d][d];
        private final double[] b = new double[d];
        private final Gram gram = new Gram(k, true);

        @Override
        public void solve(SparseRows rows, int r, double[] otherFactors, double[] otherBias, double mean,
                double[] factors, double[] bias) {
            // Rows [q, 1, t]: the Gram's first d columns are the system, its last column the right-hand side.
            gram.computeAugmented(otherFactors, rows.columns, rows.values, otherBias, mean, rows.start(r),
                    rows.end(r));
            double penalty = options.regularization() * rows.length(r);
            for (int c = 0; c < d; c++) {
                System.arraycopy(gram.row(c), c, a[c], c, d - c);
                a[c][c] += penalty;
                b[c] = gram.row(c)[d];
            }
            if (!Cholesky.solve(a, d, b)) {
                throw new RecommenderException("als could not solve the normal equations of a user or item: the "
                        + "ratings are too large to square; rescale them");
            }
            System.arraycopy(b, 0, factors, r * k, k);
            bias[r] = b[k];
        }
    }

    /** Conjugate gradient from the current factors and bias, with products through the gathered rows [q, 1]. */
    private final class GradientSteps implements RowSolver {
        private final int k = options.factors();
        private final GatheredRows gathered = new GatheredRows(k);
        private final ConjugateGradient gradient = new ConjugateGradient(k + 1);
        private final double[] x = new double[k + 1];
        private final double[] residual = new double[k + 1];
        private final double[] inverseDiagonal = new double[k + 1];
        private double penalty;
        // (Y_uᵀY_u + λ n_u I) v, v's bias entry last: entry i of Y_u v is q_i · v + v_bias, and the bias entry of
        // Y_uᵀ z is Σ z_i, which the gathered rows return. Its curvature vᵀ(Y_uᵀY_u + λ n_u I)v = ‖Y_u v‖² + λ n_u ‖v‖²
        // takes the dot products alone.
        private final ConjugateGradient.Product system = new ConjugateGradient.Product() {
            @Override
            public void apply(double[] v, double[] out) {
                Arrays.fill(out, 0);
                double sum = gathered.addProducts(v, v[k], out);
                for (int a = 0; a < k; a++) {
                    out[a] += penalty * v[a];
                }
                out[k] = sum + penalty * v[k];
            }

            @Override
            public double curvature(double[] v, double[] scratch) {
                double squares = 0;
                for (int c = 0; c <= k; c++) {
                    squares += v[c] * v[c];
                }
                return gathered.squaredProducts(v, v[k]) + penalty * squares;
            }
        };

        @Override
        public void solve(SparseRows rows, int r, double[] otherFactors, double[] otherBias, double mean,
                double[] factors, double[] bias) {
            int from = rows.start(r);
            gathered.prepare(rows.length(r));
            for (int p = from; p < rows.end(r); p++) {
                gathered.set(p - from, 1, rows.values[p] - mean - otherBias[rows.columns[p]]);
            }
            penalty = options.regularization() * rows.length(r);
            System.arraycopy(factors, r * k, x, 0, k);
            x[k] = bias[r];
            // The residual Y_uᵀ(t − Y_u x) − λ n_u x, and the diagonal of the system for the preconditioner: the
            // bias's entry (n_u + λ n_u) is typically far from the factors' (Σ q_ia² + λ n_u), which plain conjugate
            // gradient converges slowly on.
            Arrays.fill(residual, 0);
            Arrays.fill(inverseDiagonal, 0);
            double sum = gathered.gatherResiduals(otherFactors, rows.columns, from, x, x[k], residual,
                    inverseDiagonal);
            for (int a = 0; a < k; a++) {
                residual[a] -= penalty * x[a];
                inverseDiagonal[a] = 1 / (inverseDiagonal[a] + penalty);
            }
            residual[k] = sum - penalty * x[k];
            inverseDiagonal[k] = 1 / (rows.length(r) + penalty);
            gradient.improve(system, inverseDiagonal, x, residual, options.cgSteps());
            System.arraycopy(x, 0, factors, r * k, k);
            bias[r] = x[k];
        }
    }
}

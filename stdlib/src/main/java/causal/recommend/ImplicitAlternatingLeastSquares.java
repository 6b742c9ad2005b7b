package causal.recommend;

import causal.progress.Progress;
import causal.random.RandomSource;

/**
 * The {@code implicit_als} recommender for events (Hu, Koren and Volinsky 2008, "Collaborative filtering for
 * implicit feedback datasets"): every (user, item) pair has preference {@code p_ui = 1} if the user has an event on
 * the item, else 0, with confidence {@code c_ui = 1 + α r_ui} (r the event strength, 0 when none); the factors
 * minimize {@code Σ_all c_ui (p_ui − x_u · y_i)² + λ (Σ ‖x_u‖² + Σ ‖y_i‖²)}. Each half-step solves, for every user,
 * <pre>
 *   (YᵀY + Yᵀ(C_u − I)Y + λI) x_u = Yᵀ C_u p_u
 * </pre>
 * with YᵀY computed once, so the cost is linear in the events, not in users × items. As the {@code implicit} Python
 * library (Frederickson), the system is solved approximately by a few steps of conjugate gradient warm-started at
 * the previous x_u (Takács, Pilászy and Tikk 2011); factors start uniform in [0, 0.01) from
 * {@code new RandomSource(seed)}. The score is {@code x_u · y_i}; no rating is predicted.
 */
public final class ImplicitAlternatingLeastSquares implements Recommender {

    /** The options: factors k, regularization λ, confidence weight α, iterations, CG steps per solve, seed. */
    public record Options(int factors, double regularization, double alpha, int iterations, int cgSteps, long seed) {
        public static final Options DEFAULTS = new Options(100, 0.01, 1.0, 15, 3, 0);

        public Options {
            Checks.atLeast(factors, 1, "factors");
            Checks.positive(regularization, "reg");
            Checks.positive(alpha, "alpha");
            Checks.atLeast(iterations, 1, "iterations");
            Checks.atLeast(cgSteps, 1, "cg_steps");
        }
    }

    private static final double INITIAL_SCALE = 0.01;

    private final Options options;

    public ImplicitAlternatingLeastSquares(Options options) {
        this.options = options;
    }

    @Override
    public TrainedRecommender fit(Interactions data) {
        int k = options.factors();
        RandomSource random = new RandomSource(options.seed());
        double[] userFactors = uniform(data.userCount() * k, random);
        double[] itemFactors = uniform(data.itemCount() * k, random);
        try (Progress.Task progress = Progress.start("implicit als", options.iterations(), "iterations")) {
            for (int iteration = 0; iteration < options.iterations(); iteration++) {
                solveSide(data.byUser(), itemFactors, userFactors);
                solveSide(data.byItem(), userFactors, itemFactors);
                progress.step();
            }
        }
        return new FactorModel("implicit_als", data, k, userFactors, itemFactors, null, null, 0, false);
    }

    private static double[] uniform(int n, RandomSource random) {
        double[] a = new double[n];
        for (int p = 0; p < n; p++) {
            a[p] = random.nextDouble() * INITIAL_SCALE;
        }
        return a;
    }

    /**
     * One half-step: new factors of every row of {@code rows} from the fixed {@code other} side, by
     * {@code cgSteps} of conjugate gradient from the current values. Modified: factors. Not modified: other.
     */
    void solveSide(SparseRows rows, double[] other, double[] factors) {
        int k = options.factors();
        double[][] system = FactorProducts.crossProductRows(other, k);
        for (int a = 0; a < k; a++) {
            system[a][a] += options.regularization();
        }
        ParallelBlocks.forEach(rows.rowCount(), () -> new RowSolver(system),
                (RowSolver solver, int start, int end) -> {
            for (int r = start; r < end; r++) {
                solver.solve(rows, r, other, factors);
            }
        });
    }

    /**
     * Conjugate gradient on one row's system {@code A = YᵀY + λI + Σ_i α r_i y_i y_iᵀ}, {@code b = Σ_i c_i y_i}:
     * YᵀY + λI as a dense k × k product, the sum over the row's own items through its gathered rows, each with weight
     * α r_i and target c_i. One instance per thread: it holds scratch space.
     */
    private final class RowSolver {
        private final int k = options.factors();
        private final double[][] system;
        private final GatheredRows gathered = new GatheredRows(k);
        private final ConjugateGradient gradient = new ConjugateGradient(k);
        private final double[] x = new double[k];
        private final double[] residual = new double[k];
        private final ConjugateGradient.Product product;

        RowSolver(double[][] system) {
            this.system = system;
            this.product = (v, out) -> {
                FactorProducts.multiplySymmetric(system, v, out);
                gathered.addProducts(v, 0, out);
            };
        }

        /** Improves the factors of row r. Modified: factors. */
        void solve(SparseRows rows, int r, double[] other, double[] factors) {
            int from = rows.start(r);
            gathered.prepare(rows.length(r));
            for (int p = from; p < rows.end(r); p++) {
                double extra = options.alpha() * rows.values[p];
                gathered.set(p - from, extra, 1 + extra);
            }
            System.arraycopy(factors, r * k, x, 0, k);
            // residual = b − A x = Σ_i (c_i − α r_i y_i·x) y_i − (YᵀY + λI) x
            FactorProducts.multiplySymmetric(system, x, residual);
            for (int a = 0; a < k; a++) {
                residual[a] = -residual[a];
            }
            gathered.gatherResiduals(other, rows.columns, from, x, 0, residual, null);
            gradient.improve(product, null, x, residual, options.cgSteps());
            System.arraycopy(x, 0, factors, r * k, k);
        }
    }
}

package causal.recommend;

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
        for (int iteration = 0; iteration < options.iterations(); iteration++) {
            solveSide(data.byUser(), itemFactors, userFactors);
            solveSide(data.byItem(), userFactors, itemFactors);
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
        double[] system = FactorProducts.crossProduct(other, k);
        for (int a = 0; a < k; a++) {
            system[a * k + a] += options.regularization();
        }
        ParallelBlocks.forEach(rows.rowCount(), (start, end) -> {
            double[] x = new double[k];
            double[] residual = new double[k];
            double[] direction = new double[k];
            double[] product = new double[k];
            for (int r = start; r < end; r++) {
                System.arraycopy(factors, r * k, x, 0, k);
                conjugateGradient(rows, r, other, system, x, residual, direction, product);
                System.arraycopy(x, 0, factors, r * k, k);
            }
        });
    }

    /** Improves x towards the solution of row r's system; the vectors after x are scratch space. Modified: all four. */
    private void conjugateGradient(SparseRows rows, int r, double[] other, double[] system, double[] x,
            double[] residual, double[] direction, double[] product) {
        int k = options.factors();
        double alpha = options.alpha();
        // residual = b − A x = Σ_i (c_i − (c_i − 1) y_i·x) y_i − (YᵀY + λI) x
        FactorProducts.multiply(system, k, x, residual);
        for (int a = 0; a < k; a++) {
            residual[a] = -residual[a];
        }
        for (int p = rows.start(r); p < rows.end(r); p++) {
            int o = rows.columns[p] * k;
            double extra = alpha * rows.values[p];
            double weight = 1 + extra - extra * FactorProducts.dot(other, o, x, k);
            FactorProducts.addScaled(residual, weight, other, o, k);
        }
        System.arraycopy(residual, 0, direction, 0, k);
        double squared = FactorProducts.dot(residual, 0, residual, k);
        for (int step = 0; step < options.cgSteps() && squared > 1e-20; step++) {
            FactorProducts.multiply(system, k, direction, product);
            for (int p = rows.start(r); p < rows.end(r); p++) {
                int o = rows.columns[p] * k;
                double weight = alpha * rows.values[p] * FactorProducts.dot(other, o, direction, k);
                FactorProducts.addScaled(product, weight, other, o, k);
            }
            double stepSize = squared / FactorProducts.dot(direction, 0, product, k);
            for (int a = 0; a < k; a++) {
                x[a] += stepSize * direction[a];
                residual[a] -= stepSize * product[a];
            }
            double next = FactorProducts.dot(residual, 0, residual, k);
            double ratio = next / squared;
            for (int a = 0; a < k; a++) {
                direction[a] = residual[a] + ratio * direction[a];
            }
            squared = next;
        }
    }
}

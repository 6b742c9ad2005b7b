package causal.bandit;

import causal.random.RandomSource;
import java.util.List;

/**
 * LinUCB with disjoint linear models (Li, Chu, Langford and Schapire 2010, "A contextual-bandit approach to
 * personalized news article recommendation", WWW, Algorithm 1): each arm a keeps {@code A_a = I + Σ x x'} and
 * {@code b_a = Σ r x} over the rounds it was played, and the policy plays the arm maximising
 * {@code θ_a'x + α sqrt(x' A_a⁻¹ x)} with {@code θ_a = A_a⁻¹ b_a}; ties broken at random. {@code A_a⁻¹} is kept up
 * to date by the Sherman–Morrison formula, so a round costs {@code O(K d²)} for d features.
 *
 * <p>With {@code intercept = true} (the default) a constant 1 is put in front of the context, as Li et al.'s
 * features include one, so each arm has its own baseline reward; with no context features at all that leaves a
 * UCB rule on per-arm ridge means.
 */
public final class LinUcb implements Policy {
    public static final double DEFAULT_ALPHA = 1.0;

    /** {@code linucb(alpha = α, features = {…}, intercept = true)}, α ≥ 0 the width of the confidence bonus. */
    public record Options(double alpha, List<String> features, boolean intercept) implements PolicyTemplate {
        public static final Options DEFAULTS = new Options(DEFAULT_ALPHA, List.of(), true);

        public Options {
            Checks.nonNegative(alpha, "linucb's alpha");
            features = List.copyOf(features);
        }

        public Options withFeatures(List<String> names) {
            return new Options(alpha, names, intercept);
        }

        @Override
        public String keyword() {
            return "linucb";
        }

        @Override
        public String label() {
            return "linucb(alpha = " + OptionText.number(alpha) + ", features = {" + String.join(", ", features)
                    + "}" + (intercept ? "" : ", intercept = false") + ")";
        }

        @Override
        public Policy start(int arms, int featureCount, RandomSource rng) {
            ArmStatistics.arms(arms, "linucb");
            Checks.atLeast(featureCount, 0, "linucb's number of context features");
            if (featureCount == 0 && !intercept) {
                throw new BanditException("linucb needs context features or intercept = true; give features = {…}");
            }
            return new LinUcb(arms, featureCount, this, rng);
        }
    }

    private final int arms;
    private final int featureCount;
    private final int dimension;
    private final boolean intercept;
    private final double alpha;
    private final RandomSource rng;
    /** {@code A_a⁻¹}, row-major d × d, one per arm. */
    private final double[][] inverse;
    private final double[][] b;
    private final double[] x;
    private final double[] inverseX;
    private final double[] score;

    private LinUcb(int arms, int featureCount, Options options, RandomSource rng) {
        this.arms = arms;
        this.featureCount = featureCount;
        this.intercept = options.intercept();
        this.dimension = featureCount + (intercept ? 1 : 0);
        this.alpha = options.alpha();
        this.rng = rng;
        this.inverse = new double[arms][dimension * dimension];
        this.b = new double[arms][dimension];
        for (double[] m : inverse) {
            for (int j = 0; j < dimension; j++) {
                m[j * dimension + j] = 1;
            }
        }
        this.x = new double[dimension];
        this.inverseX = new double[dimension];
        this.score = new double[arms];
    }

    @Override
    public int arms() {
        return arms;
    }

    @Override
    public boolean readsContext() {
        return featureCount > 0;
    }

    @Override
    public int choose(double[] context) {
        fillScores(context);
        return ArmScores.argmax(score, rng);
    }

    @Override
    public double[] probabilities(double[] context) {
        fillScores(context);
        return ArmScores.maxima(score);
    }

    @Override
    public void update(int arm, double reward, double[] context) {
        Checks.arm(arm, arms);
        Checks.reward(reward);
        load(context);
        double[] m = inverse[arm];
        multiply(m, x, inverseX);
        double quadratic = dot(x, inverseX);
        // Sherman–Morrison: (A + xx')⁻¹ = A⁻¹ − (A⁻¹x)(A⁻¹x)' / (1 + x'A⁻¹x), A⁻¹ symmetric.
        double scale = 1 / (1 + quadratic);
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < dimension; j++) {
                m[i * dimension + j] -= scale * inverseX[i] * inverseX[j];
            }
        }
        for (int j = 0; j < dimension; j++) {
            b[arm][j] += reward * x[j];
        }
    }

    private void fillScores(double[] context) {
        load(context);
        for (int a = 0; a < arms; a++) {
            multiply(inverse[a], x, inverseX);
            // θ'x = (A⁻¹b)'x = b'(A⁻¹x), A⁻¹ symmetric: no need to form θ.
            double mean = dot(b[a], inverseX);
            double width = Math.sqrt(Math.max(0, dot(x, inverseX)));
            score[a] = mean + alpha * width;
        }
    }

    private void load(double[] context) {
        Checks.context(context, featureCount, "linucb");
        int offset = 0;
        if (intercept) {
            x[0] = 1;
            offset = 1;
        }
        for (int j = 0; j < featureCount; j++) {
            x[offset + j] = context[j];
        }
    }

    private void multiply(double[] matrix, double[] vector, double[] out) {
        for (int i = 0; i < dimension; i++) {
            double s = 0;
            int row = i * dimension;
            for (int j = 0; j < dimension; j++) {
                s += matrix[row + j] * vector[j];
            }
            out[i] = s;
        }
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int j = 0; j < u.length; j++) {
            s += u[j] * v[j];
        }
        return s;
    }
}

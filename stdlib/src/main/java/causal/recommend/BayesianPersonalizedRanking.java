package causal.recommend;

import causal.progress.Progress;

import causal.random.RandomSource;

/**
 * The {@code bpr} recommender (Rendle, Freudenthaler, Gantner and Schmidt-Thieme 2009, "BPR: Bayesian personalized
 * ranking from implicit feedback"): scores {@code x_ui = p_u · q_i + b_i} fitted by stochastic gradient ascent on
 * {@code Σ ln σ(x_ui − x_uj) − λ ‖Θ‖²} over triples of a user, an item they have (i) and one they have not (j).
 * Each iteration draws as many triples as there are interactions: (u, i) uniformly among the interactions, j
 * uniformly among the items until one the user does not have. Factors start uniform in (−0.5, 0.5) / k, biases at
 * 0, as the {@code implicit} library's BPR. Single-threaded, so the model is fixed by the seed; values are only
 * read as "has" or "has not".
 */
public final class BayesianPersonalizedRanking implements Recommender {
    private static final int NEGATIVE_TRIES = 100;

    /** The options: factors k, learning rate, regularization λ, iterations (passes over the data), seed. */
    public record Options(int factors, double learningRate, double regularization, int iterations, long seed) {
        public static final Options DEFAULTS = new Options(32, 0.05, 0.01, 20, 0);

        public Options {
            Checks.atLeast(factors, 1, "factors");
            Checks.positive(learningRate, "learning_rate");
            Checks.nonNegative(regularization, "reg");
            Checks.atLeast(iterations, 1, "iterations");
        }
    }

    private final Options options;

    public BayesianPersonalizedRanking(Options options) {
        this.options = options;
    }

    @Override
    public TrainedRecommender fit(Interactions data) {
        int k = options.factors();
        RandomSource random = new RandomSource(options.seed());
        double[] userFactors = new double[data.userCount() * k];
        double[] itemFactors = new double[data.itemCount() * k];
        for (double[] factors : new double[][] {userFactors, itemFactors}) {
            for (int p = 0; p < factors.length; p++) {
                factors[p] = (random.nextDouble() - 0.5) / k;
            }
        }
        double[] itemBias = new double[data.itemCount()];
        SparseRows byUser = data.byUser();
        int[] userOf = new int[byUser.size()];
        for (int u = 0; u < data.userCount(); u++) {
            java.util.Arrays.fill(userOf, byUser.start(u), byUser.end(u), u);
        }
        double[] previousUser = new double[k];
        try (Progress.Task progress = Progress.start("bpr", options.iterations(), "epochs")) {
            for (int iteration = 0; iteration < options.iterations(); iteration++) {
                for (int draw = 0; draw < byUser.size(); draw++) {
                    int p = random.nextInt(byUser.size());
                    int u = userOf[p];
                    int j = negative(byUser, u, data.itemCount(), random);
                    if (j >= 0) {
                        step(u, byUser.column(p), j, userFactors, itemFactors, itemBias, previousUser);
                    }
                }
                progress.step();
            }
        }
        return new FactorModel("bpr", data, k, userFactors, itemFactors, null, itemBias, 0, false);
    }

    /** An item user u does not have, or −1 when none turned up (a user who has nearly every item). */
    private static int negative(SparseRows byUser, int u, int items, RandomSource random) {
        for (int attempt = 0; attempt < NEGATIVE_TRIES; attempt++) {
            int j = random.nextInt(items);
            if (byUser.position(u, j) < 0) {
                return j;
            }
        }
        return -1;
    }

    /** One gradient step on triple (u, i, j). Modified: the factors and biases of u, i and j; scratch. */
    private void step(int u, int i, int j, double[] userFactors, double[] itemFactors, double[] itemBias,
            double[] scratch) {
        int k = options.factors();
        double rate = options.learningRate();
        double reg = options.regularization();
        int pu = u * k;
        int qi = i * k;
        int qj = j * k;
        double difference = itemBias[i] - itemBias[j];
        for (int a = 0; a < k; a++) {
            difference += userFactors[pu + a] * (itemFactors[qi + a] - itemFactors[qj + a]);
        }
        // d/dx ln σ(x) = σ(−x) = 1 / (1 + e^x)
        double z = 1 / (1 + Math.exp(difference));
        System.arraycopy(userFactors, pu, scratch, 0, k);
        for (int a = 0; a < k; a++) {
            userFactors[pu + a] += rate * (z * (itemFactors[qi + a] - itemFactors[qj + a]) - reg * scratch[a]);
            itemFactors[qi + a] += rate * (z * scratch[a] - reg * itemFactors[qi + a]);
            itemFactors[qj + a] += rate * (-z * scratch[a] - reg * itemFactors[qj + a]);
        }
        itemBias[i] += rate * (z - reg * itemBias[i]);
        itemBias[j] += rate * (-z - reg * itemBias[j]);
    }
}

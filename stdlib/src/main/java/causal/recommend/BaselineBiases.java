package causal.recommend;

/**
 * The baseline {@code μ + b_u + b_i} of ratings: μ the training mean and the user and item biases that solve the
 * ridge problem
 * <pre>
 *   min Σ (r_ui − μ − e_ui − b_u − b_i)² + λ (Σ_u n_u b_u² + Σ_i n_i b_i²)
 * </pre>
 * with each bias's penalty weighted by its count of ratings, as {@link AlternatingLeastSquares} weights it, and
 * {@code e_ui} the part of each rating the rest of a model explains (the factors' {@code p_u · q_i}; 0 when there is
 * none). It is the bias part of {@code als} for a factorization that has no biases of its own: Spark MLlib's ALS
 * factors the residuals {@code r − μ − b_u − b_i}, and the biases are solved again given its factors.
 *
 * <p>Solved by alternating closed-form sweeps from all biases 0: every user from the items' biases,
 * {@code b_u = Σ_{i ∈ I_u} (r_ui − μ − e_ui − b_i) / (n_u (1 + λ))}, then every item from the users' the same way.
 * Each half-sweep is the exact minimum over one side given the other, so the sweeps descend to the problem's unique
 * minimum. One direction is slow for them: every rated user up and every rated item down by the same c leaves the
 * fit unchanged, so only the penalty pins it, and a sweep shrinks an error along it by just {@code 1/(1 + λ)²}.
 * After each sweep the biases therefore move to the exact minimum along that direction,
 * {@code c = (Σ n_i b_i − Σ n_u b_u) / 2N} (N ratings). (Without e that step is 0: μ is the mean, and the sweeps
 * keep {@code Σ n_u b_u = Σ n_i b_i = 0}.) The sweeps stop when no bias moved by more than {@link #TOLERANCE}, or
 * after {@link #MAX_SWEEPS}. Users and items that form a group of their own, rating only among themselves, keep a
 * slow direction of their own, which the cap then leaves slightly short of the minimum.
 *
 * <p>A user or item without ratings has bias 0. Users (items) are solved in parallel from the other side's fixed
 * biases: the same result for any number of threads. Immutable.
 */
public final class BaselineBiases {
    /** The most sweeps (users, then items) taken. */
    public static final int MAX_SWEEPS = 100;
    /** The sweeps stop when no bias changed by more than this. */
    public static final double TOLERANCE = 1e-12;

    private final double mean;
    private final double[] userBias;
    private final double[] itemBias;
    private final int sweeps;
    private final double lastChange;

    private BaselineBiases(double mean, double[] userBias, double[] itemBias, int sweeps, double lastChange) {
        this.mean = mean;
        this.userBias = userBias;
        this.itemBias = itemBias;
        this.sweeps = sweeps;
        this.lastChange = lastChange;
    }

    /**
     * The baseline of {@code ratings} alone (e = 0) with penalty {@code regularization} (λ, as {@code als}'s
     * {@code reg}). Not modified: ratings.
     *
     * @throws RecommenderException when the data has events rather than ratings
     * @throws RecommenderOptionException when λ is not a positive number
     */
    public static BaselineBiases fit(Interactions ratings, double regularization) {
        return fit(ratings, regularization, null);
    }

    /**
     * The baseline of {@code ratings} given {@code explained}: e of each rating in the order of
     * {@code ratings.byUser()}'s entries (null: all 0). μ stays the mean of the ratings. Not modified: the arguments.
     *
     * @throws RecommenderException when the data has events rather than ratings, or {@code explained} is not one
     *     number per rating
     * @throws RecommenderOptionException when λ is not a positive number
     */
    public static BaselineBiases fit(Interactions ratings, double regularization, double[] explained) {
        Checks.ratings(ratings, "the baseline of als");
        Checks.positive(regularization, "reg");
        SparseRows byUser = ratings.byUser();
        if (explained != null && explained.length != byUser.size()) {
            throw new RecommenderException("the baseline of als needs one explained part per rating, " + byUser.size()
                    + ", not " + explained.length);
        }
        double mean = ratings.meanValue();
        double[] targets = new double[byUser.size()];
        for (int p = 0; p < targets.length; p++) {
            targets[p] = byUser.values[p] - mean - (explained == null ? 0 : explained[p]);
            if (!Double.isFinite(targets[p])) {
                throw new RecommenderException("the explained part of rating " + (p + 1) + " is " + explained[p]
                        + "; it must be a number");
            }
        }
        SparseRows userTargets = new SparseRows(byUser.offsets, byUser.columns, targets, null);
        SparseRows itemTargets = userTargets.transpose(ratings.itemCount());
        double[] userBias = new double[ratings.userCount()];
        double[] itemBias = new double[ratings.itemCount()];
        int sweeps = 0;
        double change = Double.POSITIVE_INFINITY;
        while (sweeps < MAX_SWEEPS && change > TOLERANCE) {
            double users = solveSide(userTargets, itemBias, regularization, userBias);
            double items = solveSide(itemTargets, userBias, regularization, itemBias);
            double shift = shiftAlongTheUnseenDirection(userTargets, userBias, itemTargets, itemBias);
            change = Math.max(Math.max(users, items), Math.abs(shift));
            sweeps++;
        }
        return new BaselineBiases(mean, userBias, itemBias, sweeps, change);
    }

    /**
     * Every row's bias given the other side's: {@code Σ (t − other) / (n (1 + λ))} over the row's targets t, 0 for
     * an empty row. Modified: bias. Returns the largest change.
     */
    private static double solveSide(SparseRows targets, double[] other, double regularization, double[] bias) {
        double[] before = bias.clone();
        ParallelBlocks.forEach(targets.rowCount(), (start, end) -> {
            for (int r = start; r < end; r++) {
                double sum = 0;
                for (int p = targets.start(r); p < targets.end(r); p++) {
                    sum += targets.values[p] - other[targets.columns[p]];
                }
                int n = targets.length(r);
                bias[r] = n == 0 ? 0 : sum / (n * (1 + regularization));
            }
        });
        double largest = 0;
        for (int r = 0; r < bias.length; r++) {
            largest = Math.max(largest, Math.abs(bias[r] - before[r]));
        }
        return largest;
    }

    /**
     * Moves every rated user's bias up and every rated item's down by the c that minimizes the penalty (the fit does
     * not change): {@code c = (Σ n_i b_i − Σ n_u b_u) / 2N}. Modified: userBias, itemBias. Returns c.
     */
    private static double shiftAlongTheUnseenDirection(SparseRows users, double[] userBias, SparseRows items,
            double[] itemBias) {
        double weightedUsers = 0;
        for (int u = 0; u < userBias.length; u++) {
            weightedUsers += users.length(u) * userBias[u];
        }
        double weightedItems = 0;
        for (int i = 0; i < itemBias.length; i++) {
            weightedItems += items.length(i) * itemBias[i];
        }
        double shift = (weightedItems - weightedUsers) / (2.0 * users.size());
        for (int u = 0; u < userBias.length; u++) {
            userBias[u] += users.length(u) == 0 ? 0 : shift;
        }
        for (int i = 0; i < itemBias.length; i++) {
            itemBias[i] -= items.length(i) == 0 ? 0 : shift;
        }
        return shift;
    }

    /** The training mean μ. */
    public double mean() {
        return mean;
    }

    /** The bias b_u of user {@code user} (a dense index). */
    public double userBias(int user) {
        return userBias[user];
    }

    /** The bias b_i of item {@code item} (a dense index). */
    public double itemBias(int item) {
        return itemBias[item];
    }

    /** Every user's bias by dense index (a copy). */
    public double[] userBiases() {
        return userBias.clone();
    }

    /** Every item's bias by dense index (a copy). */
    public double[] itemBiases() {
        return itemBias.clone();
    }

    /** The baseline rating {@code μ + b_u + b_i}. */
    public double predict(int user, int item) {
        return mean + userBias[user] + itemBias[item];
    }

    /** The sweeps taken. */
    public int sweeps() {
        return sweeps;
    }

    /** The largest change of a bias in the last sweep: at most {@link #TOLERANCE} unless all sweeps were taken. */
    public double lastChange() {
        return lastChange;
    }

    @Override
    public String toString() {
        return "BaselineBiases[mean=" + mean + ", users=" + userBias.length + ", items=" + itemBias.length
                + ", sweeps=" + sweeps + ", lastChange=" + lastChange + "]";
    }
}

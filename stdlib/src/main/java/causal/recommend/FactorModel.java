package causal.recommend;

/**
 * A fitted matrix factorization: score {@code μ + b_u + b_i + p_u · q_i}, with the biases and μ present or 0 as the
 * method has them (explicit ALS all, BPR the item bias, implicit ALS none). Factors are row-major, k per row.
 */
final class FactorModel implements TrainedRecommender {
    private final String method;
    private final Interactions training;
    private final int k;
    private final double[] userFactors;
    private final double[] itemFactors;
    private final double[] userBias;
    private final double[] itemBias;
    private final double mean;
    private final boolean ratings;

    /** Takes ownership of the arrays; a null bias counts as 0. {@code ratings}: the score is a predicted rating. */
    FactorModel(String method, Interactions training, int k, double[] userFactors, double[] itemFactors,
            double[] userBias, double[] itemBias, double mean, boolean ratings) {
        this.method = method;
        this.training = training;
        this.k = k;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.userBias = userBias;
        this.itemBias = itemBias;
        this.mean = mean;
        this.ratings = ratings;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public Interactions training() {
        return training;
    }

    @Override
    public double score(int user, int item) {
        double s = mean + (userBias == null ? 0 : userBias[user]) + (itemBias == null ? 0 : itemBias[item]);
        int pu = user * k;
        int qi = item * k;
        for (int a = 0; a < k; a++) {
            s += userFactors[pu + a] * itemFactors[qi + a];
        }
        return s;
    }

    @Override
    public boolean predictsRatings() {
        return ratings;
    }

    @Override
    public double predict(int user, int item) {
        return ratings ? score(user, item) : TrainedRecommender.super.predict(user, item);
    }

    /** Factor {@code a} of user {@code user}, for tests. */
    double userFactor(int user, int a) {
        return userFactors[user * k + a];
    }

    double itemFactor(int item, int a) {
        return itemFactors[item * k + a];
    }

    double userBias(int user) {
        return userBias == null ? 0 : userBias[user];
    }

    double itemBias(int item) {
        return itemBias == null ? 0 : itemBias[item];
    }
}

package causal.bandit;

import causal.learn.LinearModel;
import causal.learn.RidgeRegression;

/**
 * The direct method's reward model q(x, a) that doubly robust estimation corrects: without context, each arm's mean
 * logged reward; with context, a ridge regression of reward on the context per arm ({@link RidgeRegression}, as
 * glmnet with alpha = 0, intercept unpenalized), fitted on that arm's rows. An arm the log never shows gets the
 * overall mean reward. Fitted once on the whole log, without cross-fitting, as Open Bandit Pipeline's
 * {@code RegressionModel} with {@code n_folds = 1}.
 */
final class RewardModel {
    private final double[] intercept;
    /** Per arm, the coefficients on the context, or null when the arm is predicted by its intercept alone. */
    private final double[][] slope;

    private RewardModel(double[] intercept, double[][] slope) {
        this.intercept = intercept;
        this.slope = slope;
    }

    static RewardModel fit(BanditLog log, double lambda) {
        int arms = log.arms();
        int n = log.rows();
        int[] count = new int[arms];
        double[] sum = new double[arms];
        double total = 0;
        for (int i = 0; i < n; i++) {
            count[log.action(i)]++;
            sum[log.action(i)] += log.reward(i);
            total += log.reward(i);
        }
        double[] intercept = new double[arms];
        double[][] slope = new double[arms][];
        for (int a = 0; a < arms; a++) {
            intercept[a] = count[a] == 0 ? total / n : sum[a] / count[a];
        }
        if (log.hasContext() && !log.featureNames().isEmpty()) {
            RidgeRegression ridge = new RidgeRegression(lambda);
            for (int a = 0; a < arms; a++) {
                if (count[a] > 0) {
                    LinearModel model = ridge.fit(armFeatures(log, a, count[a]), armRewards(log, a, count[a]));
                    intercept[a] = model.intercept();
                    slope[a] = model.coefficients();
                }
            }
        }
        return new RewardModel(intercept, slope);
    }

    /** q(x, arm) for {@code context} (null without context). */
    double predict(int arm, double[] context) {
        double q = intercept[arm];
        double[] b = slope[arm];
        if (b != null) {
            for (int j = 0; j < b.length; j++) {
                q += b[j] * context[j];
            }
        }
        return q;
    }

    /** Arm {@code arm}'s rows of the context, column-major as {@link RidgeRegression} reads them. */
    private static double[][] armFeatures(BanditLog log, int arm, int count) {
        int d = log.featureNames().size();
        double[][] columns = new double[d][count];
        int k = 0;
        for (int i = 0; i < log.rows(); i++) {
            if (log.action(i) == arm) {
                double[] x = log.contextRow(i);
                for (int j = 0; j < d; j++) {
                    columns[j][k] = x[j];
                }
                k++;
            }
        }
        return columns;
    }

    private static double[] armRewards(BanditLog log, int arm, int count) {
        double[] y = new double[count];
        int k = 0;
        for (int i = 0; i < log.rows(); i++) {
            if (log.action(i) == arm) {
                y[k++] = log.reward(i);
            }
        }
        return y;
    }
}

package causal.learn;

/**
 * Logistic regression with an intercept. With {@code lambda = 0}, maximum likelihood by the IRLS of
 * {@link LogisticRegression}, R's {@code coef(glm(y ~ x, family = binomial))}; with {@code lambda > 0}, the L2
 * penalized fit on standardized features of glmnet,
 * {@code coef(glmnet(x, y, family = "binomial", alpha = 0, lambda = λ))}.
 */
public final class LogisticClassifier implements Classifier {
    private final double lambda;

    /** @throws LearnerOptionException naming {@code lambda} when it is negative */
    public LogisticClassifier(double lambda) {
        this.lambda = Checks.nonNegative(lambda, "lambda");
    }

    public double lambda() {
        return lambda;
    }

    /**
     * @throws PerfectSeparationException when {@code lambda = 0} and the features separate the classes
     * @throws CollinearColumnsException when {@code lambda = 0} and the features are collinear
     * @throws LearnerException when the target has one class only
     */
    @Override
    public LogisticModel fit(double[][] features, double[] target) {
        int rows = Checks.binaryTrainingSet(features, target);
        double ones = 0;
        for (double y : target) {
            ones += y;
        }
        if (ones == 0 || ones == rows) {
            throw new LearnerException("logistic regression needs both classes in the target, but every row is "
                    + (ones == 0 ? "0" : "1"));
        }
        if (lambda > 0) {
            return RidgeLogisticRegression.fit(features, target, lambda);
        }
        LogisticFit fit = LogisticRegression.fit(LeastSquares.withIntercept(features), target);
        double[] all = fit.coefficients();
        return new LogisticModel(all[0], java.util.Arrays.copyOfRange(all, 1, all.length));
    }
}

package causal.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Ordinary least squares with an intercept, through {@link LinearRegression} (the normal equations in one pass):
 * R's {@code coef(lm(y ~ x))}.
 */
public final class LeastSquares implements Learner {

    /**
     * @throws CollinearColumnsException naming the columns ({@code x1}, {@code x2}, … by position) when the
     *     features are collinear
     */
    @Override
    public LinearModel fit(double[][] features, double[] target) {
        Checks.trainingSet(features, target);
        LinearFit fit = LinearRegression.fit(withIntercept(features), target, null);
        double[] all = fit.coefficients();
        return new LinearModel(all[0], java.util.Arrays.copyOfRange(all, 1, all.length));
    }

    /** A design of a column of ones then the features, named {@code x1 .. xp}. The features are not copied. */
    static DesignMatrix withIntercept(double[][] features) {
        List<String> names = new ArrayList<>();
        double[][] columns = new double[features.length + 1][];
        names.add(DesignMatrix.INTERCEPT);
        columns[0] = new double[features[0].length];
        java.util.Arrays.fill(columns[0], 1.0);
        for (int j = 0; j < features.length; j++) {
            names.add("x" + (j + 1));
            columns[j + 1] = features[j];
        }
        return DesignMatrix.ofColumns(names, columns);
    }
}

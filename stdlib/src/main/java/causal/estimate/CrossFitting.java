package causal.estimate;

import causal.learn.CollinearColumnsException;
import causal.learn.FittedModel;
import causal.learn.Learner;
import causal.learn.LearnerException;
import causal.learn.PerfectSeparationException;
import causal.random.RandomSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample splits of double machine learning: which fold each row belongs to (a fold's rows are
 * {@link causal.learn.RowSubsets#inFold}). A nuisance model for the rows of fold {@code k} is fitted on the other
 * folds only, so that its errors are independent of the rows it predicts (Chernozhukov et al. 2018, definition 3.2).
 */
final class CrossFitting {
    // The learners name their feature columns x1 .. xp by position; the user knows them by the covariates' names.
    private static final Pattern POSITIONAL = Pattern.compile("\\bx(\\d+)\\b");

    private CrossFitting() {
    }

    /**
     * The fold ({@code 0 .. k-1}) of each of {@code n} rows: a seeded random permutation of the rows cut into
     * {@code k} consecutive parts, the first {@code n mod k} one row longer, as scikit-learn's
     * {@code KFold(n_splits = k, shuffle = True)} (which DoubleML uses) cuts its permutation.
     */
    static int[] folds(int n, int k, RandomSource random) {
        int[] order = random.permutation(n);
        int[] fold = new int[n];
        int position = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            for (int end = position + size; position < end; position++) {
                fold[order[position]] = f;
            }
        }
        return fold;
    }

    /** The number of folds of an assignment: one more than its largest fold number. */
    static int count(int[] fold) {
        int k = 0;
        for (int f : fold) {
            k = Math.max(k, f + 1);
        }
        return k;
    }

    /** The out-of-fold R² of a nuisance model, {@code 1 - Σ residual² / Σ (value - mean)²}; NaN for constant values. */
    static double rSquared(double[] values, double[] residuals) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double total = 0;
        double unexplained = 0;
        for (int i = 0; i < values.length; i++) {
            total += (values[i] - mean) * (values[i] - mean);
            unexplained += residuals[i] * residuals[i];
        }
        return total > 0 ? 1 - unexplained / total : Double.NaN;
    }

    /**
     * {@code learner} fitted on the rows outside fold {@code k} ({@code x}, {@code target}), its learning failures
     * reworded for the user: {@code model} names the nuisance model, {@code learnerText} the learner as the script
     * wrote it and {@code features} the feature columns. Not modified: x, target.
     */
    static FittedModel fit(Learner learner, double[][] x, double[] target, int k, String model, String learnerText,
            List<String> features) {
        String where = "the " + model + " (" + learnerText + ") cannot be fitted on the rows outside fold " + (k + 1);
        try {
            return learner.fit(x, target);
        } catch (CollinearColumnsException e) {
            if (target.length <= features.size() + 1) {
                throw new EstimationException(where + ": it has " + (features.size() + 1) + " coefficients but only "
                        + target.length + " rows; use fewer folds or fewer covariates");
            }
            List<String> columns = new ArrayList<>();
            for (String c : e.columns()) {
                columns.add(featureName(c, features));
            }
            throw new SingularDesignException(where + ": " + featureNames(e.getMessage(), features), columns);
        } catch (PerfectSeparationException e) {
            throw new EstimationException(where + ": the covariates separate the two groups, so there is no overlap");
        } catch (LearnerException e) {
            throw new EstimationException(where + ": " + e.getMessage());
        }
    }

    private static String featureNames(String message, List<String> features) {
        Matcher m = POSITIONAL.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(featureName(m.group(), features)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String featureName(String positional, List<String> features) {
        Matcher m = POSITIONAL.matcher(positional);
        if (!m.matches()) {
            return positional;
        }
        int j = Integer.parseInt(m.group(1)) - 1;
        return j >= 0 && j < features.size() ? features.get(j) : positional;
    }
}

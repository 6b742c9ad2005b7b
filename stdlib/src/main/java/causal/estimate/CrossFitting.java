package causal.estimate;

import causal.learn.CollinearColumnsException;
import causal.learn.FittedModel;
import causal.learn.Learner;
import causal.learn.LearnerException;
import causal.learn.PerfectSeparationException;
import causal.random.RandomSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The sample splits of double machine learning: which fold each row belongs to, and the rows in and outside a fold.
 * A nuisance model for the rows of fold {@code k} is fitted on the other folds only, so that its errors are
 * independent of the rows it predicts (Chernozhukov et al. 2018, definition 3.2).
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
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Fisher–Yates: every permutation equally likely.
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
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

    /** The rows of fold {@code k}, ascending. */
    static int[] rowsIn(int[] fold, int k) {
        return rows(fold, k, true, null);
    }

    /** The rows outside fold {@code k}, ascending; with {@code arm} non-null only those where {@code arm[i] == 1}. */
    static int[] rowsOutside(int[] fold, int k, double[] arm) {
        return rows(fold, k, false, arm);
    }

    private static int[] rows(int[] fold, int k, boolean inside, double[] arm) {
        int count = 0;
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == k) == inside && (arm == null || arm[i] == 1)) {
                count++;
            }
        }
        int[] out = new int[count];
        int next = 0;
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == k) == inside && (arm == null || arm[i] == 1)) {
                out[next++] = i;
            }
        }
        return out;
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
     * Runs {@code task} for each of the {@code k} folds, in parallel; each task must write only its own fold's rows.
     * When folds fail, the failure of the lowest fold is thrown, so the message does not depend on the threads.
     */
    static void eachFold(int k, IntConsumer task) {
        RuntimeException[] failures = new RuntimeException[k];
        IntStream.range(0, k).parallel().forEach(f -> {
            try {
                task.accept(f);
            } catch (RuntimeException e) {
                failures[f] = e;
            }
        });
        for (RuntimeException e : failures) {
            if (e != null) {
                throw e;
            }
        }
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

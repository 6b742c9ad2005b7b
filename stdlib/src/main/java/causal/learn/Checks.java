package causal.learn;

/**
 * Validation at the public entries of the learners: the shape and values of features and targets, and option
 * ranges. Each check runs once per fit or prediction, never inside the algorithms' loops.
 */
final class Checks {
    private Checks() {
    }

    /** The number of rows of {@code features}, after checking they are non-empty, rectangular and finite. */
    static int features(double[][] features) {
        if (features == null || features.length == 0) {
            throw new LearnerException("a learner needs at least one feature column");
        }
        int rows = features[0].length;
        for (int j = 0; j < features.length; j++) {
            double[] column = features[j];
            if (column.length != rows) {
                throw new LearnerException("feature column " + (j + 1) + " has " + column.length
                        + " rows but column 1 has " + rows);
            }
            for (int i = 0; i < rows; i++) {
                if (!Double.isFinite(column[i])) {
                    throw new LearnerException("feature column " + (j + 1) + " has the value " + column[i]
                            + " in row " + (i + 1) + "; learners need finite numbers");
                }
            }
        }
        return rows;
    }

    /** The number of rows of a training set, after checking features and a finite target of the same length. */
    static int trainingSet(double[][] features, double[] target) {
        int rows = features(features);
        if (rows == 0) {
            throw new LearnerException("a learner needs at least one row to fit");
        }
        if (target.length != rows) {
            throw new LearnerException("the target has " + target.length + " rows but the features have " + rows);
        }
        for (int i = 0; i < rows; i++) {
            if (!Double.isFinite(target[i])) {
                throw new LearnerException("the target has the value " + target[i] + " in row " + (i + 1)
                        + "; learners need finite numbers");
            }
        }
        return rows;
    }

    /** As {@link #trainingSet}, and every target value is 0 or 1. */
    static int binaryTrainingSet(double[][] features, double[] target) {
        int rows = trainingSet(features, target);
        for (int i = 0; i < rows; i++) {
            if (target[i] != 0 && target[i] != 1) {
                throw new LearnerException("a classifier needs a target of 0s and 1s, but row " + (i + 1)
                        + " has " + target[i]);
            }
        }
        return rows;
    }

    /** The number of rows to predict, after checking the columns match the {@code expected} count of the fit. */
    static int prediction(double[][] features, int expected) {
        if (features == null || features.length != expected) {
            throw new LearnerException("the model was fitted on " + expected + " feature columns but is given "
                    + (features == null ? 0 : features.length));
        }
        return features(features);
    }

    static double positive(double value, String option) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new LearnerOptionException(option, option + " must be greater than 0, not " + value);
        }
        return value;
    }

    static double nonNegative(double value, String option) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new LearnerOptionException(option, option + " must be at least 0, not " + value);
        }
        return value;
    }

    /** A share in {@code (0, 1]}, e.g. a learning rate or a subsampling fraction. */
    static double fraction(double value, String option) {
        if (!(value > 0 && value <= 1)) {
            throw new LearnerOptionException(option, option + " must be greater than 0 and at most 1, not " + value);
        }
        return value;
    }

    static int atLeast(int value, int minimum, String option) {
        if (value < minimum) {
            throw new LearnerOptionException(option, option + " must be at least " + minimum + ", not " + value);
        }
        return value;
    }
}

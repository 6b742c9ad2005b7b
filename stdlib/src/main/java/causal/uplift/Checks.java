package causal.uplift;

/**
 * Validation at the public entries of the uplift package: the shape and values of features, treatment and outcome,
 * and option ranges. Each check runs once per call, never inside the algorithms' loops. Rows are counted from 1 in
 * messages, as a spreadsheet shows them.
 */
final class Checks {
    private Checks() {
    }

    /**
     * The number of rows of a training set, after checking the features are rectangular and finite, the treatment
     * is 0 or 1 and the outcome finite, all of the same length.
     */
    static int trainingSet(double[][] features, double[] treatment, double[] outcome) {
        int rows = features(features);
        if (rows == 0) {
            throw new UpliftException("an uplift model needs at least one row to fit");
        }
        treatment(treatment, rows);
        finite(outcome, rows, "the outcome");
        return rows;
    }

    /** The number of rows of {@code features}, after checking they are non-empty, rectangular and finite. */
    static int features(double[][] features) {
        if (features == null || features.length == 0) {
            throw new UpliftException("an uplift model needs at least one feature column");
        }
        int rows = features[0].length;
        for (int j = 0; j < features.length; j++) {
            if (features[j].length != rows) {
                throw new UpliftException("feature column " + (j + 1) + " has " + features[j].length
                        + " rows but feature column 1 has " + rows);
            }
            finite(features[j], rows, "feature column " + (j + 1));
        }
        return rows;
    }

    /** The number of rows to predict, after checking the columns match the {@code expected} count of the fit. */
    static int prediction(double[][] features, int expected) {
        if (features == null || features.length != expected) {
            throw new UpliftException("the uplift model was fitted on " + expected + " feature columns but is given "
                    + (features == null ? 0 : features.length));
        }
        return features(features);
    }

    /** Checks {@code treatment} has {@code rows} values, each 0 or 1. */
    static void treatment(double[] treatment, int rows) {
        treatment(treatment, rows, "the features have");
    }

    /** Checks {@code treatment} has {@code rows} values, as {@code reference} has them, each 0 or 1. */
    static void treatment(double[] treatment, int rows, String reference) {
        length(treatment, rows, "the treatment", reference);
        for (int i = 0; i < rows; i++) {
            if (treatment[i] != 0 && treatment[i] != 1) {
                throw new UpliftException("the treatment must be 0 (control) or 1 (treated) in every row, but row "
                        + (i + 1) + " has " + treatment[i]);
            }
        }
    }

    /** Checks {@code values} has {@code rows} finite values. */
    static void finite(double[] values, int rows, String what) {
        finite(values, rows, what, what.startsWith("feature") ? "feature column 1 has" : "the features have");
    }

    /** Checks {@code values} has {@code rows} finite values, as {@code reference} has them. */
    static void finite(double[] values, int rows, String what, String reference) {
        length(values, rows, what, reference);
        for (int i = 0; i < rows; i++) {
            if (!Double.isFinite(values[i])) {
                throw new UpliftException(what + " has the value " + values[i] + " in row " + (i + 1)
                        + "; uplift models need finite numbers");
            }
        }
    }

    /** Checks {@code values} has {@code rows} values, as {@code reference} (e.g. "the features have") says. */
    static void length(double[] values, int rows, String what, String reference) {
        if (values == null || values.length != rows) {
            throw new UpliftException(what + " has " + (values == null ? 0 : values.length) + " rows but "
                    + reference + " " + rows);
        }
    }

    /** The number of treated rows (treatment already checked to be 0/1). */
    static int treatedCount(double[] treatment) {
        int treated = 0;
        for (double t : treatment) {
            treated += (int) t;
        }
        return treated;
    }

    /**
     * Checks each arm has at least {@code minimum} rows, else says what {@code learner} needs.
     *
     * @throws UpliftException naming the arm that is too small
     */
    static void armSizes(double[] treatment, int minimum, String learner) {
        int treated = treatedCount(treatment);
        int control = treatment.length - treated;
        if (treated < minimum || control < minimum) {
            boolean few = treated < minimum;
            throw new UpliftException("too few " + (few ? "treated" : "control") + " rows: " + learner + " needs at "
                    + "least " + minimum + " treated and " + minimum + " control rows, but there " + verb(few ? treated
                    : control) + " " + (few ? treated : control));
        }
    }

    private static String verb(int count) {
        return count == 1 ? "is" : "are";
    }

    static int atLeast(int value, int minimum, String option) {
        if (value < minimum) {
            throw new UpliftOptionException(option, option + " must be at least " + minimum + ", not " + value);
        }
        return value;
    }

    /** A share strictly between {@code low} and {@code high}, or equal to {@code high} when {@code highIncluded}. */
    static double share(double value, double low, double high, boolean highIncluded, String option) {
        boolean inside = value > low && (highIncluded ? value <= high : value < high);
        if (!inside) {
            throw new UpliftOptionException(option, option + " must be greater than " + low + " and "
                    + (highIncluded ? "at most " : "below ") + high + ", not " + value);
        }
        return value;
    }

    /** A propensity clipping bound in {@code (0, 0.5)}: at 0 a score of exactly 0 or 1 would divide by zero. */
    static double propensityBound(double value, String option) {
        if (!(value > 0 && value < 0.5)) {
            throw new UpliftOptionException(option, option + " must be greater than 0 and below 0.5, not " + value);
        }
        return value;
    }

    static double finiteOption(double value, String option) {
        if (!Double.isFinite(value)) {
            throw new UpliftOptionException(option, option + " must be a finite number, not " + value);
        }
        return value;
    }
}

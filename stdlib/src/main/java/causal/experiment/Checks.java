package causal.experiment;

/** Validation at the public entries of this package, each failure an {@link ExperimentException} in words. */
final class Checks {
    private Checks() {
    }

    /** A level such as alpha or power, strictly between 0 and 1. */
    static double openUnit(double value, String name) {
        if (!(value > 0 && value < 1)) {
            throw new ExperimentException(name + " must lie strictly between 0 and 1, not " + value);
        }
        return value;
    }

    static double positive(double value, String name) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new ExperimentException(name + " must be a finite number greater than 0, not " + value);
        }
        return value;
    }

    static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new ExperimentException(name + " must be a finite number, not " + value);
        }
        return value;
    }

    static double nonZero(double value, String name) {
        if (finite(value, name) == 0) {
            throw new ExperimentException(name + " must not be 0");
        }
        return value;
    }

    static int atLeast(int value, int minimum, String name) {
        if (value < minimum) {
            throw new ExperimentException(name + " must be at least " + minimum + ", not " + value);
        }
        return value;
    }

    /** An arm's values: at least {@code minimum} rows, every one finite. Not modified. */
    static double[] arm(double[] values, int minimum, String arm) {
        if (values == null || values.length == 0) {
            throw new ExperimentException("the " + arm + " arm has no rows");
        }
        if (values.length < minimum) {
            throw new ExperimentException("the " + arm + " arm needs at least " + minimum + " rows, not "
                    + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new ExperimentException("the " + arm + " arm has a missing or infinite value at row "
                        + (i + 1));
            }
        }
        return values;
    }

    /** Conversions out of units in one arm: 0 ≤ conversions ≤ units, units ≥ 1. */
    static void counts(long conversions, long units, String arm) {
        if (units < 1) {
            throw new ExperimentException("the " + arm + " arm has no rows");
        }
        if (conversions < 0 || conversions > units) {
            throw new ExperimentException("the " + arm + " arm has " + conversions + " conversions out of " + units
                    + " units; conversions must lie between 0 and the number of units");
        }
    }
}

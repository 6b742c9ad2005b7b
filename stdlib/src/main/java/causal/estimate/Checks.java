package causal.estimate;

/** Validation of option values at the public entry, each failure an {@link OptionException} naming the option. */
final class Checks {
    private Checks() {
    }

    static double positive(double value, String option) {
        if (!(value > 0)) {
            throw new OptionException(option, option + " must be greater than 0, not " + value);
        }
        return value;
    }

    static int atLeast(int value, int minimum, String option) {
        if (value < minimum) {
            throw new OptionException(option, option + " must be at least " + minimum + ", not " + value);
        }
        return value;
    }

    /** A probability bound in {@code [0, 0.5)}, e.g. a trimming threshold. */
    static double trimming(double value, String option) {
        if (!(value >= 0 && value < 0.5)) {
            throw new OptionException(option, option + " must be at least 0 and below 0.5, not " + value);
        }
        return value;
    }
}

package causal.check;

import causal.estimate.OptionException;

/** Validation of refuter and sensitivity options at the public entry, each failure naming the option. */
final class RefuterChecks {
    private RefuterChecks() {
    }

    /** Runs: at least 2, so that the runs have a spread. */
    static int runs(int runs) {
        if (runs < 2) {
            throw new OptionException("runs", "runs must be at least 2, not " + runs);
        }
        return runs;
    }

    /** A share strictly between 0 and 1. */
    static double fraction(double value, String option) {
        if (!(value > 0 && value < 1)) {
            throw new OptionException(option, option + " must lie strictly between 0 and 1, not " + value);
        }
        return value;
    }

    /** A partial R² in [0, 1); {@code inclusiveOne} also allows 1. */
    static double partialR2(double value, String option, boolean inclusiveOne) {
        if (!(value >= 0 && (inclusiveOne ? value <= 1 : value < 1))) {
            throw new OptionException(option, option + " must be a partial r² at least 0 and "
                    + (inclusiveOne ? "at most 1" : "below 1") + ", not " + value);
        }
        return value;
    }
}

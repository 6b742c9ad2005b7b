package causal.bandit;

/** Validation at the public entries of this package, each failure a {@link BanditException} in words. */
final class Checks {
    private Checks() {
    }

    static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new BanditException(name + " must be a finite number, not " + value);
        }
        return value;
    }

    static double positive(double value, String name) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new BanditException(name + " must be a finite number greater than 0, not " + value);
        }
        return value;
    }

    static double nonNegative(double value, String name) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new BanditException(name + " must be a finite number of at least 0, not " + value);
        }
        return value;
    }

    /** A probability in [0, 1]. */
    static double probability(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new BanditException(name + " must lie between 0 and 1, not " + value);
        }
        return value;
    }

    /** A level such as a confidence level, strictly between 0 and 1. */
    static double openUnit(double value, String name) {
        if (!(value > 0 && value < 1)) {
            throw new BanditException(name + " must lie strictly between 0 and 1, not " + value);
        }
        return value;
    }

    static int atLeast(int value, int minimum, String name) {
        if (value < minimum) {
            throw new BanditException(name + " must be at least " + minimum + ", not " + value);
        }
        return value;
    }

    /** An arm index a caller passes to a policy: 0 ≤ arm < arms. */
    static int arm(int arm, int arms) {
        if (arm < 0 || arm >= arms) {
            throw new BanditException("arm " + arm + " is not one of the " + arms + " arms (0 to " + (arms - 1)
                    + ")");
        }
        return arm;
    }

    static double reward(double reward) {
        if (!Double.isFinite(reward)) {
            throw new BanditException("a reward must be a finite number, not " + reward);
        }
        return reward;
    }

    /** A context vector of exactly {@code features} values, all finite; null stands for no context. */
    static void context(double[] context, int features, String policy) {
        int given = context == null ? 0 : context.length;
        if (given != features) {
            throw new BanditException(policy + " was started with " + features + " context feature"
                    + (features == 1 ? "" : "s") + " but is given " + given);
        }
        for (int j = 0; j < given; j++) {
            if (!Double.isFinite(context[j])) {
                throw new BanditException(policy + " is given the context value " + context[j] + " for feature "
                        + (j + 1) + "; context features must be finite numbers");
            }
        }
    }
}

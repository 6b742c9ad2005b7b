package causal.learn;

import java.util.Map;
import java.util.OptionalInt;

/** Typed reads of a learner's option values, each failure a {@link LearnerOptionException} naming the option. */
final class LearnerSettings {
    private final String learner;
    private final Map<String, Double> values;

    LearnerSettings(String learner, Map<String, Double> values) {
        this.learner = learner;
        this.values = Map.copyOf(values);
    }

    double number(String name, double otherwise) {
        Double v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        if (!Double.isFinite(v)) {
            throw new LearnerOptionException(name, learner + " option " + name + " must be a finite number, not " + v);
        }
        return v;
    }

    int integer(String name, int otherwise) {
        return optionalInteger(name).orElse(otherwise);
    }

    OptionalInt optionalInteger(String name) {
        Double v = values.get(name);
        if (v == null) {
            return OptionalInt.empty();
        }
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new LearnerOptionException(name, learner + " option " + name + " must be a whole number, not "
                    + v);
        }
        return OptionalInt.of((int) v.doubleValue());
    }

    /** A seed: any whole number a double holds exactly. */
    long seed(String name, long otherwise) {
        Double v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        if (v != Math.rint(v) || Math.abs(v) > 0x1p53) {
            throw new LearnerOptionException(name, learner + " option " + name + " must be a whole number, not "
                    + v);
        }
        return (long) v.doubleValue();
    }
}

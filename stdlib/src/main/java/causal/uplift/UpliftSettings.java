package causal.uplift;

import causal.options.OptionValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Typed reads of an uplift learner's option values, each failure an {@link UpliftOptionException} naming it. */
final class UpliftSettings {
    private final String learner;
    private final Map<String, OptionValue> values;

    UpliftSettings(String learner, Map<String, OptionValue> values) {
        this.learner = learner;
        this.values = Map.copyOf(values);
    }

    double number(String name, double otherwise) {
        OptionValue v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof OptionValue.Number number && Double.isFinite(number.value())) {
            return number.value();
        }
        throw wrong(name, v, "a number");
    }

    int integer(String name, int otherwise) {
        return optionalInteger(name).orElse(otherwise);
    }

    OptionalInt optionalInteger(String name) {
        OptionValue v = values.get(name);
        if (v == null) {
            return OptionalInt.empty();
        }
        double d = number(name, 0);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw wrong(name, v, "a whole number");
        }
        return OptionalInt.of((int) d);
    }

    /** A seed: a whole number a double holds exactly, so that learners given it read the same number. */
    long seed(String name, long otherwise) {
        OptionValue v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        double d = number(name, 0);
        if (d != Math.rint(d) || Math.abs(d) > 0x1p53) {
            throw wrong(name, v, "a whole number of at most 2^53");
        }
        return (long) d;
    }

    LearnerChoice learner(String name, LearnerChoice otherwise) {
        return optionalLearner(name).orElse(otherwise);
    }

    /** A learner written as a word ({@code gbm}), a string, or a call with numeric options ({@code forest(trees = 500)}). */
    Optional<LearnerChoice> optionalLearner(String name) {
        OptionValue v = values.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof OptionValue.Word word) {
            return Optional.of(LearnerChoice.of(word.word()));
        }
        if (v instanceof OptionValue.Text text) {
            return Optional.of(LearnerChoice.of(text.value()));
        }
        if (v instanceof OptionValue.Call call && call.args().isEmpty()) {
            Map<String, Double> options = new HashMap<>();
            for (Map.Entry<String, OptionValue> e : call.named().entrySet()) {
                if (!(e.getValue() instanceof OptionValue.Number number)) {
                    throw new UpliftOptionException(name, learner + " option " + name + ": the learner option "
                            + e.getKey() + " must be a number, not " + e.getValue().text());
                }
                options.put(e.getKey(), number.value());
            }
            return Optional.of(new LearnerChoice(call.function(), options));
        }
        throw wrong(name, v, "a learner such as gbm or forest(trees = 500)");
    }

    private UpliftOptionException wrong(String name, OptionValue v, String expected) {
        return new UpliftOptionException(name, learner + " option " + name + " must be " + expected + ", not "
                + v.text());
    }
}

package causal.estimate;

import causal.options.OptionValue;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Typed access to an estimator's option values, with an {@link OptionException} that says what was expected. */
final class OptionReader {
    private final String estimator;
    private final Map<String, OptionValue> values;

    OptionReader(String estimator, Map<String, OptionValue> values) {
        this.estimator = estimator;
        this.values = Map.copyOf(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    OptionValue raw(String name) {
        return values.get(name);
    }

    OptionalDouble number(String name) {
        OptionValue v = values.get(name);
        if (v == null) {
            return OptionalDouble.empty();
        }
        if (v instanceof OptionValue.Number number && Double.isFinite(number.value())) {
            return OptionalDouble.of(number.value());
        }
        throw wrong(name, v, "a number");
    }

    double number(String name, double otherwise) {
        return number(name).orElse(otherwise);
    }

    int integer(String name, int otherwise) {
        OptionalDouble v = number(name);
        if (v.isEmpty()) {
            return otherwise;
        }
        double d = v.getAsDouble();
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw wrong(name, values.get(name), "a whole number");
        }
        return (int) d;
    }

    boolean bool(String name, boolean otherwise) {
        OptionValue v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof OptionValue.Bool flag) {
            return flag.value();
        }
        throw wrong(name, v, "true or false");
    }

    /** A bare word (or string) out of {@code allowed}. */
    String word(String name, String otherwise, Set<String> allowed) {
        OptionValue v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        String w = v instanceof OptionValue.Word word ? word.word()
                : v instanceof OptionValue.Text text ? text.value() : null;
        if (w == null || !allowed.contains(w)) {
            throw wrong(name, v, "one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return w;
    }

    OptionException wrong(String name, OptionValue v, String expected) {
        return new OptionException(name, estimator + " option " + name + " must be " + expected + ", not " + v.text());
    }
}

package causal.bandit;

import causal.options.OptionValue;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of a script's option values for one policy or evaluation, each failure a {@link BanditException}
 * naming the option and what it must be.
 */
final class OptionValues {
    private final String owner;
    private final Map<String, OptionValue> values;

    /** {@code owner} names the policy or statement in messages; every option name must be in {@code known}. */
    OptionValues(String owner, Map<String, OptionValue> values, List<BanditOption> known) {
        this.owner = owner;
        this.values = Map.copyOf(values);
        for (String name : values.keySet()) {
            if (known.stream().noneMatch(o -> o.name().equals(name))) {
                List<String> names = known.stream().map(BanditOption::name).toList();
                throw BanditException.option(name, owner + " has no option " + name
                        + (names.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", names)));
            }
        }
    }

    double number(String name, double otherwise) {
        OptionValue v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        return number(name, v);
    }

    int integer(String name, int otherwise) {
        OptionValue v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        double d = number(name, v);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw wrong(name, v, "a whole number");
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

    /** A number, or {@code none} for no limit (infinity). */
    double limit(String name, double otherwise) {
        OptionValue v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof OptionValue.Word word && word.word().equals("none")) {
            return Double.POSITIVE_INFINITY;
        }
        return number(name, v);
    }

    /** The raw value, for options with their own grammar such as a prior; null when absent. */
    OptionValue raw(String name) {
        return values.get(name);
    }

    BanditException wrong(String name, OptionValue v, String expected) {
        return BanditException.option(name, owner + " option " + name + " must be " + expected + ", not "
                + v.text());
    }

    private double number(String name, OptionValue v) {
        if (v instanceof OptionValue.Number n && Double.isFinite(n.value())) {
            return n.value();
        }
        throw wrong(name, v, "a number");
    }
}

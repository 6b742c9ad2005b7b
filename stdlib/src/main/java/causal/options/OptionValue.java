package causal.options;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An estimator option's value as the script wrote it: {@code 0.05}, {@code "x"}, {@code largest}, {@code true}, {@code cluster(store)}. */
public sealed interface OptionValue {

    /** The value as the script would show it, for messages. */
    String text();

    record Number(double value) implements OptionValue {
        @Override
        public String text() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }

    record Text(String value) implements OptionValue {
        @Override
        public String text() {
            return "\"" + value + "\"";
        }
    }

    record Word(String word) implements OptionValue {
        @Override
        public String text() {
            return word;
        }
    }

    record Bool(boolean value) implements OptionValue {
        @Override
        public String text() {
            return Boolean.toString(value);
        }
    }

    /** A call: positional arguments, then named ones ({@code bootstrap(runs = 200, seed = 3)}). */
    record Call(String function, List<OptionValue> args, Map<String, OptionValue> named) implements OptionValue {
        public Call {
            args = List.copyOf(args);
            named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
        }

        public Call(String function, List<OptionValue> args) {
            this(function, args, Map.of());
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder(function).append('(');
            String separator = "";
            for (OptionValue a : args) {
                sb.append(separator).append(a.text());
                separator = ", ";
            }
            for (Map.Entry<String, OptionValue> e : named.entrySet()) {
                sb.append(separator).append(e.getKey()).append(" = ").append(e.getValue().text());
                separator = ", ";
            }
            return sb.append(')').toString();
        }
    }
}

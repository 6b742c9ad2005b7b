package causal.estimate;

import java.util.List;

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

    record Call(String function, List<OptionValue> args) implements OptionValue {
        public Call {
            args = List.copyOf(args);
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder(function).append('(');
            for (int i = 0; i < args.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(args.get(i).text());
            }
            return sb.append(')').toString();
        }
    }
}

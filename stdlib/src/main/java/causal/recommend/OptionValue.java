package causal.recommend;

/**
 * An option's value as a script wrote it: a number ({@code factors = 32}), a word ({@code similarity = pearson}) or
 * a flag ({@code center = false}).
 */
public sealed interface OptionValue {

    /** How the value reads in a message. */
    String text();

    record Number(double value) implements OptionValue {
        @Override
        public String text() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value);
        }
    }

    record Word(String value) implements OptionValue {
        @Override
        public String text() {
            return value;
        }
    }

    record Flag(boolean value) implements OptionValue {
        @Override
        public String text() {
            return Boolean.toString(value);
        }
    }
}

package causal.cli;

import java.util.List;
import java.util.Optional;

/**
 * One command of the command line ({@code run}, {@code check}, …): what it does, its options and operands, and the
 * action that runs it. {@link Arguments#parse} reads a command line against it and {@link Usage} describes it.
 */
record CommandSpec(String name, String summary, List<OptionSpec> options, OperandSpec operands, Action action) {

    /** Runs a command with its parsed arguments; returns the exit status. */
    @FunctionalInterface
    interface Action {
        int run(Arguments arguments);
    }

    Optional<OptionSpec> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /**
     * An option: {@code --quiet} (a flag, no value label) or {@code --seed=<N>} / {@code --seed N} (a value with
     * its label).
     */
    record OptionSpec(String name, Optional<String> valueLabel, String description) {
        static OptionSpec flag(String name, String description) {
            return new OptionSpec(name, Optional.empty(), description);
        }

        static OptionSpec value(String name, String valueLabel, String description) {
            return new OptionSpec(name, Optional.of(valueLabel), description);
        }
    }

    /** The operands after the options: between {@code min} and {@code max} of them, called {@code label}. */
    record OperandSpec(String label, int min, int max, String description) {
        static final OperandSpec NONE = new OperandSpec("", 0, 0, "");

        static OperandSpec one(String label, String description) {
            return new OperandSpec(label, 1, 1, description);
        }
    }
}

package causal.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command's parsed arguments: the options given (a flag maps to "true") and the operands, in order. Options take
 * {@code --name value} or {@code --name=value}; {@code --} ends the options.
 */
record Arguments(Map<String, String> options, List<String> operands) {

    /** Thrown for a usage mistake: an unknown option, a missing value or operand, a value of the wrong kind. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static Arguments parse(CommandSpec command, List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                operands.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (name.equals("-h")) {
                name = "--help";
            }
            CommandSpec.OptionSpec option = command.option(name).orElseThrow(() ->
                    new UsageException("unknown option '" + arg + "'" + (command.options().isEmpty() ? ""
                            : " (options of " + command.name() + ": " + String.join(", ",
                            command.options().stream().map(CommandSpec.OptionSpec::name).toList()) + ")")));
            if (option.valueLabel().isEmpty()) {
                if (equals >= 0) {
                    throw new UsageException("option " + name + " takes no value");
                }
                options.put(name, "true");
            } else if (equals >= 0) {
                options.put(name, arg.substring(equals + 1));
            } else if (i + 1 < args.size()) {
                options.put(name, args.get(++i));
            } else {
                throw new UsageException("option " + name + " needs a value (" + option.valueLabel().get() + ")");
            }
        }
        if (options.containsKey("--help")) {
            return new Arguments(options, operands);
        }
        CommandSpec.OperandSpec spec = command.operands();
        if (operands.size() < spec.min()) {
            throw new UsageException("missing " + spec.label() + ": " + spec.description());
        }
        if (operands.size() > spec.max()) {
            throw new UsageException(spec.max() == 0 ? command.name() + " takes no " + "operands, got '"
                    + operands.get(0) + "'" : "unexpected '" + operands.get(spec.max()) + "': " + command.name()
                    + " takes " + (spec.max() == 1 ? "one " + spec.label() : "at most " + spec.max()));
        }
        return new Arguments(options, operands);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The value of a whole-number option, or {@code otherwise} when it is not given. */
    long longValue(String name, long otherwise) {
        Optional<String> text = value(name);
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            return Long.parseLong(text.get().trim());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + text.get() + "'");
        }
    }

    /** The value of an option that takes one of {@code choices} (the first is the default). */
    String choice(String name, String... choices) {
        String text = value(name).orElse(choices[0]);
        for (String c : choices) {
            if (c.equals(text)) {
                return c;
            }
        }
        throw new UsageException(name + " must be " + String.join(" or ", choices) + ", not '" + text + "'");
    }

    /** The n-th operand, or empty. */
    Optional<String> operand(int n) {
        return n < operands.size() ? Optional.of(operands.get(n)) : Optional.empty();
    }
}

package causal.cli;

import causal.cli.CommandSpec.OptionSpec;
import causal.runtime.SharedEngine;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code causal}: the command line. Exit status 0 ok, 1 the script did not pass the check (or a usage mistake:
 * nothing ran), 2 a runtime error.
 *
 * <p>The arguments are parsed by {@link Arguments}, not a library: picocli, measured, spent about 0.2 s of every
 * start-up reflecting over its annotations (bench/results/startup.md), more than parsing and checking a script.
 */
public final class Main {
    public static final int OK = 0;
    public static final int CHECK_FAILED = 1;
    public static final int RUNTIME_ERROR = 2;

    static final String VERSION = "causal 0.1.0";
    static final String DESCRIPTION = "Causal studies: declare data, a causal graph and estimands; Causal checks "
            + "identification before anything runs.";
    static final OptionSpec HELP = OptionSpec.flag("--help", "Show this help message and exit.");

    static final List<CommandSpec> COMMANDS = List.of(RunCommand.SPEC, CheckCommand.SPEC, ReplCommand.SPEC,
            LspCommand.SPEC, FmtCommand.SPEC);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line without exiting, for tests. */
    public static int execute(String... args) {
        if (args.length > 0 && args[0].equals("run")) {
            // The Truffle engine takes longer to build than the script to check: start it before anything else.
            SharedEngine.prepareInBackground();
        }
        if (args.length == 0) {
            System.err.print(Usage.of(COMMANDS, DESCRIPTION));
            return OK;
        }
        switch (args[0]) {
            case "-h", "--help" -> {
                System.out.print(Usage.of(COMMANDS, DESCRIPTION));
                return OK;
            }
            case "-V", "--version" -> {
                System.out.println(VERSION);
                return OK;
            }
            default -> {
            }
        }
        Optional<CommandSpec> command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst();
        if (command.isEmpty()) {
            // A usage mistake means nothing ran, as a failed check: exit 1 with the usage on stderr.
            return usageMistake((args[0].startsWith("-") ? "unknown option '" : "unknown command '") + args[0]
                    + "' (commands: " + String.join(", ", COMMANDS.stream().map(CommandSpec::name).toList()) + ")",
                    Usage.of(COMMANDS, DESCRIPTION));
        }
        try {
            Arguments arguments = Arguments.parse(command.get(), Arrays.asList(args).subList(1, args.length));
            if (arguments.flag(HELP.name())) {
                System.out.print(Usage.of(command.get()));
                return OK;
            }
            return command.get().action().run(arguments);
        } catch (Arguments.UsageException e) {
            return usageMistake(e.getMessage(), Usage.of(command.get()));
        }
    }

    private static int usageMistake(String message, String usage) {
        PrintStream err = System.err;
        err.println("causal: " + message);
        err.print(usage);
        return CHECK_FAILED;
    }
}

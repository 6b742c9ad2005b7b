package causal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code causal}: the command line. Exit status 0 ok, 1 the script did not pass the check, 2 a runtime error. */
@Command(name = "causal", mixinStandardHelpOptions = true, version = "causal 0.1.0",
        description = "Causal studies: declare data, a causal graph and estimands; Causal checks identification "
                + "before anything runs.",
        subcommands = {RunCommand.class, CheckCommand.class, ReplCommand.class, LspCommand.class, FmtCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CHECK_FAILED = 1;
    public static final int RUNTIME_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line without exiting, for tests. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // A usage mistake means nothing ran, as a failed check: exit 1 with the usage on stderr.
        cli.setParameterExceptionHandler((e, a) -> {
            System.err.println("causal: " + e.getMessage());
            e.getCommandLine().usage(System.err);
            return CHECK_FAILED;
        });
        return cli.execute(args);
    }
}

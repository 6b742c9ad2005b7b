package causal.cli;

import causal.repl.Repl;
import causal.runtime.RunOptions;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code causal repl [FILE]}: the interactive session, history kept in ~/.causal_history. */
final class ReplCommand {
    static final CommandSpec SPEC = new CommandSpec("repl",
            "Interactive Causal: type statements, see results; :help for help.",
            List.of(RunCommand.SEED, CommandSpec.OptionSpec.flag("--no-history",
                    "do not read or write ~/.causal_history"), Main.HELP),
            new CommandSpec.OperandSpec("FILE", 0, 1, "a script to load first"), ReplCommand::run);

    private ReplCommand() {
    }

    static int run(Arguments arguments) {
        long seed = arguments.longValue(RunCommand.SEED.name(), RunOptions.DEFAULT_SEED);
        boolean noHistory = arguments.flag("--no-history");
        try (Terminal terminal = TerminalBuilder.builder().name("causal").system(true).build()) {
            Path history = noHistory ? null : Path.of(System.getProperty("user.home"), ".causal_history");
            return new Repl(terminal, Path.of("").toAbsolutePath(), history, new RunOptions(seed, false))
                    .run(arguments.operand(0).map(Path::of));
        } catch (IOException e) {
            System.err.println("causal repl: error: cannot open the terminal: " + e.getMessage());
            return Main.CHECK_FAILED;
        }
    }
}

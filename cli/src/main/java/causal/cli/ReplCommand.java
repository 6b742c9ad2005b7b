package causal.cli;

import causal.repl.Repl;
import causal.runtime.RunOptions;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code causal repl [FILE]}: the interactive session, history kept in ~/.causal_history. */
@Command(name = "repl", description = "Interactive Causal: type statements, see results; :help for help.")
final class ReplCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "a script to load first")
    Path file;

    @Option(names = "--seed", description = "seed for randomness the script does not seed itself (default 1)")
    long seed = RunOptions.DEFAULT_SEED;

    @Option(names = "--no-history", description = "do not read or write ~/.causal_history")
    boolean noHistory;

    @Override
    public Integer call() {
        try (Terminal terminal = TerminalBuilder.builder().name("causal").system(true).build()) {
            Path history = noHistory ? null : Path.of(System.getProperty("user.home"), ".causal_history");
            return new Repl(terminal, Path.of("").toAbsolutePath(), history, new RunOptions(seed, false))
                    .run(Optional.ofNullable(file));
        } catch (IOException e) {
            System.err.println("causal repl: error: cannot open the terminal: " + e.getMessage());
            return Main.CHECK_FAILED;
        }
    }
}

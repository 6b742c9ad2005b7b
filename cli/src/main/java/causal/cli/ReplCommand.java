package causal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code causal repl}: comes with the REPL work (issue 8); until then it says so instead of pretending. */
@Command(name = "repl", description = "Interactive Causal (not available yet: issue 8).")
final class ReplCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "a script to load first")
    Path file;

    @Override
    public Integer call() {
        System.err.println("causal repl: error: the REPL is not available yet: it comes with issue 8; use "
                + "'causal run FILE' meanwhile");
        return Main.CHECK_FAILED;
    }
}

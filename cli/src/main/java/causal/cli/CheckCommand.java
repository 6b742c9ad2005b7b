package causal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code causal check FILE}: the static checks only; reads data headers but never rows. */
@Command(name = "check", description = "Check a script (syntax, names, identification) without running it.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .causal script")
    Path file;

    @Override
    public Integer call() {
        return ScriptFile.analyse(file).map(a -> a.hasErrors() ? Main.CHECK_FAILED : Main.OK)
                .orElse(Main.CHECK_FAILED);
    }
}

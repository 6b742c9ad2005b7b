package causal.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code causal lsp}: comes with the language server work (issue 8); until then it says so. */
@Command(name = "lsp", description = "Language server on stdio (not available yet: issue 8).")
final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("causal lsp: error: the language server is not available yet: it comes with issue 8");
        return Main.CHECK_FAILED;
    }
}

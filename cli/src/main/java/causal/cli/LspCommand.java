package causal.cli;

import causal.lsp.CausalLanguageServer;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code causal lsp}: the language server on stdin/stdout for any editor with an LSP client. */
@Command(name = "lsp", description = "Language server on stdio (diagnostics, hover, completion, definitions, "
        + "symbols, semantic tokens, quick fixes).")
final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() throws InterruptedException {
        return CausalLanguageServer.serve(System.in, System.out);
    }
}

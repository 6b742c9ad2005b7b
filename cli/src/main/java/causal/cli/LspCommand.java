package causal.cli;

import causal.lsp.CausalLanguageServer;

import java.util.List;

/** {@code causal lsp}: the language server on stdin/stdout for any editor with an LSP client. */
final class LspCommand {
    static final CommandSpec SPEC = new CommandSpec("lsp", "Language server on stdio (diagnostics, hover, "
            + "completion, definitions, symbols, semantic tokens, quick fixes).", List.of(Main.HELP),
            CommandSpec.OperandSpec.NONE, LspCommand::run);

    private LspCommand() {
    }

    static int run(Arguments arguments) {
        try {
            return CausalLanguageServer.serve(System.in, System.out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.RUNTIME_ERROR;
        }
    }
}

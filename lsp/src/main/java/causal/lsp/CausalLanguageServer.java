package causal.lsp;

import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code causal lsp}: the language server over stdio. A thin front end: every feature reads the
 * {@link causal.analysis.Analysis} of the open text, the same one {@code causal check} prints.
 */
public final class CausalLanguageServer implements LanguageServer, LanguageClientAware {
    private final CausalTextDocuments documents = new CausalTextDocuments();
    private final CompletableFuture<Void> exited = new CompletableFuture<>();
    private int exitCode = 1;

    /** Serves on the given streams until the client asks to exit; returns the exit status LSP prescribes. */
    public static int serve(InputStream in, OutputStream out) throws InterruptedException {
        CausalLanguageServer server = new CausalLanguageServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        try {
            CompletableFuture.anyOf(CompletableFuture.supplyAsync(() -> {
                try {
                    return launcher.startListening().get();
                } catch (InterruptedException | ExecutionException e) {
                    return null;
                }
            }), server.exited).get();
        } catch (ExecutionException e) {
            return 1;
        }
        return server.exitCode;
    }

    @Override
    public void connect(LanguageClient client) {
        documents.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities c = new ServerCapabilities();
        c.setTextDocumentSync(TextDocumentSyncKind.Full);
        c.setHoverProvider(true);
        c.setCompletionProvider(new CompletionOptions(false, List.of("(", ",", " ", "{")));
        c.setDefinitionProvider(true);
        c.setReferencesProvider(true);
        c.setDocumentSymbolProvider(true);
        c.setDocumentFormattingProvider(true);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(
                SemanticTokensEncoder.LEGEND, true);
        c.setSemanticTokensProvider(tokens);
        return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("causal", "0.1.0")));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        exitCode = 0;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        // 0 after a shutdown request, 1 without one (LSP's rule); the caller ends the process.
        exited.complete(null);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            @Override
            public void didChangeConfiguration(DidChangeConfigurationParams params) {
            }

            @Override
            public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
            }
        };
    }
}

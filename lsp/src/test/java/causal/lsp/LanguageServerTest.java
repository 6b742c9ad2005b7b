package causal.lsp;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The language server spoken to over LSP by an LSP4J client in the same process, through pipes. */
@Timeout(60)
class LanguageServerTest {
    private static final String SCRIPT = """
            data nsw = csv("data.csv")
            dag g {
              age -> treat
              age -> y
              treat -> y
            }
            estimate ATT of treat on y in nsw under g using psm(caliper = 0.05)
            """;

    @TempDir
    Path folder;

    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private LanguageServer server;
    private Thread serving;
    private PipedOutputStream toServer;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(folder.resolve("data.csv"), "age,treat,m,y\n30,1,1,2.5\n40,0,0,1.5\n35,1,1,3.0\n50,0,1,2.0\n");
        toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 20);
        PipedOutputStream toClient = new PipedOutputStream();
        PipedInputStream clientIn = new PipedInputStream(toClient, 1 << 20);
        serving = new Thread(() -> {
            try {
                CausalLanguageServer.serve(serverIn, toClient);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        serving.setDaemon(true);
        serving.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        assertThat(server.initialize(init).get(10, TimeUnit.SECONDS).getCapabilities().getHoverProvider()
                .getLeft()).isTrue();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown().get(10, TimeUnit.SECONDS);
        server.exit();
        toServer.close();
    }

    private String open(String text) throws Exception {
        String uri = folder.resolve("study.causal").toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "causal", 1,
                text)));
        return uri;
    }

    private PublishDiagnosticsParams diagnostics() throws InterruptedException {
        PublishDiagnosticsParams p = published.poll(10, TimeUnit.SECONDS);
        assertThat(p).as("diagnostics were published").isNotNull();
        return p;
    }

    private Hover hover(String uri, int line, int character) throws Exception {
        return server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(line, character))).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCleanScriptGetsNoDiagnosticsAndAMisspeltColumnOneWithItsPlace() throws Exception {
        open(SCRIPT);
        assertThat(diagnostics().getDiagnostics()).isEmpty();
        open(SCRIPT.replace("on y in", "on yy in"));
        var d = diagnostics().getDiagnostics();
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.getMessage()).contains("unknown column 'yy'").contains("did you mean y?");
            assertThat(x.getRange()).isEqualTo(new Range(new Position(6, 25), new Position(6, 27)));
            assertThat(x.getCode().getLeft()).isEqualTo("UNKNOWN_COLUMN");
        });
    }

    @Test
    void hoversShowAnEstimatorsOptionsANodesNeighboursAndAColumnsSummary() throws Exception {
        String uri = open(SCRIPT);
        diagnostics();
        assertThat(hover(uri, 6, 49).getContents().getRight().getValue()).contains("Propensity score matching")
                .contains("`caliper`");
        assertThat(hover(uri, 2, 3).getContents().getRight().getValue())
                .contains("node **age** of dag g — parents: none; children: treat, y");
        assertThat(hover(uri, 2, 3).getContents().getRight().getValue())
                .contains("column **age** of dataset nsw: numeric, mean 38.75");
        assertThat(hover(uri, 6, 2).getContents().getRight().getValue()).contains("backdoor, adjusting for {age}");
    }

    @Test
    void completionOffersDeclaredNamesColumnsAndEstimators() throws Exception {
        String uri = open(SCRIPT);
        diagnostics();
        List<CompletionItem> items = server.getTextDocumentService().completion(new CompletionParams(
                new TextDocumentIdentifier(uri), new Position(7, 0))).get(10, TimeUnit.SECONDS).getRight().getItems();
        assertThat(items).extracting(CompletionItem::getLabel).contains("nsw", "g", "treat", "psm", "estimate",
                "caliper");
    }

    @Test
    void definitionAndReferencesFollowTheDeclaredNames() throws Exception {
        String uri = open(SCRIPT);
        diagnostics();
        List<? extends Location> defs = server.getTextDocumentService().definition(new DefinitionParams(
                new TextDocumentIdentifier(uri), new Position(6, 31))).get(10, TimeUnit.SECONDS).getLeft();
        assertThat(defs).singleElement().satisfies(l -> assertThat(l.getRange().getStart())
                .isEqualTo(new Position(0, 5)));
        ReferenceParams refs = new ReferenceParams(new TextDocumentIdentifier(uri), new Position(2, 12),
                new ReferenceContext(true));
        assertThat(server.getTextDocumentService().references(refs).get(10, TimeUnit.SECONDS)).hasSize(3);
    }

    @Test
    void theOutlineListsDeclarationsAndEstimates() throws Exception {
        String uri = open(SCRIPT);
        diagnostics();
        var symbols = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(
                new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS);
        assertThat(symbols).extracting(e -> e.getRight().getName()).containsExactly("nsw", "g",
                "estimate ATT of treat on y");
    }

    @Test
    void semanticTokensStartWithTheFirstKeyword() throws Exception {
        String uri = open(SCRIPT);
        diagnostics();
        List<Integer> data = server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(
                new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS).getData();
        // line 0, column 0, length 4 ("data"), type keyword
        assertThat(data.subList(0, 5)).containsExactly(0, 0, 4, 0, 0);
        assertThat(data.size() % 5).isZero();
    }

    @Test
    void quickFixesReplaceAMisspeltNameAndAnInvalidAdjustmentSet() throws Exception {
        String misspelt = open(SCRIPT.replace("on y in", "on yy in"));
        diagnostics();
        List<CodeAction> fixes = actions(misspelt, new Range(new Position(6, 25), new Position(6, 27)));
        assertThat(fixes).singleElement().satisfies(a -> {
            TextEdit edit = a.getEdit().getChanges().get(misspelt).get(0);
            assertThat(edit.getNewText()).isEqualTo("y");
        });
        String bad = SCRIPT.replace("using psm(caliper = 0.05)", "adjust by {m}").replace("ATT", "ATE")
                .replace("treat -> y", "treat -> y\n  treat -> m\n  m -> y");
        String uri = open(bad);
        diagnostics();
        List<CodeAction> set = actions(uri, new Range(new Position(8, 0), new Position(8, 80)));
        assertThat(set).singleElement().satisfies(a -> {
            TextEdit edit = a.getEdit().getChanges().get(uri).get(0);
            assertThat(edit.getNewText()).isEqualTo("{age}");
            assertThat(a.getTitle()).isEqualTo("adjust by {age} instead");
        });
    }

    @Test
    void aQuickFixReplacesOnlyTheMisspeltNameInsideAWiderSpan() throws Exception {
        // The diagnostic of an unknown cluster column covers "se = cluster(agee)"; the fix must replace "agee" only.
        String script = SCRIPT.replace("ATT", "ATE").replace("psm(caliper = 0.05)", "ols(se = cluster(agee))");
        String uri = open(script);
        diagnostics();
        int column = script.lines().toList().get(6).indexOf("agee");
        List<CodeAction> fixes = actions(uri, new Range(new Position(6, column), new Position(6, column + 4)));
        assertThat(fixes).singleElement().satisfies(a -> {
            TextEdit edit = a.getEdit().getChanges().get(uri).get(0);
            assertThat(edit.getNewText()).isEqualTo("age");
            assertThat(edit.getRange()).isEqualTo(new Range(new Position(6, column), new Position(6, column + 4)));
        });
    }

    @Test
    void formattingRewritesTheDocumentInTheCanonicalLayout() throws Exception {
        String uri = open("data nsw=csv(\"data.csv\")\n");
        diagnostics();
        List<? extends TextEdit> edits = server.getTextDocumentService().formatting(new DocumentFormattingParams(
                new TextDocumentIdentifier(uri), new FormattingOptions(2, true))).get(10, TimeUnit.SECONDS);
        assertThat(edits).singleElement().satisfies(e -> assertThat(e.getNewText())
                .isEqualTo("data nsw = csv(\"data.csv\")\n"));
    }

    private List<CodeAction> actions(String uri, Range range) throws Exception {
        return server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range,
                new CodeActionContext(List.of()))).get(10, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
    }

    /** Collects what the server publishes; the rest of the client side is not used. */
    private final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}

package causal.lsp;

import causal.analysis.Completions;
import causal.analysis.GraphCache;
import causal.syntax.Formatter;
import causal.syntax.Name;
import causal.syntax.SourceTokens;
import causal.syntax.Stmt;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Open documents, each re-checked on every change with the one analysis core, and the features on them. */
final class CausalTextDocuments implements TextDocumentService {
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final CachedSchemas schemas = new CachedSchemas();
    /** Identification answers kept across edits: while a script's graphs do not change, re-checking is cheap. */
    private final GraphCache graphs = new GraphCache();
    private final Hovers hovers = new Hovers(new ColumnSummaries());
    private LanguageClient client;

    void connect(LanguageClient client) {
        this.client = client;
    }

    Optional<OpenDocument> document(String uri) {
        return Optional.ofNullable(documents.get(uri));
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        update(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        // Full synchronisation: the last change holds the whole text.
        var changes = params.getContentChanges();
        if (!changes.isEmpty()) {
            update(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                    changes.get(changes.size() - 1).getText());
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.remove(uri);
        if (client != null) {
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // A saved script may name data files that changed on disk: check it again.
        document(params.getTextDocument().getUri()).ifPresent(d -> update(d.uri(), d.version(), d.text()));
    }

    private void update(String uri, int version, String text) {
        OpenDocument doc = OpenDocument.of(uri, version, text, schemas, graphs);
        documents.put(uri, doc);
        if (client != null) {
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, Diagnostics.of(doc), version));
        }
    }

    /**
     * A hover may read a data file (a column's summary), so it runs off the message thread: diagnostics and
     * completions for the next keystroke are not kept waiting behind a file read.
     */
    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        Optional<OpenDocument> open = document(params.getTextDocument().getUri());
        return CompletableFuture.supplyAsync(() -> open
                .flatMap(d -> hovers.at(d, d.lines().offset(params.getPosition())))
                .map(text -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, text))).orElse(null), HOVER_WORKER);
    }

    /** One daemon thread for hovers, in order. */
    private static final java.util.concurrent.Executor HOVER_WORKER = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "causal-lsp-hover");
                t.setDaemon(true);
                return t;
            });

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        List<CompletionItem> items = new ArrayList<>();
        document(params.getTextDocument().getUri()).ifPresent(d -> {
            for (Completions.Candidate c : Completions.of(d.analysis())) {
                CompletionItem item = new CompletionItem(c.text());
                item.setKind(kind(c.kind()));
                item.setDetail(c.detail().isEmpty() ? c.kind() : c.kind() + ": " + c.detail());
                items.add(item);
            }
        });
        return CompletableFuture.completedFuture(Either.forRight(new CompletionList(false, items)));
    }

    private static CompletionItemKind kind(String kind) {
        return switch (kind) {
            case "keyword", "strategy" -> CompletionItemKind.Keyword;
            case "estimator" -> CompletionItemKind.Function;
            case "option" -> CompletionItemKind.Property;
            case "column", "node" -> CompletionItemKind.Field;
            case "dataset", "dag", "model", "design" -> CompletionItemKind.Module;
            default -> CompletionItemKind.Variable;
        };
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        List<Location> out = new ArrayList<>();
        document(params.getTextDocument().getUri()).ifPresent(d -> declaration(d, d.lines()
                .offset(params.getPosition())).ifPresent(n -> out.add(new Location(d.uri(),
                d.lines().range(n.span().offset(), n.span().length())))));
        return CompletableFuture.completedFuture(Either.forLeft(out));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        List<Location> out = new ArrayList<>();
        document(params.getTextDocument().getUri()).ifPresent(d -> {
            Optional<SourceTokens.Token> at = d.tokenAt(d.lines().offset(params.getPosition()))
                    .filter(t -> t.kind() == SourceTokens.Kind.IDENTIFIER);
            at.ifPresent(target -> {
                for (SourceTokens.Token t : d.tokens()) {
                    if (t.kind() == SourceTokens.Kind.IDENTIFIER && t.text().equals(target.text())) {
                        out.add(new Location(d.uri(), d.lines().range(t.offset(), t.length())));
                    }
                }
            });
        });
        return CompletableFuture.completedFuture(out);
    }

    /** The name that declares the identifier at {@code offset}, if it names a declaration. */
    private static Optional<Name> declaration(OpenDocument d, int offset) {
        return d.tokenAt(offset).filter(t -> t.kind() == SourceTokens.Kind.IDENTIFIER)
                .flatMap(t -> d.analysis().declarations().declaration(t.text())).flatMap(Declared::nameOf);
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
        document(params.getTextDocument().getUri()).ifPresent(d -> {
            for (Stmt s : d.analysis().script().statements()) {
                Range whole = d.lines().range(s.span().offset(), s.span().length());
                Optional<Name> name = Declared.nameOf(s);
                String label = name.map(Name::text).orElse(describe(s));
                if (label.isEmpty()) {
                    continue;
                }
                Range selection = name.map(n -> d.lines().range(n.span().offset(), n.span().length())).orElse(whole);
                out.add(Either.forRight(new DocumentSymbol(label, symbolKind(s), whole, selection,
                        s.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT))));
            }
        });
        return CompletableFuture.completedFuture(out);
    }

    private static String describe(Stmt s) {
        if (s instanceof Stmt.Estimate e && !e.treatments().isEmpty() && !e.outcomes().isEmpty()) {
            return "estimate " + e.estimand().kind() + " of " + e.treatments().get(0).text() + " on "
                    + e.outcomes().get(0).text();
        }
        if (s instanceof Stmt.Identify i && !i.treatments().isEmpty() && !i.outcomes().isEmpty()) {
            return "identify " + i.estimand().kind() + " of " + i.treatments().get(0).text() + " on "
                    + i.outcomes().get(0).text();
        }
        return "";
    }

    private static SymbolKind symbolKind(Stmt s) {
        if (s instanceof Stmt.Data) {
            return SymbolKind.Variable;
        }
        if (s instanceof Stmt.Dag || s instanceof Stmt.Model) {
            return SymbolKind.Class;
        }
        if (s instanceof Stmt.Design) {
            return SymbolKind.Struct;
        }
        return SymbolKind.Function;
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return CompletableFuture.completedFuture(document(params.getTextDocument().getUri())
                .map(d -> new SemanticTokens(SemanticTokensEncoder.encode(d))).orElse(new SemanticTokens(List.of())));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return CompletableFuture.completedFuture(document(params.getTextDocument().getUri()).map(d -> {
            String formatted = Formatter.format(d.text());
            return formatted.equals(d.text()) ? List.<TextEdit>of()
                    : List.of(new TextEdit(d.lines().range(0, d.text().length()), formatted));
        }).orElse(List.of()));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        document(params.getTextDocument().getUri()).ifPresent(d -> QuickFixes.in(d, params.getRange())
                .forEach(a -> out.add(Either.forRight(a))));
        return CompletableFuture.completedFuture(out);
    }
}

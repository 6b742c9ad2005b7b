package causal.lsp;

import causal.analysis.Analysis;
import causal.analysis.GraphCache;
import causal.analysis.SchemaProvider;
import causal.syntax.SourceTokens;
import causal.syntax.SourceText;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One open script: its text, the analysis of it (the same core as {@code causal check}), and its tokens. */
record OpenDocument(String uri, int version, String text, Analysis analysis, LineIndex lines,
                    List<SourceTokens.Token> tokens) {

    static OpenDocument of(String uri, int version, String text, SchemaProvider schemas, GraphCache graphs) {
        SourceText source = new SourceText(path(uri), text);
        return new OpenDocument(uri, version, text, Analysis.of(source, schemas, false, graphs), new LineIndex(text),
                SourceTokens.of(text));
    }

    /** The file path of a file: URI (data paths resolve against its folder), else the URI itself. */
    static String path(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equals(u.getScheme()) ? Path.of(u).toString() : uri;
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }

    /** The token covering {@code offset} (or ending right at it, where a cursor after a word stands). */
    Optional<SourceTokens.Token> tokenAt(int offset) {
        for (SourceTokens.Token t : tokens) {
            if (t.offset() <= offset && offset <= t.offset() + t.length()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

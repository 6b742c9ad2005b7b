package causal.lsp;

import causal.syntax.SourceTokens;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensLegend;

import java.util.ArrayList;
import java.util.List;

/** The lexer's tokens in LSP's relative integer encoding, one entry per line a token spans. */
final class SemanticTokensEncoder {
    static final List<String> TYPES = List.of("keyword", "variable", "number", "string", "comment", "operator");
    static final SemanticTokensLegend LEGEND = new SemanticTokensLegend(TYPES, List.of());

    private SemanticTokensEncoder() {
    }

    static List<Integer> encode(OpenDocument doc) {
        List<Integer> data = new ArrayList<>();
        int lastLine = 0;
        int lastChar = 0;
        for (SourceTokens.Token t : doc.tokens()) {
            int type = type(t.kind());
            if (type < 0) {
                continue;
            }
            int start = t.offset();
            int end = t.offset() + t.length();
            while (start < end) {
                Position p = doc.lines().position(start);
                int lineEnd = doc.text().indexOf('\n', start);
                int pieceEnd = lineEnd < 0 || lineEnd >= end ? end : lineEnd;
                int length = pieceEnd - start;
                if (length > 0) {
                    data.add(p.getLine() - lastLine);
                    data.add(p.getLine() == lastLine ? p.getCharacter() - lastChar : p.getCharacter());
                    data.add(length);
                    data.add(type);
                    data.add(0);
                    lastLine = p.getLine();
                    lastChar = p.getCharacter();
                }
                start = pieceEnd + 1;
            }
        }
        return data;
    }

    private static int type(SourceTokens.Kind kind) {
        return switch (kind) {
            case KEYWORD -> 0;
            case IDENTIFIER -> 1;
            case NUMBER -> 2;
            case STRING -> 3;
            case COMMENT -> 4;
            case OPERATOR -> 5;
            case ERROR -> -1;
        };
    }
}

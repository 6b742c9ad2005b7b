package causal.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Makes {@link Span}s from ANTLR tokens. ANTLR counts code points while Java strings (and so spans, the
 * REPL and the LSP) count UTF-16 chars; the two differ only after a character outside the BMP (an emoji in
 * a comment), so offsets and columns are converted here, once.
 */
final class SourceSpans {
    private final String source;
    private final int[] charOffsetOfCodePoint;
    private final int[] lineStartChar;

    SourceSpans(SourceText text) {
        this.source = text.name();
        String s = text.text();
        int codePoints = s.codePointCount(0, s.length());
        charOffsetOfCodePoint = new int[codePoints + 1];
        int lines = 1;
        for (int cp = 0, ch = 0; cp < codePoints; cp++) {
            charOffsetOfCodePoint[cp] = ch;
            if (s.charAt(ch) == '\n') {
                lines++;
            }
            ch += Character.charCount(s.codePointAt(ch));
        }
        charOffsetOfCodePoint[codePoints] = s.length();
        lineStartChar = new int[lines + 1];
        for (int ch = 0, line = 1; ch < s.length(); ch++) {
            if (s.charAt(ch) == '\n') {
                lineStartChar[++line] = ch + 1;
            }
        }
        lineStartChar[1] = 0;
    }

    String source() {
        return source;
    }

    Span of(Token token) {
        int start = charOffset(token.getStartIndex());
        int end = token.getType() == Token.EOF ? start : charOffset(token.getStopIndex() + 1);
        return span(token.getLine(), start, end);
    }

    /** From the start of {@code first} to the end of {@code last}. */
    Span of(Token first, Token last) {
        Span start = of(first);
        if (last == null || last.getStopIndex() < first.getStartIndex()) {
            return start;
        }
        return start.to(of(last));
    }

    Span of(ParserRuleContext ctx) {
        return of(ctx.getStart(), ctx.getStop());
    }

    private int charOffset(int codePointIndex) {
        int clamped = Math.max(0, Math.min(codePointIndex, charOffsetOfCodePoint.length - 1));
        return charOffsetOfCodePoint[clamped];
    }

    private Span span(int line, int start, int end) {
        int lineStart = line < lineStartChar.length ? lineStartChar[line] : 0;
        return new Span(source, line, start - lineStart + 1, start, end - start);
    }
}

package causal.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.util.Arrays;

/** Offsets in a document's text and LSP positions (0-based line, UTF-16 column: Java's char index) both ways. */
final class LineIndex {
    private final int[] starts;
    private final int length;

    LineIndex(String text) {
        int[] s = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
        this.length = text.length();
    }

    Position position(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int line = Arrays.binarySearch(starts, o);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, o - starts[line]);
    }

    int offset(Position p) {
        if (p.getLine() >= starts.length) {
            return length;
        }
        int lineEnd = p.getLine() + 1 < starts.length ? starts[p.getLine() + 1] : length;
        return Math.min(starts[p.getLine()] + p.getCharacter(), lineEnd);
    }

    Range range(int offset, int length) {
        return new Range(position(offset), position(offset + Math.max(0, length)));
    }
}

package causal.output;

import causal.syntax.Diagnostic;
import causal.syntax.SourceText;

/**
 * A diagnostic as the command line shows it: {@code FILE:LINE:COL: error: MESSAGE}, the source line with a caret
 * under the place, then the notes indented.
 */
public final class DiagnosticText {
    private DiagnosticText() {
    }

    public static String format(Diagnostic d, SourceText source) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.span().source()).append(':').append(d.span().line()).append(':').append(d.span().column())
                .append(": ").append(d.severity().name().toLowerCase()).append(": ").append(d.message()).append('\n');
        String line = source != null && d.span().length() > 0 || source != null && d.span().offset() > 0
                ? source.line(d.span().line()) : "";
        if (!line.isEmpty()) {
            int col = Math.max(1, d.span().column());
            int width = Math.max(1, Math.min(d.span().length(), line.length() - col + 1));
            sb.append("  ").append(line).append('\n');
            sb.append("  ").append(caretIndent(line, col - 1)).append('^').append("~".repeat(width - 1)).append('\n');
        }
        for (String note : d.notes()) {
            sb.append("  ").append(note).append('\n');
        }
        return sb.toString();
    }

    /** Spaces up to the column, keeping tabs so the caret lines up under tab-indented code. */
    private static String caretIndent(String line, int chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chars && i < line.length(); i++) {
            sb.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return sb.toString();
    }
}

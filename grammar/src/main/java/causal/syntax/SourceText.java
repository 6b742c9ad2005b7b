package causal.syntax;

/** The text of a script and the name it is reported under (a path, or e.g. {@code <repl>}). */
public record SourceText(String name, String text) {

    /** The text of line {@code line} (1-based), without its line break; empty when out of range. */
    public String line(int line) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return "";
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        String s = end < 0 ? text.substring(start) : text.substring(start, end);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}

package causal.syntax;

/** A region of a script: 1-based line and column, 0-based character offset, length in characters. */
public record Span(String source, int line, int column, int offset, int length) {

    /** The span from the start of {@code this} to the end of {@code other}. */
    public Span to(Span other) {
        int end = Math.max(offset + length, other.offset + other.length);
        return new Span(source, line, column, offset, end - offset);
    }

    /** A span for things that have no place in a script (e.g. a command-line argument). */
    public static Span nowhere(String source) {
        return new Span(source, 1, 1, 0, 0);
    }
}

package causal.syntax;

/** An identifier as the script wrote it (backticks removed), with its place. */
public record Name(String text, Span span) {
    @Override
    public String toString() {
        return text;
    }
}

package causal.syntax;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message about a place in a script: what is wrong there, in words, with optional notes (e.g. an open path).
 *
 * @param suggestion what the checker suggests writing instead, when it knows exactly one thing: the one known name
 *     near a misspelt one (the message says "did you mean …?"), or a valid adjustment set written {@code {a, b}}
 *     (a note says "a valid set: …"); an editor offers it as a quick fix
 */
public record Diagnostic(Severity severity, DiagnosticCode code, Span span, String message, List<String> notes,
        Optional<String> suggestion) {
    public Diagnostic {
        notes = List.copyOf(notes);
        Objects.requireNonNull(suggestion, "suggestion");
    }

    public static Diagnostic error(DiagnosticCode code, Span span, String message, String... notes) {
        return new Diagnostic(Severity.ERROR, code, span, message, List.of(notes), Optional.empty());
    }

    public static Diagnostic warning(DiagnosticCode code, Span span, String message, String... notes) {
        return new Diagnostic(Severity.WARNING, code, span, message, List.of(notes), Optional.empty());
    }

    /** This diagnostic suggesting {@code text} instead of what the script wrote. Not modified: this. */
    public Diagnostic withSuggestion(String text) {
        return new Diagnostic(severity, code, span, message, notes, Optional.of(text));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

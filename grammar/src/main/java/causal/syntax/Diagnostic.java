package causal.syntax;

import java.util.List;

/** A message about a place in a script: what is wrong there, in words, with optional notes (e.g. an open path). */
public record Diagnostic(Severity severity, DiagnosticCode code, Span span, String message, List<String> notes) {
    public Diagnostic {
        notes = List.copyOf(notes);
    }

    public static Diagnostic error(DiagnosticCode code, Span span, String message, String... notes) {
        return new Diagnostic(Severity.ERROR, code, span, message, List.of(notes));
    }

    public static Diagnostic warning(DiagnosticCode code, Span span, String message, String... notes) {
        return new Diagnostic(Severity.WARNING, code, span, message, List.of(notes));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

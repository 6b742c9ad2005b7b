package causal.syntax;

/**
 * A statement that the grammar accepts but the syntax tree cannot hold as written (a clause given twice,
 * a metric's k that is not a whole number). The statement is left out and the diagnostic reported.
 */
final class SyntaxRejection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    SyntaxRejection(Span span, String message) {
        super(message, null, false, false);
        this.diagnostic = Diagnostic.error(DiagnosticCode.SYNTAX_ERROR, span, message);
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}

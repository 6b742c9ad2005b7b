package causal.lsp;

import causal.syntax.Diagnostic;
import causal.syntax.Severity;
import org.eclipse.lsp4j.DiagnosticSeverity;

import java.util.List;

/** The checker's diagnostics as LSP diagnostics: same message, the notes on following lines, the code's name. */
final class Diagnostics {
    private Diagnostics() {
    }

    static List<org.eclipse.lsp4j.Diagnostic> of(OpenDocument doc) {
        return doc.analysis().diagnostics().stream().map(d -> toLsp(d, doc)).toList();
    }

    static org.eclipse.lsp4j.Diagnostic toLsp(Diagnostic d, OpenDocument doc) {
        String message = d.notes().isEmpty() ? d.message() : d.message() + "\n" + String.join("\n", d.notes());
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(
                doc.lines().range(d.span().offset(), Math.max(1, d.span().length())), message,
                d.severity() == Severity.ERROR ? DiagnosticSeverity.Error : d.severity() == Severity.WARNING
                        ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information, "causal");
        out.setCode(d.code().name());
        return out;
    }
}

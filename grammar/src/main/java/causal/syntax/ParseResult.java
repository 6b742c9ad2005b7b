package causal.syntax;

import java.util.List;

/** A parsed script and its syntax diagnostics; the script holds every statement that parsed. */
public record ParseResult(Script script, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

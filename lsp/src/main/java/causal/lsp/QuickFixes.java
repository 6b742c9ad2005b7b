package causal.lsp;

import causal.syntax.Diagnostic;
import causal.syntax.Stmt;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quick fixes for the checker's own diagnostics: a misspelt name replaced by the one "did you mean" names, and an
 * invalid adjustment set replaced by the valid set the refusal suggests.
 */
final class QuickFixes {
    private static final Pattern DID_YOU_MEAN = Pattern.compile("\\(did you mean ([A-Za-z_][A-Za-z0-9_.]*)\\?\\)");
    private static final Pattern VALID_SET = Pattern.compile("a valid set: (\\{[^}]*\\})");

    private QuickFixes() {
    }

    /** Fixes for the diagnostics of {@code doc} that touch {@code range}. */
    static List<CodeAction> in(OpenDocument doc, Range range) {
        int from = doc.lines().offset(range.getStart());
        int to = doc.lines().offset(range.getEnd());
        List<CodeAction> out = new ArrayList<>();
        for (Diagnostic d : doc.analysis().diagnostics()) {
            int start = d.span().offset();
            int end = start + d.span().length();
            if (end < from || start > to) {
                continue;
            }
            Matcher m = DID_YOU_MEAN.matcher(d.message());
            if (m.find()) {
                out.add(action("replace with " + m.group(1), doc, doc.lines().range(start, d.span().length()),
                        m.group(1), d));
            }
            for (String note : d.notes()) {
                Matcher set = VALID_SET.matcher(note);
                if (set.find()) {
                    strategyOf(doc, start).ifPresent(s -> {
                        String written = doc.text().substring(s.span().offset(), s.span().offset()
                                + s.span().length());
                        String replacement = (written.startsWith("backdoor") ? "backdoor " : "") + set.group(1);
                        out.add(action("adjust by " + set.group(1) + " instead", doc,
                                doc.lines().range(s.span().offset(), s.span().length()), replacement, d));
                    });
                }
            }
        }
        return out;
    }

    private static Optional<Stmt.Strategy> strategyOf(OpenDocument doc, int offset) {
        for (Stmt s : doc.analysis().script().statements()) {
            if (s instanceof Stmt.Estimate e && e.span().offset() <= offset
                    && offset <= e.span().offset() + e.span().length()) {
                return e.strategy().filter(st -> st instanceof Stmt.Strategy.Backdoor);
            }
        }
        return Optional.empty();
    }

    private static CodeAction action(String title, OpenDocument doc, Range range, String text, Diagnostic d) {
        CodeAction a = new CodeAction(title);
        a.setKind(CodeActionKind.QuickFix);
        a.setEdit(new WorkspaceEdit(Map.of(doc.uri(), List.of(new TextEdit(range, text)))));
        a.setDiagnostics(List.of(Diagnostics.toLsp(d, doc)));
        a.setIsPreferred(true);
        return a;
    }
}

package causal.lsp;

import causal.analysis.Suggestions;
import causal.syntax.Diagnostic;
import causal.syntax.DiagnosticCode;
import causal.syntax.Stmt;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quick fixes from the checker's suggestions ({@link Diagnostic#suggestion()}): a misspelt name replaced by the one
 * known name near it, and an invalid backdoor adjustment set replaced by the valid set the refusal names.
 */
final class QuickFixes {
    /** The diagnostics whose suggestion is an adjustment set rather than a name. */
    private static final Set<DiagnosticCode> SET_REFUSALS = EnumSet.of(DiagnosticCode.ADJUSTMENT_HAS_DESCENDANT,
            DiagnosticCode.BACKDOOR_PATH_OPEN, DiagnosticCode.FRONTDOOR_INVALID);
    // A name that needs backticks in a script gets no fix: the replacement would not parse.
    private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

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
            if (end < from || start > to || d.suggestion().isEmpty()) {
                continue;
            }
            String suggestion = d.suggestion().get();
            if (SET_REFUSALS.contains(d.code())) {
                backdoorOf(doc, start).ifPresent(s -> {
                    String written = doc.text().substring(s.span().offset(), s.span().offset() + s.span().length());
                    String replacement = (written.startsWith("backdoor") ? "backdoor " : "") + suggestion;
                    out.add(action("adjust by " + suggestion + " instead", doc,
                            doc.lines().range(s.span().offset(), s.span().length()), replacement, d));
                });
            } else if (BARE_NAME.matcher(suggestion).matches()) {
                misspelt(doc.text(), start, end, suggestion).ifPresent(name -> out.add(action("replace with "
                        + suggestion, doc, doc.lines().range(name[0], name[1] - name[0]), suggestion, d)));
            }
        }
        return out;
    }

    /**
     * Where the misspelt name is, as [start, end) offsets: the whole span when it is one name, else the name inside
     * it nearest the suggestion — a diagnostic's span can cover {@code calipre = 0.05} or {@code cluster(regoin)},
     * of which only the name is to be replaced.
     */
    private static Optional<int[]> misspelt(String text, int start, int end, String suggestion) {
        String written = text.substring(start, Math.min(end, text.length()));
        if (BARE_NAME.matcher(written).matches()) {
            return Optional.of(new int[] {start, end});
        }
        Map<String, int[]> names = new LinkedHashMap<>();
        Matcher m = BARE_NAME.matcher(written);
        while (m.find()) {
            names.putIfAbsent(m.group(), new int[] {start + m.start(), start + m.end()});
        }
        return Suggestions.closest(suggestion, names.keySet()).stream().findFirst().map(names::get);
    }

    /** The backdoor strategy of the estimate at {@code offset}, if it has one (a front-door set gets no fix). */
    private static Optional<Stmt.Strategy> backdoorOf(OpenDocument doc, int offset) {
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

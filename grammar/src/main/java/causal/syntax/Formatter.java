package causal.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * {@code causal fmt}: a script's canonical layout. The line breaks the author chose are kept (a statement is never
 * joined or split, except an {@code estimate} on one line longer than {@link #WIDTH}, which gets one clause per
 * line); within a line, tokens are spaced one way; lines are indented by the brackets open before them (two spaces
 * in a block, aligned after an open parenthesis); the edges of a {@code dag} block are aligned on their arrow;
 * the definitions of a {@code model} block on their {@code ~} or {@code =}; comments are kept where they are; at
 * most one blank line separates statements. Formatting formatted text
 * changes nothing, and the syntax tree of the result is the tree of the input.
 */
public final class Formatter {
    /** An estimate written on one line longer than this is broken before each clause. */
    public static final int WIDTH = 100;

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ")", "]", ";", "..", "@");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "..", "!", "@");
    private static final Set<String> ARROWS = Set.of("->", "<-", "<->");
    private static final Set<String> CLAUSES = Set.of("in", "under", "adjust", "controlling", "using", "correct", "with");

    private Formatter() {
    }

    /** The formatted text of {@code text}; a script with syntax errors is returned unchanged. */
    public static String format(String text) {
        SourceText source = new SourceText("fmt", text);
        ParseResult parsed = ScriptParser.parse(source);
        if (parsed.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            return text;
        }
        // Lines that continue a statement begun on an earlier line: indented by four when no bracket is open.
        java.util.Set<Integer> continuation = new java.util.HashSet<>();
        for (Stmt st : parsed.script().statements()) {
            int firstLine = st.span().line();
            int lastLine = firstLine + (int) text.substring(st.span().offset(), Math.min(text.length(),
                    st.span().offset() + st.span().length())).chars().filter(c -> c == '\n').count();
            for (int l = firstLine + 1; l <= lastLine; l++) {
                continuation.add(l);
            }
        }
        List<SourceTokens.Token> tokens = SourceTokens.of(text);
        List<List<SourceTokens.Token>> lines = byLine(tokens, text);
        List<String> out = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        Deque<String> kinds = new ArrayDeque<>();
        int blank = 0;
        for (List<SourceTokens.Token> line : lines) {
            if (line.isEmpty()) {
                blank++;
                continue;
            }
            if (blank > 0 && !out.isEmpty()) {
                out.add("");
            }
            blank = 0;
            SourceTokens.Token first = line.get(0);
            int indent;
            if (!open.isEmpty()) {
                indent = closes(first) && kinds.peek().equals("{") ? open.peek() - 2 : open.peek();
            } else {
                indent = continuation.contains(first.line()) && first.kind() != SourceTokens.Kind.COMMENT ? 4 : 0;
            }
            String body = spaced(line);
            String formatted = " ".repeat(Math.max(0, indent)) + body;
            // Track brackets to indent the next line: a block indents by two, a parenthesis aligns after itself.
            int column = indent;
            for (int i = 0; i < line.size(); i++) {
                SourceTokens.Token t = line.get(i);
                int at = column + offsetIn(body, line, i);
                switch (t.text()) {
                    case "{" -> {
                        open.push(indent + 2);
                        kinds.push("{");
                    }
                    case "(", "[" -> {
                        open.push(at + 1);
                        kinds.push(t.text());
                    }
                    case "}", ")", "]" -> {
                        if (!open.isEmpty()) {
                            open.pop();
                            kinds.pop();
                        }
                    }
                    default -> {
                    }
                }
            }
            out.add(formatted);
        }
        List<String> aligned = alignBlocks(out);
        List<String> broken = new ArrayList<>();
        for (String l : aligned) {
            broken.addAll(breakLongEstimate(l));
        }
        return String.join("\n", broken) + "\n";
    }

    private static boolean closes(SourceTokens.Token t) {
        return t.text().equals("}") || t.text().equals(")") || t.text().equals("]");
    }

    /** The tokens of each line of the text (a multi-line block comment belongs to the line it starts on). */
    private static List<List<SourceTokens.Token>> byLine(List<SourceTokens.Token> tokens, String text) {
        int lineCount = (int) text.chars().filter(c -> c == '\n').count() + 1;
        List<List<SourceTokens.Token>> lines = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            lines.add(new ArrayList<>());
        }
        for (SourceTokens.Token t : tokens) {
            lines.get(t.line() - 1).add(t);
        }
        // Lines covered by a multi-line block comment have no tokens of their own: drop them, not blank them.
        for (SourceTokens.Token t : tokens) {
            long extra = t.text().chars().filter(c -> c == '\n').count();
            for (int k = 1; k <= extra; k++) {
                lines.set(t.line() - 1 + k, null);
            }
        }
        lines.removeIf(l -> l == null);
        // Trailing blank lines are not kept.
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The tokens of one line with single spaces, except where the language reads tighter. */
    private static String spaced(List<SourceTokens.Token> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.size(); i++) {
            SourceTokens.Token t = line.get(i);
            if (i > 0 && space(line, i)) {
                sb.append(t.kind() == SourceTokens.Kind.COMMENT ? "  " : " ");
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    private static boolean space(List<SourceTokens.Token> line, int i) {
        SourceTokens.Token a = line.get(i - 1);
        SourceTokens.Token b = line.get(i);
        if (b.kind() == SourceTokens.Kind.COMMENT) {
            return true;
        }
        if (NO_SPACE_BEFORE.contains(b.text()) || NO_SPACE_AFTER.contains(a.text())) {
            return false;
        }
        if (b.text().equals("(") && (a.kind() == SourceTokens.Kind.IDENTIFIER || a.kind() == SourceTokens.Kind.KEYWORD)
                && !CLAUSES.contains(a.text())) {
            return false;
        }
        if (a.text().equals("{") && setBrace(line, i - 1) || b.text().equals("}") && setBrace(line, matching(line,
                i))) {
            return false;
        }
        if (a.text().equals("-") && unary(line, i - 1)) {
            return false;
        }
        return true;
    }

    /** A brace whose closing brace is on the same line and holds a list of names: {@code {age, educ}}. */
    private static boolean setBrace(List<SourceTokens.Token> line, int open) {
        if (open < 0 || !line.get(open).text().equals("{")) {
            return false;
        }
        for (int j = open + 1; j < line.size(); j++) {
            String t = line.get(j).text();
            if (t.equals("}")) {
                return true;
            }
            if (ARROWS.contains(t) || t.equals("=") || t.equals("~") || t.equals(";") || t.equals("{")) {
                return false;
            }
        }
        return false;
    }

    private static int matching(List<SourceTokens.Token> line, int close) {
        int depth = 0;
        for (int j = close; j >= 0; j--) {
            String t = line.get(j).text();
            if (t.equals("}")) {
                depth++;
            } else if (t.equals("{") && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /** A minus sign with no value before it: after an operator, a bracket, a comma, {@code =} or a keyword. */
    private static boolean unary(List<SourceTokens.Token> line, int minus) {
        if (minus == 0) {
            return true;
        }
        SourceTokens.Token before = line.get(minus - 1);
        return before.kind() == SourceTokens.Kind.OPERATOR && !before.text().equals(")")
                && !before.text().equals("]") && !before.text().equals("}")
                || before.kind() == SourceTokens.Kind.KEYWORD;
    }

    /** Where the i-th token starts within the spaced line. */
    private static int offsetIn(String body, List<SourceTokens.Token> line, int index) {
        return spaced(line.subList(0, index + 1)).length() - line.get(index).text().length();
    }

    /**
     * Consecutive indented lines of a block, edges ({@code a -> b}) or definitions ({@code x ~ …}), get their
     * operators in one column (edges and definitions are aligned separately).
     */
    private static List<String> alignBlocks(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        int i = 0;
        while (i < out.size()) {
            int j = i;
            int width = 0;
            while (j < out.size() && simpleEdge(out.get(j)) != null) {
                String[] parts = simpleEdge(out.get(j));
                width = Math.max(width, parts[1].length());
                j++;
            }
            if (j - i >= 2) {
                for (int k = i; k < j; k++) {
                    String[] parts = simpleEdge(out.get(k));
                    out.set(k, parts[0] + parts[1] + " ".repeat(width - parts[1].length()) + " " + parts[2]);
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /**
     * {indent, left side, "op rest"} for an indented line of a block whose first operator is an arrow
     * ({@code a -> b}) or a definition ({@code [latent] x ~ …}, {@code x = …}), else null.
     */
    private static String[] simpleEdge(String line) {
        String trimmed = line.stripLeading();
        if (trimmed.length() == line.length() || trimmed.startsWith("//")) {
            return null;
        }
        List<SourceTokens.Token> tokens = SourceTokens.of(trimmed);
        int op = tokens.size() > 1 && tokens.get(0).text().equals("latent") ? 2 : 1;
        if (tokens.size() < op + 2 || tokens.get(op - 1).kind() != SourceTokens.Kind.IDENTIFIER) {
            return null;
        }
        String operator = tokens.get(op).text();
        boolean edge = op == 1 && ARROWS.contains(operator);
        boolean definition = operator.equals("~") || operator.equals("=");
        if (!edge && !definition) {
            return null;
        }
        String indent = line.substring(0, line.length() - trimmed.length());
        return new String[] {indent, trimmed.substring(0, tokens.get(op - 1).offset() + tokens.get(op - 1).length()),
                trimmed.substring(tokens.get(op).offset())};
    }

    /** An {@code estimate} on one line longer than the width, broken before each clause. */
    private static List<String> breakLongEstimate(String line) {
        String trimmed = line.stripLeading();
        if (line.length() <= WIDTH || line.length() != trimmed.length() || !(trimmed.startsWith("estimate ")
                || trimmed.startsWith("let "))) {
            return List.of(line);
        }
        List<SourceTokens.Token> tokens = SourceTokens.of(line);
        if (tokens.stream().anyMatch(t -> t.kind() == SourceTokens.Kind.COMMENT)) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (SourceTokens.Token t : tokens) {
            switch (t.text()) {
                case "(", "{", "[" -> depth++;
                case ")", "}", "]" -> depth--;
                default -> {
                }
            }
            if (depth == 0 && t.kind() == SourceTokens.Kind.KEYWORD && CLAUSES.contains(t.text())
                    && t.offset() > start) {
                out.add((out.isEmpty() ? "" : "    ") + line.substring(start, t.offset()).strip());
                start = t.offset();
            }
        }
        out.add((out.isEmpty() ? "" : "    ") + line.substring(start).strip());
        return out;
    }
}

package causal.syntax;

import causal.syntax.antlr.CausalLexer;
import causal.syntax.antlr.CausalParser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The script's tokens as editors need them: for highlighting (REPL, semantic tokens in the language server) and to
 * tell whether an input is complete (the REPL keeps reading while a bracket is open). The same lexer as the
 * parser ({@link ScriptLexer}), so a word is a keyword exactly when the grammar says so.
 */
public final class SourceTokens {
    /** What a token is, for colouring. */
    public enum Kind { KEYWORD, IDENTIFIER, NUMBER, STRING, COMMENT, OPERATOR, ERROR }

    /** One token: its kind, 0-based offset and length, 1-based line and column, and text. */
    public record Token(Kind kind, int offset, int length, int line, int column, String text) {}

    private static final Pattern WORD = Pattern.compile("'[A-Za-z_]+'");
    private static final Set<String> KEYWORDS = readKeywords();

    private SourceTokens() {
    }

    /** The tokens of {@code text}, comments included, whitespace left out. Never fails. */
    public static List<Token> of(String text) {
        ScriptLexer lexer = ScriptLexer.of(text, "text");
        List<Token> out = new ArrayList<>();
        for (org.antlr.v4.runtime.Token t = lexer.nextToken(); t.getType() != org.antlr.v4.runtime.Token.EOF;
                t = lexer.nextToken()) {
            if (t.getType() == CausalLexer.WS) {
                continue;
            }
            out.add(new Token(kind(t), t.getStartIndex(), t.getStopIndex() - t.getStartIndex() + 1, t.getLine(),
                    t.getCharPositionInLine() + 1, t.getText()));
        }
        return out;
    }

    /** Every keyword of the language, sorted: statement words, clause words and estimands. */
    public static Set<String> keywords() {
        return KEYWORDS;
    }

    private static Set<String> readKeywords() {
        Vocabulary v = CausalParser.VOCABULARY;
        Set<String> out = new TreeSet<>();
        for (int type = 1; type <= v.getMaxTokenType(); type++) {
            String literal = v.getLiteralName(type);
            if (literal != null && WORD.matcher(literal).matches()) {
                out.add(literal.substring(1, literal.length() - 1));
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /**
     * Whether {@code text} can be taken as it is: every bracket it opens is closed, no string or block comment is
     * left open, and it does not end in a comma, an operator or an arrow that asks for more.
     */
    public static boolean isComplete(String text) {
        int depth = 0;
        Token last = null;
        for (Token t : of(text)) {
            if (t.kind() == Kind.COMMENT) {
                if (t.text().startsWith("/*") && !t.text().endsWith("*/")) {
                    return false;
                }
                continue;
            }
            switch (t.text()) {
                case "(", "{", "[" -> depth++;
                case ")", "}", "]" -> depth--;
                default -> {
                }
            }
            last = t;
        }
        if (depth > 0) {
            return false;
        }
        if (last == null) {
            return true;
        }
        return !(last.kind() == Kind.OPERATOR && !last.text().equals(")") && !last.text().equals("}")
                && !last.text().equals("]") && !last.text().equals(";") && !last.text().equals("!"));
    }

    private static Kind kind(org.antlr.v4.runtime.Token t) {
        int type = t.getType();
        if (type == CausalLexer.LINE_COMMENT || type == CausalLexer.BLOCK_COMMENT
                || type == CausalLexer.UNTERMINATED_COMMENT) {
            return Kind.COMMENT;
        }
        if (type == CausalLexer.STRING) {
            return Kind.STRING;
        }
        if (type == CausalLexer.NUMBER || type == CausalLexer.PERCENT) {
            return Kind.NUMBER;
        }
        if (type == CausalLexer.ID || type == CausalLexer.BACKTICK_ID) {
            return Kind.IDENTIFIER;
        }
        if (type == CausalLexer.UNTERMINATED_STRING || type == CausalLexer.UNTERMINATED_BACKTICK
                || type == CausalLexer.ERROR_CHAR) {
            return Kind.ERROR;
        }
        String literal = CausalParser.VOCABULARY.getLiteralName(type);
        return literal != null && WORD.matcher(literal).matches() ? Kind.KEYWORD : Kind.OPERATOR;
    }
}

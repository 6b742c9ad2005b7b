package causal.syntax;

import causal.syntax.antlr.CausalParser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.ArrayList;
import java.util.List;

/** Says in words what a set of expected tokens means: "a name", "a value", "'of'", … */
final class ExpectedTokens {
    private static final int MOST_LISTED = 8;

    private ExpectedTokens() {
    }

    /** The description, or null when the set is empty. */
    static String describe(IntervalSet expected) {
        List<String> words = new ArrayList<>();
        boolean value = expected.contains(CausalParser.NUMBER) && expected.contains(CausalParser.STRING)
                && expected.contains(CausalParser.LPAREN);
        boolean name = expected.contains(CausalParser.ID);
        if (value) {
            words.add("a value");
        } else if (name) {
            words.add("a name");
        }
        // After a complete operand every operator could follow; naming them all hides the ',' or ')' the
        // user most likely left out, so operators are named only when nothing else fits.
        boolean onlyOperators = expected.toList().stream().allMatch(ExpectedTokens::isOperator);
        for (int type : expected.toList()) {
            if (covered(type, value, name) || isOperator(type) && !onlyOperators) {
                continue;
            }
            words.add(word(type));
        }
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        if (words.size() == 2) {
            return words.get(0) + " or " + words.get(1);
        }
        List<String> shown = words.size() > MOST_LISTED ? words.subList(0, MOST_LISTED) : words;
        return "one of: " + String.join(", ", shown) + (words.size() > MOST_LISTED ? ", …" : "");
    }

    private static boolean covered(int type, boolean value, boolean name) {
        boolean nameToken = type == CausalParser.ID || type == CausalParser.BACKTICK_ID || isSoftKeyword(type);
        if (name && nameToken) {
            return true;
        }
        if (!value) {
            return false;
        }
        return nameToken || type == CausalParser.NUMBER || type == CausalParser.PERCENT
                || type == CausalParser.STRING || type == CausalParser.TRUE || type == CausalParser.FALSE
                || type == CausalParser.LBRACK || type == CausalParser.LBRACE || type == CausalParser.LPAREN
                || type == CausalParser.MINUS || type == CausalParser.NOT || type == CausalParser.BANG;
    }

    private static boolean isOperator(int type) {
        switch (type) {
            case CausalParser.AND: case CausalParser.OR: case CausalParser.AMP_AMP: case CausalParser.PIPE_PIPE:
            case CausalParser.LT: case CausalParser.LE: case CausalParser.GT: case CausalParser.GE:
            case CausalParser.EQ: case CausalParser.NE: case CausalParser.PLUS: case CausalParser.MINUS:
            case CausalParser.STAR: case CausalParser.SLASH: case CausalParser.CARET: case CausalParser.DOTDOT:
                return true;
            default:
                return false;
        }
    }

    // Soft keywords are the lexer's word tokens from DATA to LATE, less the hard statement keywords.
    private static boolean isSoftKeyword(int type) {
        switch (type) {
            case CausalParser.LET: case CausalParser.ESTIMATE: case CausalParser.IDENTIFY: case CausalParser.PATHS:
            case CausalParser.IMPLICATIONS: case CausalParser.REFUTE: case CausalParser.SENSITIVITY:
            case CausalParser.DECOMPOSE: case CausalParser.RECOMMENDER: case CausalParser.EVALUATE:
            case CausalParser.RECOMMEND: case CausalParser.SIMULATE: case CausalParser.PRINT:
            case CausalParser.PLOT: case CausalParser.EXPORT:
                return false;
            default:
                return type >= CausalParser.DATA && type <= CausalParser.LATE;
        }
    }

    static String word(int type) {
        switch (type) {
            case Token.EOF:
                return "the end of the script";
            case CausalParser.ID:
            case CausalParser.BACKTICK_ID:
                return "a name";
            case CausalParser.NUMBER:
                return "a number";
            case CausalParser.PERCENT:
                return "a percentage";
            case CausalParser.STRING:
                return "a string";
            default:
                String literal = CausalParser.VOCABULARY.getLiteralName(type);
                return literal != null ? literal : CausalParser.VOCABULARY.getDisplayName(type);
        }
    }
}

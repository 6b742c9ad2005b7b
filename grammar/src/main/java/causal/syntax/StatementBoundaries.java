package causal.syntax;

import causal.syntax.antlr.CausalLexer;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Token;

import java.util.BitSet;

/**
 * Where statements begin, for error recovery. Newlines are whitespace to the grammar, but people write a
 * statement per line: a statement keyword that opens a line (or follows a {@code ;}) is taken as the start
 * of the next statement once the one before it is broken. That keeps an unclosed {@code dag g {} from
 * swallowing the {@code data …} line after it, even though {@code data} is also a node name.
 */
final class StatementBoundaries {
    private static final BitSet STATEMENT_KEYWORDS = new BitSet();

    static {
        int[] keywords = {
            CausalLexer.DATA, CausalLexer.DAG, CausalLexer.MODEL, CausalLexer.LET, CausalLexer.ESTIMATE,
            CausalLexer.IDENTIFY, CausalLexer.PATHS, CausalLexer.IMPLICATIONS, CausalLexer.TEST,
            CausalLexer.DESIGN, CausalLexer.POWER, CausalLexer.REFUTE, CausalLexer.SENSITIVITY,
            CausalLexer.DECOMPOSE, CausalLexer.RECOMMENDER, CausalLexer.POLICY, CausalLexer.EVALUATE,
            CausalLexer.RECOMMEND, CausalLexer.SIMULATE, CausalLexer.TARGET, CausalLexer.PRINT,
            CausalLexer.PLOT, CausalLexer.EXPORT, CausalLexer.ENGINE,
        };
        for (int k : keywords) {
            STATEMENT_KEYWORDS.set(k);
        }
    }

    /** The statement keywords in the order users read them in messages. */
    static final String STATEMENT_WORDS = "data, dag, model, let, estimate, identify, paths, implications, test, "
            + "design, power, refute, sensitivity, decompose, recommender, policy, evaluate, recommend, simulate, "
            + "target, print, plot, export, engine";

    private final BufferedTokenStream tokens;

    StatementBoundaries(BufferedTokenStream tokens) {
        this.tokens = tokens;
    }

    /** Whether {@code token} is a statement keyword that opens its line or follows a {@code ;}. */
    boolean startsStatement(Token token) {
        if (token.getType() < 0 || !STATEMENT_KEYWORDS.get(token.getType())) {
            return false;
        }
        Token before = previous(token);
        return before == null || before.getLine() < token.getLine() || before.getType() == CausalLexer.SEMI;
    }

    /** The token on the default channel before {@code token}, or null at the start of the script. */
    Token previous(Token token) {
        for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
        }
        return null;
    }

    /** The index of the first statement start after token {@code index}, or of the end of the script. */
    int resumeAfter(int index) {
        for (int i = index + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == Token.EOF
                    || t.getChannel() == Token.DEFAULT_CHANNEL && (startsStatement(t) || t.getType() == CausalLexer.SEMI)) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** The first statement start in the tokens after {@code from} up to and including {@code to}, or null. */
    Token firstStartBetween(Token from, Token to) {
        for (int i = from.getTokenIndex() + 1; i <= to.getTokenIndex() && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL && startsStatement(t)) {
                return t;
            }
        }
        return null;
    }
}

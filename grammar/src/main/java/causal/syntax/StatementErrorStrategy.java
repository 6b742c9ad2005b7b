package causal.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.List;

/**
 * Reports the first error of a statement in words and abandons that statement. ANTLR's token-level repair
 * (deleting or inventing a token and going on) is turned off: it produces a second, confusing error for
 * most typos, while the statement is left out of the script anyway. {@link ScriptParser} resumes at the
 * next statement.
 */
final class StatementErrorStrategy extends DefaultErrorStrategy {

    /** Unwinds the parser out of a broken statement. */
    static final class StatementAbandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StatementAbandoned() {
            super(null, null, false, false);
        }
    }

    private final SyntaxErrorMessages messages;
    private final List<Diagnostic> diagnostics;

    StatementErrorStrategy(SyntaxErrorMessages messages, List<Diagnostic> diagnostics) {
        this.messages = messages;
        this.diagnostics = diagnostics;
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        diagnostics.add(messages.describe(parser, e));
    }

    @Override
    public void recover(Parser parser, RecognitionException e) {
        throw new StatementAbandoned();
    }

    @Override
    public void reset(Parser parser) {
        super.reset(parser);
        nextTokensContext = null;
        nextTokensState = ATNState.INVALID_STATE_NUMBER;
    }

    /** A matched token moves past the place where optional parts were skipped: forget that place. */
    @Override
    public void reportMatch(Parser parser) {
        super.reportMatch(parser);
        nextTokensContext = null;
        nextTokensState = ATNState.INVALID_STATE_NUMBER;
    }

    /** Fails the match; the expected tokens include those of optional parts just skipped ({@link #sync}). */
    @Override
    public Token recoverInline(Parser parser) {
        throw nextTokensContext == null
                ? new InputMismatchException(parser)
                : new InputMismatchException(parser, nextTokensState, nextTokensContext);
    }

    /**
     * As ANTLR's own sync, minus its repair: remembers where optional parts were skipped so that a later
     * error can say {@code expected 'of' or 'to'} rather than just {@code 'to'}, and fails at once at the
     * start of a block that the next token cannot begin.
     */
    @Override
    public void sync(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        ATNState state = parser.getInterpreter().atn.states.get(parser.getState());
        IntervalSet next = parser.getATN().nextTokens(state);
        if (next.contains(parser.getInputStream().LA(1))) {
            nextTokensContext = null;
            nextTokensState = ATNState.INVALID_STATE_NUMBER;
            return;
        }
        if (next.contains(Token.EPSILON)) {
            if (nextTokensContext == null) {
                nextTokensContext = parser.getContext();
                nextTokensState = parser.getState();
            }
            return;
        }
        switch (state.getStateType()) {
            case ATNState.BLOCK_START, ATNState.STAR_BLOCK_START, ATNState.PLUS_BLOCK_START, ATNState.STAR_LOOP_ENTRY ->
                    throw new InputMismatchException(parser);
            default -> { }
        }
    }
}

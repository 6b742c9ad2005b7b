package causal.syntax;

import causal.syntax.antlr.CausalParser;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Recognises the error behind many others: a bracket left open. When the parser stumbles at the end of the
 * script, or after the next statement has visibly begun, the message names the bracket and where it opened.
 */
final class UnclosedBrackets {

    /** An open bracket to report at {@code reportedAt}. */
    record Unclosed(Token reportedAt, String message) {}

    private final BufferedTokenStream tokens;
    private final StatementBoundaries boundaries;

    UnclosedBrackets(BufferedTokenStream tokens, StatementBoundaries boundaries) {
        this.tokens = tokens;
        this.boundaries = boundaries;
    }

    /** The unclosed bracket that explains an error at {@code found} inside {@code ctx}, or null. */
    Unclosed find(ParserRuleContext ctx, Token found) {
        ParserRuleContext root = ctx;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Token open = innermostOpen(root.getStart(), found);
        if (open == null) {
            return null;
        }
        Token nextStatement = boundaries.firstStartBetween(open, found);
        if (nextStatement == null && found.getType() != Token.EOF) {
            return null;
        }
        String of = owner(ctx, open);
        String message = "unclosed '" + open.getText() + "'" + (of.isEmpty() ? "" : " of " + of)
                + " opened at " + open.getLine() + ":" + (open.getCharPositionInLine() + 1);
        return new Unclosed(nextStatement != null ? nextStatement : found, message);
    }

    private Token innermostOpen(Token from, Token until) {
        Deque<Token> open = new ArrayDeque<>();
        for (int i = from.getTokenIndex(); i < until.getTokenIndex(); i++) {
            Token t = tokens.get(i);
            switch (t.getType()) {
                case CausalParser.LPAREN, CausalParser.LBRACE, CausalParser.LBRACK -> open.push(t);
                case CausalParser.RPAREN, CausalParser.RBRACE, CausalParser.RBRACK -> open.poll();
                default -> { }
            }
        }
        return open.peek();
    }

    /** What the bracket belongs to, in words, found from the rule that matched it. */
    private static String owner(ParserRuleContext ctx, Token open) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (holds(c, open)) {
                return describe(c);
            }
        }
        return "";
    }

    private static boolean holds(ParserRuleContext ctx, Token token) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof TerminalNode terminal && terminal.getSymbol() == token) {
                return true;
            }
        }
        return false;
    }

    private static String describe(ParserRuleContext c) {
        if (c instanceof CausalParser.DagBlockContext) {
            return "the dag block";
        }
        if (c instanceof CausalParser.ModelStmtContext) {
            return "the model block";
        }
        if (c instanceof CausalParser.WithStepContext) {
            return "the with block";
        }
        if (c instanceof CausalParser.CallContext call) {
            return "the call to " + call.identifier().getText();
        }
        if (c instanceof CausalParser.ReadSourceContext read) {
            return "the call to " + read.format.getText();
        }
        if (c instanceof CausalParser.DagDagittyContext) {
            return "the call to dagitty";
        }
        if (c instanceof CausalParser.RecommenderStmtContext || c instanceof CausalParser.EvaluateStmtContext) {
            return "the list of roles";
        }
        if (c instanceof CausalParser.BraceGroupContext) {
            return "the node group";
        }
        if (c instanceof CausalParser.DagNodeContext) {
            return "the node attributes";
        }
        if (c instanceof CausalParser.BraceSetContext || c instanceof CausalParser.SetLiteralContext) {
            return "the set";
        }
        if (c instanceof CausalParser.ListLiteralContext) {
            return "the list";
        }
        return "";
    }
}

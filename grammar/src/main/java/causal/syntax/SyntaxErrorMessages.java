package causal.syntax;

import causal.syntax.antlr.CausalLexer;
import causal.syntax.antlr.CausalParser;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.Map;

/**
 * Words a syntax error for users: what was expected after what, with an example of the statement being
 * written, instead of ANTLR's "mismatched input … expecting {…}".
 */
final class SyntaxErrorMessages {
    private static final Map<Integer, String> EXAMPLES = Map.ofEntries(
            Map.entry(CausalParser.RULE_dataStmt, "data nsw = csv(\"lalonde.csv\") where age >= 18"),
            Map.entry(CausalParser.RULE_dagStmt, "dag g { z -> x -> y  z -> y }"),
            Map.entry(CausalParser.RULE_modelStmt, "model m { x ~ normal(0, 1)  y = 2*x + normal(0, 1) }"),
            Map.entry(CausalParser.RULE_estimateStmt,
                    "estimate ATE of treat on re78 in nsw under jobs adjust by backdoor using ols"),
            Map.entry(CausalParser.RULE_identifyStmt, "identify ATE of educ on lwage under wages"),
            Map.entry(CausalParser.RULE_pathsStmt, "paths of treat to re78 under jobs given {age}"),
            Map.entry(CausalParser.RULE_implicationsStmt, "implications of jobs"),
            Map.entry(CausalParser.RULE_testStmt, "test jobs against nsw"),
            Map.entry(CausalParser.RULE_designStmt, "design ab = experiment(arm = variant, metric = converted)"),
            Map.entry(CausalParser.RULE_powerStmt, "power ab"),
            Map.entry(CausalParser.RULE_refuteStmt, "refute e1 using placebo_treatment(runs = 100)"),
            Map.entry(CausalParser.RULE_sensitivityStmt, "sensitivity of e1 using evalue"),
            Map.entry(CausalParser.RULE_decomposeStmt, "decompose e1"),
            Map.entry(CausalParser.RULE_recommenderStmt,
                    "recommender mf = als(factors = 32) on ratings(user = user_id, item = item_id, rating = stars)"),
            Map.entry(CausalParser.RULE_policyStmt, "policy ts = thompson(prior = beta(1, 1))"),
            Map.entry(CausalParser.RULE_evaluateStmt, "evaluate mf on ratings split 0.2 seed 7 metrics rmse, precision@10"),
            Map.entry(CausalParser.RULE_recommendStmt, "recommend 10 for user 42 using mf"),
            Map.entry(CausalParser.RULE_simulateStmt, "simulate ts on bernoulli_arms(0.10, 0.13) rounds 10000 seed 1"),
            Map.entry(CausalParser.RULE_targetStmt, "target tau top 20%"),
            Map.entry(CausalParser.RULE_printStmt, "print e1"),
            Map.entry(CausalParser.RULE_plotStmt, "plot balance of e1 to \"balance.svg\""),
            Map.entry(CausalParser.RULE_exportStmt, "export e1 to \"e1.json\""),
            Map.entry(CausalParser.RULE_engineStmt, "engine = spark(\"local[*]\")"));

    private final SourceSpans spans;
    private final StatementBoundaries boundaries;
    private final UnclosedBrackets unclosed;

    SyntaxErrorMessages(SourceSpans spans, StatementBoundaries boundaries, UnclosedBrackets unclosed) {
        this.spans = spans;
        this.boundaries = boundaries;
        this.unclosed = unclosed;
    }

    Diagnostic describe(Parser parser, RecognitionException e) {
        Token found = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        ParserRuleContext ctx = e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        String lexical = lexicalProblem(found);
        if (lexical != null) {
            return error(found, lexical);
        }
        UnclosedBrackets.Unclosed open = unclosed.find(ctx, found);
        if (open != null) {
            return error(open.reportedAt(), open.message());
        }
        if (ctx.getRuleIndex() == CausalParser.RULE_statement && found == ctx.getStart()) {
            return error(found, statementStart(found));
        }
        return error(found, expectation(e, ctx, found));
    }

    /** A message for a token that no rule accepts, or null. */
    static String lexicalProblem(Token found) {
        switch (found.getType()) {
            case CausalLexer.UNTERMINATED_STRING:
                return "unterminated string: close it with \" on the same line";
            case CausalLexer.UNTERMINATED_BACKTICK:
                return "unterminated name in backticks: close it with ` on the same line";
            case CausalLexer.UNTERMINATED_COMMENT:
                return "unterminated comment: close it with */";
            case CausalLexer.ERROR_CHAR:
                switch (found.getText()) {
                    case "'":
                        return "unexpected character ': strings are written in double quotes, as in: csv(\"data.csv\")";
                    case "%":
                        return "unexpected character '%': a percentage is written without a space, as in: 20%";
                    default:
                        return "unexpected character '" + found.getText() + "'";
                }
            default:
                return null;
        }
    }

    private String statementStart(Token found) {
        Token before = boundaries.previous(found);
        boolean sameLine = before != null && before.getLine() == found.getLine() && before.getType() != CausalLexer.SEMI;
        String where = sameLine ? " after the end of a statement" : "";
        return "unexpected " + quote(found) + where + ": a statement starts with one of: "
                + StatementBoundaries.STATEMENT_WORDS;
    }

    private String expectation(RecognitionException e, ParserRuleContext ctx, Token found) {
        String example = example(ctx);
        String asIn = example == null ? "" : ", as in: " + example;
        Token before = boundaries.previous(found);
        String after = before == null ? "" : " after " + quote(before);
        boolean predictedElsewhere = e instanceof NoViableAltException nva && nva.getStartToken() != found;
        if (predictedElsewhere) {
            return "unexpected " + quote(found) + asIn;
        }
        String specific = specific(ctx, e.getExpectedTokens(), after, asIn);
        if (specific != null) {
            return specific;
        }
        String expected = ExpectedTokens.describe(e.getExpectedTokens());
        if (expected == null) {
            return "unexpected " + quote(found) + asIn;
        }
        return "expected " + expected + after + asIn;
    }

    /** Messages that say what the missing part means, where the rule makes it clear. */
    private static String specific(ParserRuleContext ctx, IntervalSet expected, String after, String asIn) {
        int rule = ctx.getRuleIndex();
        if (rule == CausalParser.RULE_estimand) {
            return "expected an estimand" + after + ": ATE, ATT, ATC, LATE or CATE by x1, x2" + asIn;
        }
        if (rule == CausalParser.RULE_strategy) {
            return "expected an adjustment strategy" + after
                    + ": backdoor, frontdoor, iv, none, a set such as {age, educ} or the name of a design";
        }
        if (rule == CausalParser.RULE_dataSource) {
            return "expected where the data comes from" + after
                    + ": csv(\"file.csv\"), parquet(\"…\"), sql(\"…\"), simulate MODEL n N, or a dataset's name";
        }
        boolean effect = rule == CausalParser.RULE_estimateStmt || rule == CausalParser.RULE_identifyStmt;
        if (effect && expected.size() == 1 && expected.contains(CausalParser.OF)) {
            return "expected 'of' after the estimand" + asIn;
        }
        if (effect && expected.size() == 1 && expected.contains(CausalParser.ON)) {
            return "expected 'on' and the outcome after the treatment" + asIn;
        }
        return null;
    }

    /** The example of the statement {@code ctx} is part of, or null when none is known. */
    private static String example(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            String example = EXAMPLES.get(c.getRuleIndex());
            if (example != null) {
                return example;
            }
        }
        return null;
    }

    static String quote(Token token) {
        if (token.getType() == Token.EOF) {
            return "the end of the script";
        }
        String text = token.getText();
        return "'" + (text.length() > 30 ? text.substring(0, 27) + "…" : text) + "'";
    }

    private Diagnostic error(Token at, String message) {
        return Diagnostic.error(DiagnosticCode.SYNTAX_ERROR, spans.of(at), message);
    }
}

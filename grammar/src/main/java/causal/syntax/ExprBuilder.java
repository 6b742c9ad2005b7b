package causal.syntax;

import causal.syntax.antlr.CausalBaseVisitor;
import causal.syntax.antlr.CausalParser;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns expression parse trees, names and call arguments into syntax-tree records. */
final class ExprBuilder extends CausalBaseVisitor<Expr> {
    private final SourceSpans spans;

    ExprBuilder(SourceSpans spans) {
        this.spans = spans;
    }

    Expr expr(CausalParser.ExprContext ctx) {
        return ctx.accept(this);
    }

    Optional<Expr> optionalExpr(CausalParser.ExprContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(expr(ctx));
    }

    /** The name as written, without backticks; its span covers the backticks too. */
    Name name(CausalParser.IdentifierContext ctx) {
        Token token = ctx.getStart();
        String text = token.getText();
        if (token.getType() == CausalParser.BACKTICK_ID) {
            text = text.substring(1, text.length() - 1);
        }
        return new Name(text, spans.of(token));
    }

    List<Name> names(List<CausalParser.IdentifierContext> ctxs) {
        return ctxs.stream().map(this::name).toList();
    }

    Optional<Name> optionalName(CausalParser.IdentifierContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(name(ctx));
    }

    Expr.Call call(CausalParser.CallContext ctx) {
        return new Expr.Call(name(ctx.identifier()), args(ctx.argList()), spans.of(ctx));
    }

    /** {@code f(…)}, or a bare {@code f} read as a call without arguments ({@code using evalue}). */
    Expr.Call callOrName(CausalParser.CallOrNameContext ctx) {
        if (ctx.call() != null) {
            return call(ctx.call());
        }
        return new Expr.Call(name(ctx.identifier()), List.of(), spans.of(ctx));
    }

    List<Expr.Arg> args(CausalParser.ArgListContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<Expr.Arg> args = new ArrayList<>();
        for (CausalParser.ArgContext arg : ctx.arg()) {
            args.add(arg.namedArg() != null
                    ? namedArg(arg.namedArg())
                    : new Expr.Arg(Optional.empty(), expr(arg.expr()), spans.of(arg)));
        }
        return args;
    }

    Expr.Arg namedArg(CausalParser.NamedArgContext ctx) {
        return new Expr.Arg(Optional.of(name(ctx.identifier())), expr(ctx.expr()), spans.of(ctx));
    }

    /** The text of a string literal token: quotes removed, {@code \"}, {@code \\}, {@code \n}, {@code \t} unescaped. */
    static String stringValue(Token token) {
        String quoted = token.getText();
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder text = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                text.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case '"', '\\' -> text.append(next);
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                // Any other backslash stays as written: SQL and regular expressions in strings need it.
                default -> text.append('\\').append(next);
            }
        }
        return text.toString();
    }

    @Override
    public Expr visitPrimaryExpr(CausalParser.PrimaryExprContext ctx) {
        return ctx.primary().accept(this);
    }

    @Override
    public Expr visitPowerExpr(CausalParser.PowerExprContext ctx) {
        return binary(Expr.BinaryOp.POWER, ctx.expr(0), ctx.expr(1), ctx);
    }

    @Override
    public Expr visitNegateExpr(CausalParser.NegateExprContext ctx) {
        return new Expr.Unary(Expr.UnaryOp.NEGATE, expr(ctx.expr()), spans.of(ctx));
    }

    @Override
    public Expr visitNotExpr(CausalParser.NotExprContext ctx) {
        return new Expr.Unary(Expr.UnaryOp.NOT, expr(ctx.expr()), spans.of(ctx));
    }

    @Override
    public Expr visitMultiplicativeExpr(CausalParser.MultiplicativeExprContext ctx) {
        Expr.BinaryOp op = ctx.op.getType() == CausalParser.STAR ? Expr.BinaryOp.MULTIPLY : Expr.BinaryOp.DIVIDE;
        return binary(op, ctx.expr(0), ctx.expr(1), ctx);
    }

    @Override
    public Expr visitAdditiveExpr(CausalParser.AdditiveExprContext ctx) {
        Expr.BinaryOp op = ctx.op.getType() == CausalParser.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUBTRACT;
        return binary(op, ctx.expr(0), ctx.expr(1), ctx);
    }

    @Override
    public Expr visitRangeExpr(CausalParser.RangeExprContext ctx) {
        return new Expr.Range(expr(ctx.expr(0)), expr(ctx.expr(1)), spans.of(ctx));
    }

    @Override
    public Expr visitComparisonExpr(CausalParser.ComparisonExprContext ctx) {
        return binary(comparison(ctx.op.getType()), ctx.expr(0), ctx.expr(1), ctx);
    }

    private static Expr.BinaryOp comparison(int token) {
        switch (token) {
            case CausalParser.LT: return Expr.BinaryOp.LESS;
            case CausalParser.LE: return Expr.BinaryOp.LESS_EQUAL;
            case CausalParser.GT: return Expr.BinaryOp.GREATER;
            case CausalParser.GE: return Expr.BinaryOp.GREATER_EQUAL;
            case CausalParser.EQ: return Expr.BinaryOp.EQUAL;
            default: return Expr.BinaryOp.NOT_EQUAL;
        }
    }

    @Override
    public Expr visitAndExpr(CausalParser.AndExprContext ctx) {
        return binary(Expr.BinaryOp.AND, ctx.expr(0), ctx.expr(1), ctx);
    }

    @Override
    public Expr visitOrExpr(CausalParser.OrExprContext ctx) {
        return binary(Expr.BinaryOp.OR, ctx.expr(0), ctx.expr(1), ctx);
    }

    private Expr binary(Expr.BinaryOp op, CausalParser.ExprContext left, CausalParser.ExprContext right,
                        CausalParser.ExprContext whole) {
        return new Expr.Binary(op, expr(left), expr(right), spans.of(whole));
    }

    @Override
    public Expr visitNumberLiteral(CausalParser.NumberLiteralContext ctx) {
        return new Expr.Number(Double.parseDouble(ctx.getText()), false, spans.of(ctx));
    }

    @Override
    public Expr visitPercentLiteral(CausalParser.PercentLiteralContext ctx) {
        String text = ctx.getText();
        double percent = Double.parseDouble(text.substring(0, text.length() - 1));
        return new Expr.Number(percent / 100, true, spans.of(ctx));
    }

    @Override
    public Expr visitStringLiteral(CausalParser.StringLiteralContext ctx) {
        return new Expr.Str(stringValue(ctx.STRING().getSymbol()), spans.of(ctx));
    }

    @Override
    public Expr visitBoolLiteral(CausalParser.BoolLiteralContext ctx) {
        return new Expr.Bool(ctx.value.getType() == CausalParser.TRUE, spans.of(ctx));
    }

    @Override
    public Expr visitCallExpr(CausalParser.CallExprContext ctx) {
        return call(ctx.call());
    }

    @Override
    public Expr visitRefExpr(CausalParser.RefExprContext ctx) {
        return new Expr.Ref(name(ctx.identifier()));
    }

    @Override
    public Expr visitListLiteral(CausalParser.ListLiteralContext ctx) {
        return new Expr.ListLit(ctx.expr().stream().map(this::expr).toList(), spans.of(ctx));
    }

    @Override
    public Expr visitSetLiteral(CausalParser.SetLiteralContext ctx) {
        return new Expr.SetLit(ctx.expr().stream().map(this::expr).toList(), spans.of(ctx));
    }

    /** Parentheses only group: the inner expression keeps its own span. */
    @Override
    public Expr visitParenExpr(CausalParser.ParenExprContext ctx) {
        return expr(ctx.expr());
    }
}

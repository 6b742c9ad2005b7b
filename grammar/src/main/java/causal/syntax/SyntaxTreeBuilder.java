package causal.syntax;

import causal.syntax.antlr.CausalBaseVisitor;
import causal.syntax.antlr.CausalParser;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns the parse tree of one statement into a {@link Stmt} record. ANTLR contexts stop here: nothing outside
 * {@code grammar/} sees them. Throws {@link SyntaxRejection} for what the grammar accepts but the tree cannot
 * hold as written (a clause given twice).
 */
final class SyntaxTreeBuilder extends CausalBaseVisitor<Stmt> {
    private final SourceSpans spans;
    private final ExprBuilder exprs;
    private final DeclarationBuilder declarations;
    private final EffectStatementBuilder effects;

    SyntaxTreeBuilder(SourceSpans spans) {
        this.spans = spans;
        this.exprs = new ExprBuilder(spans);
        this.declarations = new DeclarationBuilder(spans, exprs);
        this.effects = new EffectStatementBuilder(spans, exprs);
    }

    Stmt statement(CausalParser.StatementContext ctx) {
        return ctx.getChild(0).accept(this);
    }

    @Override
    public Stmt visitDataStmt(CausalParser.DataStmtContext ctx) {
        return declarations.data(ctx);
    }

    @Override
    public Stmt visitDagBlock(CausalParser.DagBlockContext ctx) {
        return declarations.dag(ctx);
    }

    @Override
    public Stmt visitDagOfModel(CausalParser.DagOfModelContext ctx) {
        return declarations.dag(ctx);
    }

    @Override
    public Stmt visitDagDagitty(CausalParser.DagDagittyContext ctx) {
        return declarations.dag(ctx);
    }

    @Override
    public Stmt visitModelStmt(CausalParser.ModelStmtContext ctx) {
        return declarations.model(ctx);
    }

    @Override
    public Stmt visitEstimateStmt(CausalParser.EstimateStmtContext ctx) {
        return effects.estimate(ctx);
    }

    @Override
    public Stmt visitIdentifyStmt(CausalParser.IdentifyStmtContext ctx) {
        return effects.identify(ctx);
    }

    @Override
    public Stmt visitPathsStmt(CausalParser.PathsStmtContext ctx) {
        return effects.paths(ctx);
    }

    @Override
    public Stmt visitImplicationsStmt(CausalParser.ImplicationsStmtContext ctx) {
        return new Stmt.Implications(name(ctx.identifier()), spans.of(ctx));
    }

    @Override
    public Stmt visitTestStmt(CausalParser.TestStmtContext ctx) {
        return new Stmt.Test(name(ctx.identifier(0)), name(ctx.identifier(1)), spans.of(ctx));
    }

    @Override
    public Stmt visitDesignStmt(CausalParser.DesignStmtContext ctx) {
        return new Stmt.Design(name(ctx.identifier()), exprs.call(ctx.call()), spans.of(ctx));
    }

    @Override
    public Stmt visitPowerStmt(CausalParser.PowerStmtContext ctx) {
        return new Stmt.Power(name(ctx.identifier()), spans.of(ctx));
    }

    @Override
    public Stmt visitRefuteStmt(CausalParser.RefuteStmtContext ctx) {
        return new Stmt.Refute(name(ctx.identifier()), exprs.callOrName(ctx.callOrName()), spans.of(ctx));
    }

    @Override
    public Stmt visitSensitivityStmt(CausalParser.SensitivityStmtContext ctx) {
        return new Stmt.Sensitivity(name(ctx.identifier()), exprs.callOrName(ctx.callOrName()), spans.of(ctx));
    }

    @Override
    public Stmt visitDecomposeStmt(CausalParser.DecomposeStmtContext ctx) {
        return new Stmt.Decompose(name(ctx.identifier()), spans.of(ctx));
    }

    @Override
    public Stmt visitRecommenderStmt(CausalParser.RecommenderStmtContext ctx) {
        return new Stmt.Recommender(name(ctx.identifier(0)), exprs.callOrName(ctx.callOrName()),
                name(ctx.identifier(1)), exprs.args(ctx.argList()), spans.of(ctx));
    }

    @Override
    public Stmt visitPolicyStmt(CausalParser.PolicyStmtContext ctx) {
        return new Stmt.Policy(name(ctx.identifier()), exprs.callOrName(ctx.callOrName()), spans.of(ctx));
    }

    @Override
    public Stmt visitEvaluateStmt(CausalParser.EvaluateStmtContext ctx) {
        ClausesSeen seen = new ClausesSeen("evaluate");
        Optional<Expr> split = Optional.empty();
        Optional<Expr> seed = Optional.empty();
        Optional<Name> splitBy = Optional.empty();
        List<Stmt.Metric> metrics = List.of();
        List<Name> methods = List.of();
        List<Expr.Arg> options = List.of();
        for (CausalParser.EvaluateClauseContext clause : ctx.evaluateClause()) {
            Span span = spans.of(clause);
            if (clause instanceof CausalParser.SplitClauseContext s) {
                seen.once("split", span);
                split = Optional.of(exprs.expr(s.expr()));
            } else if (clause instanceof CausalParser.EvaluateSeedClauseContext s) {
                seen.once("seed", span);
                seed = Optional.of(exprs.expr(s.expr()));
            } else if (clause instanceof CausalParser.SplitByClauseContext by) {
                seen.once("by", span);
                splitBy = Optional.of(name(by.identifier()));
            } else if (clause instanceof CausalParser.MetricsClauseContext m) {
                seen.once("metrics", span);
                metrics = m.metric().stream().map(this::metric).toList();
            } else if (clause instanceof CausalParser.MethodsClauseContext using) {
                seen.once("using", span);
                methods = exprs.names(using.identifier());
            } else if (clause instanceof CausalParser.EvaluateOptionsClauseContext with) {
                seen.once("with", span);
                options = exprs.args(with.optionsClause().argList());
            }
        }
        Optional<Name> data = ctx.ON() == null ? Optional.empty() : Optional.of(name(ctx.identifier(1)));
        return new Stmt.Evaluate(name(ctx.identifier(0)), ctx.OFFLINE() != null, data, exprs.args(ctx.argList()),
                split, seed, splitBy, metrics, methods, options, spans.of(ctx));
    }

    private Stmt.Metric metric(CausalParser.MetricContext ctx) {
        Span span = spans.of(ctx);
        if (ctx.NUMBER() == null) {
            return new Stmt.Metric(name(ctx.identifier()), OptionalInt.empty(), span);
        }
        String k = ctx.NUMBER().getText();
        if (!k.chars().allMatch(Character::isDigit) || k.length() > 9) {
            throw new SyntaxRejection(span, "the k of a metric is a whole number, as in: precision@10");
        }
        return new Stmt.Metric(name(ctx.identifier()), OptionalInt.of(Integer.parseInt(k)), span);
    }

    @Override
    public Stmt visitRecommendStmt(CausalParser.RecommendStmtContext ctx) {
        return new Stmt.Recommend(exprs.expr(ctx.expr(0)), exprs.expr(ctx.expr(1)), name(ctx.identifier()),
                spans.of(ctx));
    }

    @Override
    public Stmt visitSimulateAa(CausalParser.SimulateAaContext ctx) {
        return new Stmt.SimulateAa(name(ctx.identifier()), exprs.expr(ctx.expr(0)), exprs.expr(ctx.expr(1)),
                exprs.optionalExpr(ctx.expr(2)), spans.of(ctx));
    }

    @Override
    public Stmt visitSimulatePolicy(CausalParser.SimulatePolicyContext ctx) {
        return new Stmt.SimulatePolicy(exprs.names(ctx.identifier()), exprs.expr(ctx.expr(0)),
                exprs.expr(ctx.expr(1)), exprs.optionalExpr(ctx.expr(2)),
                ctx.optionsClause() == null ? List.of() : exprs.args(ctx.optionsClause().argList()), spans.of(ctx));
    }

    @Override
    public Stmt visitTargetStmt(CausalParser.TargetStmtContext ctx) {
        Optional<Expr> rule = Optional.of(exprs.expr(ctx.expr()));
        boolean top = ctx.TOP() != null;
        return new Stmt.Target(name(ctx.identifier()), top ? rule : Optional.empty(),
                top ? Optional.empty() : rule, spans.of(ctx));
    }

    @Override
    public Stmt visitPrintStmt(CausalParser.PrintStmtContext ctx) {
        return new Stmt.Print(name(ctx.identifier()), spans.of(ctx));
    }

    @Override
    public Stmt visitPlotStmt(CausalParser.PlotStmtContext ctx) {
        List<CausalParser.IdentifierContext> ids = ctx.identifier();
        Optional<Name> kind = ids.size() == 2 ? Optional.of(name(ids.get(0))) : Optional.empty();
        return new Stmt.Plot(kind, name(ids.get(ids.size() - 1)), ExprBuilder.stringValue(ctx.STRING().getSymbol()),
                spans.of(ctx));
    }

    @Override
    public Stmt visitExportStmt(CausalParser.ExportStmtContext ctx) {
        return new Stmt.Export(name(ctx.identifier()), ExprBuilder.stringValue(ctx.STRING().getSymbol()),
                spans.of(ctx));
    }

    @Override
    public Stmt visitEngineStmt(CausalParser.EngineStmtContext ctx) {
        return new Stmt.Engine(exprs.callOrName(ctx.callOrName()), spans.of(ctx));
    }

    private Name name(CausalParser.IdentifierContext ctx) {
        return exprs.name(ctx);
    }
}

package causal.syntax;

import causal.syntax.antlr.CausalParser;

import java.util.List;
import java.util.Optional;

/** Builds the statements about one effect: {@code estimate}, {@code identify} and {@code paths}. */
final class EffectStatementBuilder {
    private final SourceSpans spans;
    private final ExprBuilder exprs;

    EffectStatementBuilder(SourceSpans spans, ExprBuilder exprs) {
        this.spans = spans;
        this.exprs = exprs;
    }

    Stmt.Estimate estimate(CausalParser.EstimateStmtContext ctx) {
        ClausesSeen seen = new ClausesSeen("an estimate");
        Optional<Name> data = Optional.empty();
        Optional<Name> dag = Optional.empty();
        Optional<Stmt.Strategy> strategy = Optional.empty();
        List<Name> controls = List.of();
        Optional<Expr.Call> estimator = Optional.empty();
        Optional<Name> correction = Optional.empty();
        Stmt.Estimand estimand = estimand(ctx.estimand());
        for (CausalParser.EstimateClauseContext clause : ctx.estimateClause()) {
            Span span = spans.of(clause);
            if (clause instanceof CausalParser.InClauseContext in) {
                seen.once("in", span);
                data = Optional.of(exprs.name(in.identifier()));
            } else if (clause instanceof CausalParser.UnderClauseContext under) {
                seen.once("under", span);
                dag = Optional.of(exprs.name(under.identifier()));
            } else if (clause instanceof CausalParser.AdjustClauseContext adjust) {
                seen.once("adjust by", span);
                strategy = Optional.of(strategy(adjust.strategy()));
            } else if (clause instanceof CausalParser.ControllingClauseContext controlling) {
                seen.once("controlling for", span);
                controls = nameSet(controlling.nameSet());
            } else if (clause instanceof CausalParser.UsingClauseContext using) {
                seen.once("using", span);
                estimator = Optional.of(exprs.callOrName(using.callOrName()));
            } else if (clause instanceof CausalParser.CorrectClauseContext correct) {
                seen.once("correct by", span);
                correction = Optional.of(exprs.name(correct.identifier()));
            } else if (clause instanceof CausalParser.ByClauseContext by) {
                estimand = withBy(estimand, by, span);
            }
        }
        Optional<Name> name = exprs.optionalName(ctx.identifier());
        return new Stmt.Estimate(name, estimand, nameSet(ctx.nameSet(0)), nameSet(ctx.nameSet(1)), data, dag,
                strategy, controls, estimator, correction, spans.of(ctx));
    }

    /** {@code … on Y by x1, x2}: the CATE's variables written after the outcome (LANGUAGE.md §9). */
    private Stmt.Estimand withBy(Stmt.Estimand estimand, CausalParser.ByClauseContext by, Span span) {
        if (estimand.kind() != Stmt.EstimandKind.CATE) {
            throw new SyntaxRejection(span, "'by' names the variables of a CATE, not of an " + estimand.kind()
                    + ", as in: estimate CATE of email on purchase by age, income");
        }
        if (!estimand.by().isEmpty()) {
            throw new SyntaxRejection(span, "the CATE's 'by' variables are given twice: keep one 'by' list");
        }
        return new Stmt.Estimand(Stmt.EstimandKind.CATE, exprs.names(by.identifier()), estimand.span().to(span));
    }

    Stmt.Identify identify(CausalParser.IdentifyStmtContext ctx) {
        return new Stmt.Identify(exprs.optionalName(ctx.name), estimand(ctx.estimand()), nameSet(ctx.nameSet(0)),
                nameSet(ctx.nameSet(1)), exprs.optionalName(ctx.dag), spans.of(ctx));
    }

    Stmt.Paths paths(CausalParser.PathsStmtContext ctx) {
        ClausesSeen seen = new ClausesSeen("paths");
        Optional<Name> dag = Optional.empty();
        List<Name> given = List.of();
        for (CausalParser.PathsClauseContext clause : ctx.pathsClause()) {
            Span span = spans.of(clause);
            if (clause instanceof CausalParser.PathsUnderClauseContext under) {
                seen.once("under", span);
                dag = Optional.of(exprs.name(under.identifier()));
            } else if (clause instanceof CausalParser.PathsGivenClauseContext givenClause) {
                seen.once("given", span);
                given = nameSet(givenClause.nameSet());
            }
        }
        return new Stmt.Paths(exprs.name(ctx.identifier(0)), exprs.name(ctx.identifier(1)), dag, given,
                spans.of(ctx));
    }

    Stmt.Estimand estimand(CausalParser.EstimandContext ctx) {
        Stmt.EstimandKind kind = Stmt.EstimandKind.valueOf(ctx.kind.getText());
        return new Stmt.Estimand(kind, exprs.names(ctx.identifier()), spans.of(ctx));
    }

    private Stmt.Strategy strategy(CausalParser.StrategyContext ctx) {
        Span span = spans.of(ctx);
        if (ctx instanceof CausalParser.BackdoorStrategyContext backdoor) {
            return new Stmt.Strategy.Backdoor(optionalSet(backdoor.braceSet()), span);
        }
        if (ctx instanceof CausalParser.FrontdoorStrategyContext frontdoor) {
            return new Stmt.Strategy.Frontdoor(optionalSet(frontdoor.braceSet()), span);
        }
        if (ctx instanceof CausalParser.InstrumentsStrategyContext iv) {
            return new Stmt.Strategy.Instruments(optionalSet(iv.braceSet()), span);
        }
        if (ctx instanceof CausalParser.NoStrategyContext) {
            return new Stmt.Strategy.None(span);
        }
        if (ctx instanceof CausalParser.SetStrategyContext set) {
            return new Stmt.Strategy.Backdoor(Optional.of(braceSet(set.braceSet())), span);
        }
        CausalParser.DesignStrategyContext design = (CausalParser.DesignStrategyContext) ctx;
        return new Stmt.Strategy.Design(exprs.name(design.identifier()), span);
    }

    private Optional<List<Name>> optionalSet(CausalParser.BraceSetContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(braceSet(ctx));
    }

    List<Name> braceSet(CausalParser.BraceSetContext ctx) {
        return exprs.names(ctx.identifier());
    }

    /** {@code {a, b}} or a single name. */
    List<Name> nameSet(CausalParser.NameSetContext ctx) {
        if (ctx.braceSet() != null) {
            return braceSet(ctx.braceSet());
        }
        return List.of(exprs.name(ctx.identifier()));
    }
}

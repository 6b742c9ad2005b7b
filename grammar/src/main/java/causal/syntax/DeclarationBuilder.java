package causal.syntax;

import causal.syntax.antlr.CausalParser;

import java.util.ArrayList;
import java.util.List;

/** Builds the declarations of data, graphs and models: {@code data}, {@code dag} and {@code model}. */
final class DeclarationBuilder {
    private final SourceSpans spans;
    private final ExprBuilder exprs;

    DeclarationBuilder(SourceSpans spans, ExprBuilder exprs) {
        this.spans = spans;
        this.exprs = exprs;
    }

    Stmt.Data data(CausalParser.DataStmtContext ctx) {
        Stmt.DataSource source = source(ctx.dataSource());
        for (CausalParser.DataStepContext step : ctx.dataStep()) {
            Span span = source.span().to(spans.of(step));
            if (step instanceof CausalParser.WhereStepContext where) {
                source = new Stmt.DataSource.Where(source, exprs.expr(where.expr()), span);
            } else {
                List<Stmt.Assignment> assignments = ((CausalParser.WithStepContext) step).assignment().stream()
                        .map(this::assignment).toList();
                source = new Stmt.DataSource.With(source, assignments, span);
            }
        }
        return new Stmt.Data(exprs.name(ctx.identifier()), source, spans.of(ctx));
    }

    private Stmt.DataSource source(CausalParser.DataSourceContext ctx) {
        if (ctx instanceof CausalParser.ReadSourceContext read) {
            Stmt.DataSource.Format format = switch (read.format.getType()) {
                case CausalParser.CSV -> Stmt.DataSource.Format.CSV;
                case CausalParser.PARQUET -> Stmt.DataSource.Format.PARQUET;
                default -> Stmt.DataSource.Format.SQL;
            };
            List<Expr.Arg> options = read.namedArg().stream().map(exprs::namedArg).toList();
            return new Stmt.DataSource.Read(format, ExprBuilder.stringValue(read.STRING().getSymbol()), options,
                    spans.of(ctx));
        }
        if (ctx instanceof CausalParser.SimulateSourceContext simulate) {
            return new Stmt.DataSource.Simulate(exprs.name(simulate.identifier()), exprs.expr(simulate.expr(0)),
                    exprs.optionalExpr(simulate.expr(1)), spans.of(ctx));
        }
        if (ctx instanceof CausalParser.UnknownSourceContext unknown) {
            throw unknownSource(unknown.call());
        }
        return new Stmt.DataSource.Ref(exprs.name(((CausalParser.DatasetSourceContext) ctx).identifier()));
    }

    private SyntaxRejection unknownSource(CausalParser.CallContext call) {
        String function = call.identifier().getText();
        Span span = spans.of(call);
        if (function.equals("csv") || function.equals("parquet") || function.equals("sql")) {
            return new SyntaxRejection(span, function + "(…) takes the " + (function.equals("sql") ? "query" : "path")
                    + " as a string first, then named options, as in: " + function + "(\"data." + function + "\")");
        }
        return new SyntaxRejection(span, "unknown data source '" + function
                + "': data comes from csv(\"…\"), parquet(\"…\"), sql(\"…\"), simulate MODEL n N, or a dataset's name");
    }

    private Stmt.Assignment assignment(CausalParser.AssignmentContext ctx) {
        return new Stmt.Assignment(exprs.name(ctx.identifier()), exprs.expr(ctx.expr()), spans.of(ctx));
    }

    Stmt.Dag dag(CausalParser.DagStmtContext ctx) {
        Stmt.DagBody body;
        Name name;
        if (ctx instanceof CausalParser.DagBlockContext block) {
            name = exprs.name(block.identifier());
            Span span = spans.of(block.LBRACE().getSymbol(), block.RBRACE().getSymbol());
            body = new Stmt.DagBody.Block(block.dagLine().stream().map(this::dagLine).toList(), span);
        } else if (ctx instanceof CausalParser.DagOfModelContext ofModel) {
            name = exprs.name(ofModel.identifier(0));
            Span span = spans.of(ofModel.DAG(1).getSymbol(), ofModel.getStop());
            body = new Stmt.DagBody.OfModel(exprs.name(ofModel.identifier(1)), span);
        } else {
            CausalParser.DagDagittyContext dagitty = (CausalParser.DagDagittyContext) ctx;
            name = exprs.name(dagitty.identifier());
            Span span = spans.of(dagitty.DAGITTY().getSymbol(), dagitty.getStop());
            String text = ExprBuilder.stringValue(dagitty.STRING().getSymbol());
            body = new Stmt.DagBody.Dagitty(text, dagitty.FILE() != null, span);
        }
        return new Stmt.Dag(name, body, spans.of(ctx));
    }

    private Stmt.DagLine dagLine(CausalParser.DagLineContext ctx) {
        List<List<Stmt.DagNode>> groups = new ArrayList<>();
        for (CausalParser.DagGroupContext group : ctx.dagGroup()) {
            List<CausalParser.DagNodeContext> nodes = group instanceof CausalParser.NodeListContext list
                    ? list.dagNode()
                    : ((CausalParser.BraceGroupContext) group).dagNode();
            groups.add(nodes.stream().map(this::dagNode).toList());
        }
        List<Stmt.Arrow> arrows = ctx.arrow().stream().map(DeclarationBuilder::arrow).toList();
        // A line's text ends with its last node; a `;` after it only separates.
        List<CausalParser.DagGroupContext> parts = ctx.dagGroup();
        Span span = spans.of(ctx.getStart(), parts.get(parts.size() - 1).getStop());
        return new Stmt.DagLine(groups, arrows, span);
    }

    private Stmt.DagNode dagNode(CausalParser.DagNodeContext ctx) {
        List<CausalParser.IdentifierContext> ids = ctx.identifier();
        return new Stmt.DagNode(exprs.name(ids.get(0)), exprs.names(ids.subList(1, ids.size())));
    }

    private static Stmt.Arrow arrow(CausalParser.ArrowContext ctx) {
        switch (ctx.getStart().getType()) {
            case CausalParser.ARROW: return Stmt.Arrow.FORWARD;
            case CausalParser.BACK_ARROW: return Stmt.Arrow.BACKWARD;
            default: return Stmt.Arrow.BIDIRECTED;
        }
    }

    Stmt.Model model(CausalParser.ModelStmtContext ctx) {
        List<Stmt.ModelLine> lines = new ArrayList<>();
        for (CausalParser.ModelLineContext line : ctx.modelLine()) {
            lines.add(new Stmt.ModelLine(line.LATENT() != null, exprs.name(line.identifier()),
                    line.op.getType() == CausalParser.TILDE, exprs.expr(line.expr()),
                    spans.of(line.getStart(), line.expr().getStop())));
        }
        return new Stmt.Model(exprs.name(ctx.identifier()), lines, spans.of(ctx));
    }
}

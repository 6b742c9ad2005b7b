package causal.syntax;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints a syntax tree as indented text for parser baselines and debugging: one statement per block, one
 * field per line, expressions as s-expressions. Places print as {@code @line:column+length}; a name prints
 * as {@code text@line:column}. Empty optional fields are left out.
 */
public final class SyntaxTreePrinter {
    private final StringBuilder out = new StringBuilder();

    private SyntaxTreePrinter() {
    }

    public static String print(Script script) {
        SyntaxTreePrinter printer = new SyntaxTreePrinter();
        for (Stmt statement : script.statements()) {
            printer.statement(statement);
        }
        return printer.out.toString();
    }

    public static String print(Stmt statement) {
        SyntaxTreePrinter printer = new SyntaxTreePrinter();
        printer.statement(statement);
        return printer.out.toString();
    }

    /** An expression as an s-expression, e.g. {@code (+ (* 0.8 x) 1)}. */
    public static String print(Expr expr) {
        return ExprPrinter.print(expr);
    }

    private void statement(Stmt s) {
        line(0, kind(s) + " " + span(s.span()));
        if (s instanceof Stmt.Data d) {
            field("name", name(d.name()));
            source(1, "source", d.source());
        } else if (s instanceof Stmt.Dag d) {
            field("name", name(d.name()));
            dagBody(d.body());
        } else if (s instanceof Stmt.Model m) {
            field("name", name(m.name()));
            for (Stmt.ModelLine l : m.lines()) {
                field("line " + span(l.span()), (l.latent() ? "latent " : "") + name(l.variable())
                        + (l.drawn() ? " ~ " : " = ") + expr(l.value()));
            }
        } else if (s instanceof Stmt.Estimate e) {
            estimate(e);
        } else if (s instanceof Stmt.Identify i) {
            optionalName("name", i.name());
            field("estimand", estimand(i.estimand()));
            field("treatments", names(i.treatments()));
            field("outcomes", names(i.outcomes()));
            optionalName("dag", i.dag());
        } else if (s instanceof Stmt.Paths p) {
            field("treatment", name(p.treatment()));
            field("outcome", name(p.outcome()));
            optionalName("dag", p.dag());
            nonEmpty("given", p.given());
        } else if (s instanceof Stmt.Evaluate e) {
            evaluate(e);
        } else {
            simpleStatement(s);
        }
    }

    /** Statements that are a name or two and an expression. */
    private void simpleStatement(Stmt s) {
        if (s instanceof Stmt.Implications i) {
            field("dag", name(i.dag()));
        } else if (s instanceof Stmt.Test t) {
            field("dag", name(t.dag()));
            field("data", name(t.data()));
        } else if (s instanceof Stmt.Design d) {
            field("name", name(d.name()));
            field("spec", expr(d.spec()));
        } else if (s instanceof Stmt.Power p) {
            field("design", name(p.design()));
        } else if (s instanceof Stmt.Refute r) {
            field("target", name(r.target()));
            field("refuter", expr(r.refuter()));
        } else if (s instanceof Stmt.Sensitivity r) {
            field("target", name(r.target()));
            field("method", expr(r.method()));
        } else if (s instanceof Stmt.Decompose d) {
            field("target", name(d.target()));
        } else if (s instanceof Stmt.Recommender r) {
            field("name", name(r.name()));
            field("algorithm", expr(r.algorithm()));
            field("data", name(r.data()));
            args("roles", r.roles());
        } else if (s instanceof Stmt.Policy p) {
            field("name", name(p.name()));
            field("policy", expr(p.policy()));
        } else if (s instanceof Stmt.Recommend r) {
            field("count", expr(r.count()));
            field("user", expr(r.user()));
            field("recommender", name(r.recommender()));
        } else {
            outputStatement(s);
        }
    }

    private void outputStatement(Stmt s) {
        if (s instanceof Stmt.SimulatePolicy p) {
            field("policies", names(p.policies()));
            field("environment", expr(p.environment()));
            field("rounds", expr(p.rounds()));
            optionalExpr("seed", p.seed());
            args("with", p.options());
        } else if (s instanceof Stmt.SimulateAa a) {
            field("design", name(a.design()));
            field("n", expr(a.n()));
            field("runs", expr(a.runs()));
            optionalExpr("seed", a.seed());
        } else if (s instanceof Stmt.Target t) {
            field("subject", name(t.subject()));
            optionalExpr("top", t.top());
            optionalExpr("where", t.where());
        } else if (s instanceof Stmt.Print p) {
            field("subject", name(p.subject()));
        } else if (s instanceof Stmt.Plot p) {
            optionalName("kind", p.kind());
            field("subject", name(p.subject()));
            field("path", ExprPrinter.quote(p.path()));
        } else if (s instanceof Stmt.Export e) {
            field("subject", name(e.subject()));
            field("path", ExprPrinter.quote(e.path()));
        } else if (s instanceof Stmt.Engine e) {
            field("engine", expr(e.engine()));
        }
    }

    private void estimate(Stmt.Estimate e) {
        optionalName("name", e.name());
        field("estimand", estimand(e.estimand()));
        field("treatments", names(e.treatments()));
        field("outcomes", names(e.outcomes()));
        optionalName("data", e.data());
        optionalName("dag", e.dag());
        e.strategy().ifPresent(st -> field("strategy", strategy(st)));
        nonEmpty("controls", e.controls());
        e.estimator().ifPresent(call -> field("estimator", expr(call)));
        optionalName("correction", e.correction());
    }

    private void evaluate(Stmt.Evaluate e) {
        field("subject", name(e.subject()));
        if (e.offline()) {
            field("offline", "true");
        }
        optionalName("data", e.data());
        args("roles", e.roles());
        optionalExpr("split", e.split());
        optionalExpr("seed", e.seed());
        optionalName("by", e.splitBy());
        for (Stmt.Metric m : e.metrics()) {
            field("metric " + span(m.span()), name(m.name()) + (m.k().isPresent() ? " k=" + m.k().getAsInt() : ""));
        }
        nonEmpty("methods", e.methods());
        args("with", e.options());
    }

    private void source(int depth, String label, Stmt.DataSource source) {
        String at = " " + span(source.span());
        if (source instanceof Stmt.DataSource.Read r) {
            line(depth, label + ": read " + r.format().name().toLowerCase(java.util.Locale.ROOT) + " "
                    + ExprPrinter.quote(r.location()) + at);
            for (Expr.Arg option : r.options()) {
                line(depth + 1, "option: " + ExprPrinter.arg(option));
            }
        } else if (source instanceof Stmt.DataSource.Simulate s) {
            line(depth, label + ": simulate " + name(s.model()) + " n " + expr(s.n())
                    + s.seed().map(seed -> " seed " + expr(seed)).orElse("") + at);
        } else if (source instanceof Stmt.DataSource.Ref r) {
            line(depth, label + ": dataset " + name(r.name()));
        } else if (source instanceof Stmt.DataSource.Where w) {
            line(depth, label + ": where " + expr(w.condition()) + at);
            source(depth + 1, "input", w.input());
        } else if (source instanceof Stmt.DataSource.With w) {
            line(depth, label + ": with" + at);
            source(depth + 1, "input", w.input());
            for (Stmt.Assignment a : w.assignments()) {
                line(depth + 1, "assign " + span(a.span()) + ": " + name(a.name()) + " = " + expr(a.value()));
            }
        }
    }

    private void dagBody(Stmt.DagBody body) {
        String at = " " + span(body.span());
        if (body instanceof Stmt.DagBody.Block b) {
            field("block", at.trim());
            for (Stmt.DagLine l : b.lines()) {
                line(2, "line " + span(l.span()) + ": " + dagLine(l));
            }
        } else if (body instanceof Stmt.DagBody.OfModel m) {
            field("of model", name(m.model()) + at);
        } else if (body instanceof Stmt.DagBody.Dagitty d) {
            field(d.fromFile() ? "dagitty file" : "dagitty", ExprPrinter.quote(d.text()) + at);
        }
    }

    private static String dagLine(Stmt.DagLine l) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < l.groups().size(); i++) {
            if (i > 0) {
                text.append(switch (l.arrows().get(i - 1)) {
                    case FORWARD -> " -> ";
                    case BACKWARD -> " <- ";
                    case BIDIRECTED -> " <-> ";
                });
            }
            text.append(l.groups().get(i).stream().map(SyntaxTreePrinter::dagNode).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    private static String dagNode(Stmt.DagNode node) {
        String attributes = node.attributes().isEmpty() ? ""
                : node.attributes().stream().map(SyntaxTreePrinter::name).collect(Collectors.joining(", ", " [", "]"));
        return name(node.name()) + attributes;
    }

    private static String estimand(Stmt.Estimand e) {
        return e.kind() + (e.by().isEmpty() ? "" : " by " + names(e.by())) + " " + span(e.span());
    }

    private static String strategy(Stmt.Strategy s) {
        String text;
        if (s instanceof Stmt.Strategy.Backdoor b) {
            text = "backdoor" + set(b.set());
        } else if (s instanceof Stmt.Strategy.Frontdoor f) {
            text = "frontdoor" + set(f.set());
        } else if (s instanceof Stmt.Strategy.Instruments i) {
            text = "iv" + set(i.set());
        } else if (s instanceof Stmt.Strategy.Design d) {
            text = "design " + name(d.design());
        } else {
            text = "none";
        }
        return text + " " + span(s.span());
    }

    private static String set(Optional<List<Name>> set) {
        return set.map(names -> " {" + names(names) + "}").orElse("");
    }

    private void args(String label, List<Expr.Arg> args) {
        if (!args.isEmpty()) {
            field(label, args.stream().map(ExprPrinter::arg).collect(Collectors.joining(", ")));
        }
    }

    private void optionalName(String label, Optional<Name> name) {
        name.ifPresent(n -> field(label, name(n)));
    }

    private void optionalExpr(String label, Optional<Expr> expr) {
        expr.ifPresent(e -> field(label, expr(e)));
    }

    private void nonEmpty(String label, List<Name> names) {
        if (!names.isEmpty()) {
            field(label, names(names));
        }
    }

    private void field(String label, String value) {
        line(1, label + ": " + value);
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    /** An expression with its place. */
    private static String expr(Expr e) {
        return ExprPrinter.print(e) + " " + span(e.span());
    }

    private static String names(List<Name> names) {
        return names.stream().map(SyntaxTreePrinter::name).collect(Collectors.joining(", "));
    }

    static String name(Name n) {
        return ExprPrinter.nameText(n) + "@" + n.span().line() + ":" + n.span().column();
    }

    static String span(Span s) {
        return "@" + s.line() + ":" + s.column() + "+" + s.length();
    }

    private static String kind(Stmt s) {
        String simple = s.getClass().getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
}

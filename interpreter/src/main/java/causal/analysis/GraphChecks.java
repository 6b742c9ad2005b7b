package causal.analysis;

import causal.graph.Dag;
import causal.graph.DagittyFormat;
import causal.graph.DagittyFormatException;
import causal.graph.DagittyGraph;
import causal.syntax.DiagnosticCode;
import causal.syntax.Expr;
import causal.syntax.Name;
import causal.syntax.Span;
import causal.syntax.Stmt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks {@code model} and {@code dag} declarations and builds their graphs. */
final class GraphChecks {
    private static final Set<String> ATTRIBUTES = Set.of("latent", "exposure", "outcome");

    private final Checker checker;

    GraphChecks(Checker checker) {
        this.checker = checker;
    }

    void checkModel(Stmt.Model m) {
        Map<String, Stmt.ModelLine> lines = new LinkedHashMap<>();
        for (Stmt.ModelLine line : m.lines()) {
            if (lines.putIfAbsent(line.variable().text(), line) != null) {
                checker.error(DiagnosticCode.DUPLICATE_NAME, line.variable().span(), "'" + line.variable().text()
                        + "' is defined twice in model " + m.name().text());
            }
        }
        Map<String, List<String>> parents = new LinkedHashMap<>();
        Set<String> latent = new LinkedHashSet<>();
        Set<String> binary = new LinkedHashSet<>();
        boolean ok = true;
        for (Stmt.ModelLine line : m.lines()) {
            Set<String> ps = new LinkedHashSet<>();
            for (Name n : ExpressionNames.references(line.value())) {
                if (lines.containsKey(n.text())) {
                    ps.add(n.text());
                } else {
                    ok = false;
                    checker.unknown(DiagnosticCode.MODEL_UNDEFINED_VARIABLE, n.span(), n.text(), lines.keySet(), hint ->
                            "'" + n.text() + "' is not a variable of model " + m.name().text() + hint);
                }
            }
            DataChecks.checkCalls(checker, line.value());
            if (line.drawn() && !isDistributionCall(line.value())) {
                checker.error(DiagnosticCode.TYPE_ERROR, line.value().span(), "'~' needs a distribution, as in "
                        + line.variable().text() + " ~ normal(0, 1); use '=' for a formula");
            }
            if (line.drawn() && line.value() instanceof Expr.Call c && c.function().text().equals("bernoulli")) {
                binary.add(line.variable().text());
            }
            parents.put(line.variable().text(), List.copyOf(ps));
            if (line.latent()) {
                latent.add(line.variable().text());
            }
        }
        Optional<List<String>> cycle = cycleOf(parents);
        if (cycle.isPresent()) {
            ok = false;
            checker.error(DiagnosticCode.MODEL_CYCLE, m.name().span(), "model " + m.name().text()
                    + " defines its variables in a cycle: " + String.join(" -> ", cycle.get()));
        }
        if (ok) {
            checker.declarations().putModel(m.name().text(), new ModelInfo(m, parents, latent, binary));
        }
    }

    private static boolean isDistributionCall(Expr e) {
        return e instanceof Expr.Call c && Builtins.isDistribution(c.function().text());
    }

    private static Optional<List<String>> cycleOf(Map<String, List<String>> parents) {
        Dag.Builder b = Dag.builder();
        parents.forEach((v, ps) -> {
            b.node(v);
            ps.forEach(p -> b.edge(p, v));
        });
        return b.findCycle();
    }

    void checkDag(Stmt.Dag d) {
        if (d.body() instanceof Stmt.DagBody.Dagitty text) {
            fromDagitty(text).ifPresent(g -> checker.declarations().putDag(d.name().text(),
                    new DagInfo(d, g.dag(), Optional.of(g))));
            return;
        }
        Optional<Dag> dag = d.body() instanceof Stmt.DagBody.Block block ? fromBlock(d, block)
                : fromModel((Stmt.DagBody.OfModel) d.body());
        dag.ifPresent(g -> checker.declarations().putDag(d.name().text(), new DagInfo(d, g)));
    }

    /** {@code dagitty("dag { … }")} or {@code dagitty(file "g.dagitty")}: dagitty's own text format. */
    private Optional<DagittyGraph> fromDagitty(Stmt.DagBody.Dagitty d) {
        String text = d.text();
        String where = "the dagitty text";
        if (d.fromFile()) {
            Path file = checker.resolve(d.text());
            where = d.text();
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                checker.error(DiagnosticCode.DATA_FILE_MISSING, d.span(), "no such file: " + d.text()
                        + " (looked for " + file + ")");
                return Optional.empty();
            } catch (IOException e) {
                checker.error(DiagnosticCode.DATA_FILE_MISSING, d.span(), "cannot read " + d.text() + ": "
                        + e.getMessage());
                return Optional.empty();
            }
        }
        try {
            return Optional.of(DagittyFormat.read(text));
        } catch (DagittyFormatException e) {
            checker.error(DiagnosticCode.DAG_BAD_ATTRIBUTE, d.span(), where + ", line " + e.line() + ", column "
                    + e.column() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Dag> fromModel(Stmt.DagBody.OfModel of) {
        ModelInfo model = checker.declarations().models().get(of.model().text());
        if (model == null) {
            checker.unknown(DiagnosticCode.UNKNOWN_MODEL, of.model().span(), of.model().text(),
                    checker.declarations().models().keySet(), hint -> "unknown model '" + of.model().text() + "'"
                    + hint);
            return Optional.empty();
        }
        Dag.Builder b = Dag.builder();
        model.parents().forEach((v, ps) -> {
            if (model.latent().contains(v)) {
                b.latent(v);
            } else {
                b.node(v);
            }
        });
        for (Stmt.ModelLine line : model.declaration().lines()) {
            for (String p : model.parents().get(line.variable().text())) {
                b.edge(p, line.variable().text());
            }
        }
        return Optional.of(b.build());
    }

    private Optional<Dag> fromBlock(Stmt.Dag d, Stmt.DagBody.Block block) {
        Dag.Builder b = Dag.builder();
        Map<List<String>, Span> edgeSpans = new HashMap<>();
        boolean ok = true;
        for (Stmt.DagLine line : block.lines()) {
            for (List<Stmt.DagNode> group : line.groups()) {
                for (Stmt.DagNode node : group) {
                    ok &= declareNode(b, node);
                }
            }
            for (int i = 0; i < line.arrows().size(); i++) {
                for (Stmt.DagNode left : line.groups().get(i)) {
                    for (Stmt.DagNode right : line.groups().get(i + 1)) {
                        String l = left.name().text();
                        String r = right.name().text();
                        switch (line.arrows().get(i)) {
                            case FORWARD -> b.edge(l, r);
                            case BACKWARD -> b.edge(r, l);
                            case BIDIRECTED -> b.bidirected(l, r);
                        }
                        Stmt.Arrow arrow = line.arrows().get(i);
                        List<String> key = arrow == Stmt.Arrow.BACKWARD ? List.of(r, l) : List.of(l, r);
                        edgeSpans.putIfAbsent(key, left.name().span().to(right.name().span()));
                    }
                }
            }
        }
        Optional<List<String>> cycle = b.findCycle();
        if (cycle.isPresent()) {
            List<String> c = cycle.get();
            Span where = edgeSpans.getOrDefault(List.of(c.get(c.size() - 2), c.get(c.size() - 1)), d.name().span());
            checker.error(DiagnosticCode.DAG_CYCLE, where, "dag " + d.name().text() + " has a cycle: "
                    + String.join(" -> ", c), "a causal graph must be acyclic; remove or reverse one of these edges");
            return Optional.empty();
        }
        return ok ? Optional.of(b.build()) : Optional.empty();
    }

    private boolean declareNode(Dag.Builder b, Stmt.DagNode node) {
        b.node(node.name().text());
        boolean ok = true;
        for (Name attribute : node.attributes()) {
            if (!ATTRIBUTES.contains(attribute.text())) {
                ok = false;
                checker.unknown(DiagnosticCode.DAG_BAD_ATTRIBUTE, attribute.span(), attribute.text(), ATTRIBUTES, hint
                        -> "unknown node attribute '" + attribute.text() + "': use latent, exposure or outcome" + hint);
            } else if (attribute.text().equals("latent")) {
                b.latent(node.name().text());
            }
        }
        return ok;
    }

}

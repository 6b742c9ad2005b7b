package causal.analysis;

import causal.graph.AllPaths;
import causal.graph.Dag;
import causal.graph.ImpliedIndependencies;
import causal.graph.Independence;
import causal.graph.PathLimitException;
import causal.syntax.DiagnosticCode;
import causal.syntax.Name;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Checks and answers {@code paths of}, {@code implications of} and {@code test G against D} from the graph. */
final class GraphQuestions {
    private final Checker checker;

    GraphQuestions(Checker checker) {
        this.checker = checker;
    }

    void checkPaths(Stmt.Paths s) {
        Optional<DagInfo> dag = dag(s.dag(), s);
        if (dag.isEmpty()) {
            return;
        }
        Dag g = dag.get().dag();
        boolean ok = node(g, dag.get(), s.treatment()) & node(g, dag.get(), s.outcome());
        Set<String> given = new TreeSet<>();
        for (Name n : s.given()) {
            ok &= node(g, dag.get(), n);
            given.add(n.text());
        }
        if (!ok) {
            return;
        }
        if (s.treatment().text().equals(s.outcome().text())) {
            checker.error(DiagnosticCode.TYPE_ERROR, s.outcome().span(), "a path needs two different nodes");
            return;
        }
        try {
            checker.graphAnswers().put(s, new GraphAnswer.Paths(s, dag.get().name(), s.treatment().text(),
                    s.outcome().text(), List.copyOf(given),
                    AllPaths.between(g, s.treatment().text(), s.outcome().text(), given)));
        } catch (PathLimitException e) {
            checker.error(DiagnosticCode.TYPE_ERROR, s.span(), "more than " + e.limit() + " paths join "
                    + s.treatment().text() + " and " + s.outcome().text() + ": too many to list; use identify, "
                    + "which never enumerates paths");
        }
    }

    void checkImplications(Stmt.Implications s) {
        dag(Optional.of(s.dag()), s).ifPresent(d -> checker.graphAnswers().put(s,
                new GraphAnswer.Implications(s, d.name(), ImpliedIndependencies.of(d.dag()))));
    }

    void checkTest(Stmt.Test s) {
        Optional<DagInfo> dag = dag(Optional.of(s.dag()), s);
        DatasetInfo data = checker.declarations().datasets().get(s.data().text());
        if (data == null && !checker.declarations().all().containsKey(s.data().text())) {
            checker.unknown(DiagnosticCode.UNKNOWN_DATASET, s.data().span(), s.data().text(),
                    checker.declarations().datasets().keySet(), hint -> "unknown dataset '" + s.data().text() + "'"
                    + hint);
        }
        if (dag.isEmpty() || data == null) {
            return;
        }
        ImpliedIndependencies implied = ImpliedIndependencies.of(dag.get().dag());
        Set<String> needed = new LinkedHashSet<>();
        for (Independence i : implied.statements()) {
            needed.add(i.x());
            needed.add(i.y());
            needed.addAll(i.given());
        }
        List<String> missing = new ArrayList<>();
        for (String n : needed) {
            if (!data.columns().contains(n)) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            checker.error(DiagnosticCode.UNKNOWN_COLUMN, s.data().span(), "the implications of dag "
                    + dag.get().name() + " involve " + String.join(", ", missing) + (missing.size() == 1 ? ", which is"
                    : ", which are") + " not a column of dataset " + data.name(), "mark unmeasured nodes [latent] "
                    + "in the dag: their implications are then not tested");
            return;
        }
        if (implied.statements().isEmpty()) {
            checker.warning(DiagnosticCode.NOTHING_TO_TEST, s.span(), "dag " + dag.get().name() + " implies no "
                    + "conditional independence among its observed nodes: there is nothing to test");
        }
        checker.graphAnswers().put(s, new GraphAnswer.Test(s, dag.get().name(), data.name(), implied));
    }

    private Optional<DagInfo> dag(Optional<Name> named, Stmt s) {
        if (named.isPresent()) {
            DagInfo info = checker.declarations().dags().get(named.get().text());
            if (info == null && !checker.declarations().all().containsKey(named.get().text())) {
                checker.unknown(DiagnosticCode.UNKNOWN_DAG, named.get().span(), named.get().text(),
                        checker.declarations().dags().keySet(), hint -> "unknown dag '" + named.get().text() + "'"
                        + hint);
            }
            return Optional.ofNullable(info);
        }
        long declared = checker.declarations().all().values().stream().filter(d -> d instanceof Stmt.Dag).count();
        if (declared == 1 || declared > 1 && checker.interactive()) {
            return checker.mostRecent(Stmt.Dag.class, checker.declarations().dags());
        }
        checker.error(declared == 0 ? DiagnosticCode.MISSING_DAG : DiagnosticCode.AMBIGUOUS_DAG, s.span(),
                declared == 0 ? "no dag is declared: declare one with dag g { … }"
                        : "several dags are declared: say which one with 'under NAME'");
        return Optional.empty();
    }

    private boolean node(Dag g, DagInfo dag, Name n) {
        if (g.has(n.text())) {
            return true;
        }
        checker.unknown(DiagnosticCode.UNKNOWN_NODE, n.span(), n.text(), g.nodes(), hint -> "'" + n.text()
                + "' is not a node of dag " + dag.name() + hint);
        return false;
    }
}

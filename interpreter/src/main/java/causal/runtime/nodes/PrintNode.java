package causal.runtime.nodes;

import causal.analysis.DagInfo;
import causal.data.Table;
import causal.graph.Dag;
import causal.graph.Dag.Edge;
import causal.output.Result;
import causal.runtime.CausalException;
import causal.runtime.RunSession;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.List;

/** {@code print NAME}: a dataset's schema and first rows, a result again, or a dag's nodes and edges. */
final class PrintNode extends StatementNode {
    private static final int HEAD_ROWS = 5;

    private final Stmt.Print statement;

    PrintNode(Stmt.Print statement) {
        super(statement.span());
        this.statement = statement;
    }

    @Override
    protected void run(RunSession session) {
        String name = statement.subject().text();
        int line = span().line();
        Object value = session.value(name).orElse(null);
        if (value instanceof Table t) {
            session.sink().accept(new Result.DatasetResult(line, name, t, HEAD_ROWS));
            return;
        }
        if (value instanceof Result.EstimateResult e) {
            session.sink().accept(new Result.EstimateResult(line, e.plan(), e.estimate(), e.dropped(), e.rows(), e.query()));
            return;
        }
        if (value instanceof Result.IdentifyResult i) {
            session.sink().accept(new Result.IdentifyResult(line, i.plan(), i.openPathText()));
            return;
        }
        DagInfo dag = session.analysis().declarations().dags().get(name);
        if (dag != null) {
            session.sink().accept(dagResult(line, name, dag.dag()));
            return;
        }
        throw CausalException.at(statement.subject().span(), "nothing to print for '" + name + "': print shows "
                + "datasets, estimates, identifications and dags");
    }

    private static Result.DagResult dagResult(int line, String name, Dag g) {
        List<String> latent = new ArrayList<>();
        for (String n : g.nodes()) {
            if (g.isLatent(n)) {
                latent.add(n);
            }
        }
        List<String> edges = new ArrayList<>();
        for (Edge e : g.edges()) {
            edges.add(e.from() + (e.bidirected() ? " <-> " : " -> ") + e.to());
        }
        return new Result.DagResult(line, name, g.nodes(), latent, edges);
    }
}

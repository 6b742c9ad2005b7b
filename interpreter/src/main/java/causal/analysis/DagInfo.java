package causal.analysis;

import causal.graph.Dag;
import causal.graph.DagittyGraph;
import causal.syntax.Stmt;

import java.util.Optional;

/**
 * A declared DAG that passed its checks (no cycle, known attributes), and, when it was read from dagitty's format,
 * what that text also held (exposures, outcomes, positions) so exporting it back keeps them.
 */
public record DagInfo(Stmt.Dag declaration, Dag dag, Optional<DagittyGraph> dagitty) {
    public DagInfo(Stmt.Dag declaration, Dag dag) {
        this(declaration, dag, Optional.empty());
    }

    public String name() {
        return declaration.name().text();
    }
}

package causal.analysis;

import causal.graph.Dag;
import causal.syntax.Stmt;

/** A declared DAG that passed its checks (no cycle, known attributes). */
public record DagInfo(Stmt.Dag declaration, Dag dag) {
    public String name() {
        return declaration.name().text();
    }
}

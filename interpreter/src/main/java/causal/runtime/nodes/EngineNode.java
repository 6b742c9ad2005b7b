package causal.runtime.nodes;

import causal.runtime.RunSession;
import causal.runtime.Runner;
import causal.syntax.Expr;
import causal.syntax.Stmt;

/** {@code engine = spark("local[*]" | "spark://host:7077")} or {@code engine = local}: where later estimates run. */
final class EngineNode extends StatementNode {
    private final Stmt.Engine statement;

    EngineNode(Stmt.Engine statement) {
        super(statement.span());
        this.statement = statement;
    }

    @Override
    protected void run(RunSession session) {
        Expr.Call call = statement.engine();
        String name = call.function().text();
        if (name.equals("local")) {
            session.useEngine("", "", span());
            return;
        }
        String master = call.args().isEmpty() ? Runner.DEFAULT_MASTER : ((Expr.Str) call.args().get(0).value()).value();
        session.useEngine(name, master, span());
    }
}

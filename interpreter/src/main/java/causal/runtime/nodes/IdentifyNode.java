package causal.runtime.nodes;

import causal.analysis.IdentifyPlan;
import causal.output.Result;
import causal.runtime.RunSession;

/** {@code identify}: the checker already answered from the graph; this reports it in statement order. */
final class IdentifyNode extends StatementNode {
    private final IdentifyPlan plan;

    IdentifyNode(IdentifyPlan plan) {
        super(plan.statement().span());
        this.plan = plan;
    }

    @Override
    protected void run(RunSession session) {
        String open = plan.openPath().orElse(null);
        Result.IdentifyResult result = new Result.IdentifyResult(span().line(), plan, open);
        plan.statement().name().ifPresent(n -> session.bind(n.text(), result));
        session.sink().accept(result);
    }
}

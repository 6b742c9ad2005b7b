package causal.runtime.nodes;

import causal.analysis.DesignPlan;
import causal.experiment.ExperimentException;
import causal.experiment.PeekingSimulation;
import causal.output.Result;
import causal.runtime.CausalException;
import causal.runtime.RunSession;
import causal.syntax.Stmt;

/**
 * {@code simulate aa D n N runs R}: experiments with no effect, looked at repeatedly, to show what peeking does to
 * the false-positive rate of an ordinary test and that msprt keeps it at alpha.
 */
final class AaSimulationNode extends StatementNode {
    private final DesignPlan.AaSimulation plan;

    AaSimulationNode(Stmt.SimulateAa statement, DesignPlan.AaSimulation plan) {
        super(statement.span());
        this.plan = plan;
    }

    @Override
    protected void run(RunSession session) {
        long seed = plan.seed().orElse(session.options().seed());
        PeekingSimulation.Options options = new PeekingSimulation.Options(plan.perArm(), plan.looks(), plan.runs(),
                seed, plan.design().baseline().getAsDouble(), plan.design().alpha(), Double.NaN);
        try {
            session.sink().accept(new Result.AaSimulationResult(span().line(), plan, seed,
                    PeekingSimulation.run(options)));
        } catch (ExperimentException e) {
            throw CausalException.at(span(), "simulate aa " + plan.design().name() + ": " + e.getMessage());
        }
    }
}

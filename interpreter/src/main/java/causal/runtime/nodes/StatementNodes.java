package causal.runtime.nodes;

import causal.analysis.Analysis;
import causal.syntax.Stmt;

/** Which node runs which statement. Declarations the checker fully handles (dag, model) need none at run time. */
final class StatementNodes {
    private StatementNodes() {
    }

    static StatementNode create(Stmt s, Analysis analysis) {
        if (s instanceof Stmt.Data d) {
            return new DataNode(d);
        }
        if (s instanceof Stmt.Engine e) {
            return new EngineNode(e);
        }
        if (s instanceof Stmt.Estimate e) {
            return new EstimateNode(analysis.estimates().get(e));
        }
        if (s instanceof Stmt.Identify i) {
            return new IdentifyNode(analysis.identifications().get(i));
        }
        if (s instanceof Stmt.Power p) {
            return new PowerNode(p, analysis.designPlans().get(p).design());
        }
        if (s instanceof Stmt.SimulateAa a) {
            return new AaSimulationNode(a, (causal.analysis.DesignPlan.AaSimulation) analysis.designPlans().get(a));
        }
        if (s instanceof Stmt.Paths || s instanceof Stmt.Implications) {
            return new GraphAnswerNode(analysis.graphAnswers().get(s));
        }
        if (s instanceof Stmt.Test) {
            return new IndependenceTestNode((causal.analysis.GraphAnswer.Test) analysis.graphAnswers().get(s));
        }
        if (analysis.checkPlans().containsKey(s)) {
            return new RobustnessNode(analysis.checkPlans().get(s));
        }
        if (s instanceof Stmt.Recommend || analysis.personalizationPlans().get(s)
                instanceof causal.analysis.PersonalizationPlan.RecommenderEvaluation) {
            return new RecommenderNode(analysis.personalizationPlans().get(s));
        }
        if (analysis.personalizationPlans().containsKey(s)) {
            return new BanditNode(analysis.personalizationPlans().get(s));
        }
        if (s instanceof Stmt.Plot p) {
            return new PlotNode(p);
        }
        if (s instanceof Stmt.Print p) {
            return new PrintNode(p);
        }
        if (s instanceof Stmt.Export x) {
            return new ExportNode(x);
        }
        return null;
    }
}

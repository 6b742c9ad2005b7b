package causal.runtime.nodes;

import causal.analysis.DesignInfo;
import causal.design.DesignException;
import causal.design.SampleSize;
import causal.output.Result;
import causal.runtime.CausalException;
import causal.runtime.RunSession;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.List;

/** {@code power D}: the sample size per arm of an experiment design, and its power curve. */
final class PowerNode extends StatementNode {
    /** The curve's sizes, as multiples of the size that reaches the planned power. */
    private static final double[] CURVE = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0};

    private final Stmt.Power statement;
    private final DesignInfo.Experiment design;

    PowerNode(Stmt.Power statement, DesignInfo.Experiment design) {
        super(statement.span());
        this.statement = statement;
        this.design = design;
    }

    @Override
    protected void run(RunSession session) {
        SampleSize.Metric metric = design.sd().isPresent()
                ? new SampleSize.Metric.Mean(design.mde().getAsDouble(), design.sd().getAsDouble())
                : new SampleSize.Metric.Proportion(design.baseline().getAsDouble(), design.mde().getAsDouble());
        try {
            SampleSize.Plan plan = new SampleSize.Plan(metric, design.alpha(), design.sides(), design.ratio());
            SampleSize.Result size = SampleSize.forPower(plan, design.power(), design.clusterSize().orElse(1.0),
                    design.icc().orElse(0.0));
            List<double[]> curve = new ArrayList<>();
            for (double k : CURVE) {
                double n = Math.ceil(size.exactControl() * k);
                curve.add(new double[] {n, SampleSize.power(plan, n / size.designEffect())});
            }
            session.sink().accept(new Result.PowerResult(span().line(), design, plan, size, curve));
        } catch (DesignException e) {
            throw CausalException.at(statement.span(), "power " + design.name() + ": " + e.getMessage());
        }
    }
}

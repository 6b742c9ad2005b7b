package causal.runtime.nodes;

import causal.analysis.DesignInfo;
import causal.experiment.Alternative;
import causal.experiment.ClusterDesign;
import causal.experiment.Effect;
import causal.experiment.ExperimentException;
import causal.experiment.PowerAnalysis;
import causal.experiment.PowerPlan;
import causal.experiment.PowerPoint;
import causal.experiment.SampleSize;
import causal.output.Result;
import causal.runtime.CausalException;
import causal.runtime.RunSession;
import causal.syntax.Span;
import causal.syntax.Stmt;

import java.util.List;

/** {@code power D}: the sample size per arm of an experiment design, and its power curve. */
final class PowerNode extends StatementNode {
    /** The curve's sizes, as multiples of the size that reaches the planned power. */
    private static final double[] CURVE = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0};

    private final DesignInfo.Experiment design;

    PowerNode(Stmt.Power statement, DesignInfo.Experiment design) {
        super(statement.span());
        this.design = design;
    }

    @Override
    protected void run(RunSession session) {
        session.sink().accept(analyse(design, span()));
    }

    /** The plan of {@code design}, its sample size and power curve; shared with {@code plot power of}. */
    static Result.PowerResult analyse(DesignInfo.Experiment design, Span span) {
        Effect effect = design.powerSd().isPresent()
                ? new Effect.TwoMeans(design.mde().getAsDouble(), design.powerSd().getAsDouble())
                : new Effect.TwoProportions(design.baseline().getAsDouble(), design.mde().getAsDouble());
        try {
            PowerPlan plan = PowerPlan.of(effect).withAlpha(design.alpha())
                    .withAlternative(design.sides() == 1 ? Alternative.ONE_SIDED : Alternative.TWO_SIDED)
                    .withAllocationRatio(design.ratio())
                    .withCluster(design.icc().isPresent() || design.clusterSize().isPresent()
                            ? new ClusterDesign(design.clusterSize().orElse(1.0), design.icc().orElse(0.0))
                            : ClusterDesign.NONE);
            SampleSize size = PowerAnalysis.sampleSize(plan, design.power());
            double[] sizes = new double[CURVE.length];
            for (int i = 0; i < CURVE.length; i++) {
                sizes[i] = Math.ceil(size.exactControl() * CURVE[i]);
            }
            List<PowerPoint> curve = PowerAnalysis.powerCurve(plan, sizes);
            return new Result.PowerResult(span.line(), design, plan, size, curve);
        } catch (ExperimentException e) {
            throw CausalException.at(span, "power " + design.name() + ": " + e.getMessage());
        }
    }
}

package causal.runtime.nodes;

import causal.analysis.DagInfo;
import causal.analysis.Declarations;
import causal.analysis.DesignInfo;
import causal.analysis.EstimatePlan;
import causal.analysis.IdentifyPlan;
import causal.estimate.BalanceTable;
import causal.estimate.Design;
import causal.estimate.DiscontinuityEstimator;
import causal.estimate.EstimationException;
import causal.estimate.PropensityOverlap;
import causal.experiment.PowerPoint;
import causal.graph.DagittyGraph;
import causal.output.Result;
import causal.plot.DagDrawing;
import causal.plot.DiscontinuityChart;
import causal.plot.EventStudyChart;
import causal.plot.LovePlot;
import causal.plot.OverlapChart;
import causal.plot.Picture;
import causal.plot.PlotException;
import causal.plot.Point;
import causal.plot.PowerCurve;
import causal.plot.QiniChart;
import causal.plot.RegretChart;
import causal.rdd.BinnedScatter;
import causal.runtime.CausalException;
import causal.runtime.RunSession;
import causal.syntax.Name;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code plot [KIND of] NAME to "file.svg|png"}: a graph (of a dag, an identification or an estimate, with the
 * treatment, outcome and adjustment set marked), the love plot of an estimate's balance, or an experiment's power
 * curve.
 */
final class PlotNode extends StatementNode {
    /** The event time every event-study coefficient is measured against. */
    private static final int REFERENCE_EVENT_TIME = -1;

    private final Stmt.Plot statement;

    PlotNode(Stmt.Plot statement) {
        super(statement.span());
        this.statement = statement;
    }

    @Override
    protected void run(RunSession session) {
        String name = statement.subject().text();
        String kind = statement.kind().map(Name::text).orElse("");
        Declarations d = session.analysis().declarations();
        Picture picture = switch (kind) {
            case "balance" -> balance(session, name);
            case "power" -> power((DesignInfo.Experiment) d.designs().get(name));
            case "event_study" -> eventStudy(session, name);
            case "rdd" -> discontinuity(session, name);
            case "regret" -> regret(session, name);
            case "qini" -> qini(session, name);
            case "overlap" -> overlap(session, name);
            default -> graph(session, d, name);
        };
        try {
            picture.writeTo(session.resolve(statement.path()));
        } catch (PlotException e) {
            throw CausalException.at(span(), "plot " + name + ": " + e.getMessage());
        }
        session.sink().accept(new Result.FileResult(span().line(), (kind.isEmpty() ? "plot of " : kind + " plot of ")
                + name, statement.path()));
    }

    private Picture graph(RunSession session, Declarations d, String name) {
        if (d.dags().containsKey(name)) {
            DagInfo info = d.dags().get(name);
            DagDrawing.Roles roles = info.dagitty().map(PlotNode::roles).orElse(DagDrawing.Roles.NONE);
            return DagDrawing.of(info.dag(), roles);
        }
        Object value = session.value(name).orElseThrow(() -> CausalException.at(statement.subject().span(),
                name + " has no value to plot"));
        if (value instanceof Result.IdentifyResult i) {
            IdentifyPlan p = i.plan();
            Set<String> adjusted = p.backdoorSets().isEmpty() ? Set.of() : Set.copyOf(p.backdoorSets().get(0));
            return DagDrawing.of(d.dags().get(p.dag()).dag(), DagDrawing.Roles.of(Set.copyOf(p.treatments()),
                    Set.copyOf(p.outcomes())).withAdjusted(adjusted));
        }
        EstimatePlan p = ((Result.EstimateResult) value).plan();
        Set<String> adjusted = p.strategy().equals("backdoor") ? Set.copyOf(p.adjustment()) : Set.of();
        return DagDrawing.of(d.dags().get(p.dag()).dag(), DagDrawing.Roles.of(Set.of(p.treatment()),
                Set.of(p.outcome())).withAdjusted(adjusted));
    }

    private static DagDrawing.Roles roles(DagittyGraph g) {
        return DagDrawing.Roles.of(Set.copyOf(g.exposures()), Set.copyOf(g.outcomes()))
                .withAdjusted(Set.copyOf(g.adjusted()));
    }

    private Picture balance(RunSession session, String name) {
        Result.EstimateResult e = (Result.EstimateResult) session.value(name).orElseThrow(() -> CausalException.at(
                statement.subject().span(), name + " has no value to plot"));
        BalanceTable table = e.estimate().balance().orElseThrow(() -> CausalException.at(statement.subject().span(),
                name + " has no balance table"));
        List<LovePlot.CovariateBalance> rows = new ArrayList<>();
        for (BalanceTable.Row r : table.rows()) {
            rows.add(new LovePlot.CovariateBalance(r.covariate(), r.smdBefore(), r.smdAfter()));
        }
        return LovePlot.of(rows);
    }

    /** The event-study coefficients the estimate reports as event_K and event_K_se. */
    private Picture eventStudy(RunSession session, String name) {
        Result.EstimateResult e = (Result.EstimateResult) session.value(name).orElseThrow(() -> CausalException.at(
                statement.subject().span(), name + " has no value to plot"));
        List<EventStudyChart.PeriodEffect> effects = new ArrayList<>();
        e.estimate().statistics().forEach((key, value) -> {
            if (key.startsWith("event_") && !key.endsWith("_se")) {
                int k = Integer.parseInt(key.substring("event_".length()));
                effects.add(new EventStudyChart.PeriodEffect(k, value, e.estimate().statistics().get(key + "_se")));
            }
        });
        effects.add(new EventStudyChart.PeriodEffect(REFERENCE_EVENT_TIME, 0.0, 0.0));
        effects.sort(java.util.Comparator.comparingInt(EventStudyChart.PeriodEffect::period));
        return EventStudyChart.of(effects, REFERENCE_EVENT_TIME);
    }

    private Picture discontinuity(RunSession session, String name) {
        Result.EstimateResult e = (Result.EstimateResult) session.value(name).orElseThrow(() -> CausalException.at(
                statement.subject().span(), name + " has no value to plot"));
        BinnedScatter s;
        try {
            s = DiscontinuityEstimator.scatter(e.rows().get(), e.query());
        } catch (EstimationException ex) {
            throw CausalException.at(span(), ex.getMessage());
        }
        Design.RegressionDiscontinuity design = (Design.RegressionDiscontinuity) e.query().design();
        return DiscontinuityChart.of(design.running(), s.outcome(), s.cutoff(), bins(s.left()), bins(s.right()),
                curve(s.leftCurve()), curve(s.rightCurve()));
    }

    private Picture regret(RunSession session, String name) {
        Result.SimulationResult r = (Result.SimulationResult) session.value(BanditNode.SIMULATION_OF + name)
                .orElseThrow(() -> CausalException.at(statement.subject().span(), "no simulation of " + name
                        + " has run before this plot"));
        java.util.Map<String, List<Point>> curves = new java.util.LinkedHashMap<>();
        for (int k = 0; k < r.policies().size(); k++) {
            curves.put(r.policies().get(k), r.report().policies().get(k).curve().stream()
                    .map(p -> new Point(p.round(), p.regret())).toList());
        }
        return RegretChart.of(curves);
    }

    private Picture overlap(RunSession session, String name) {
        Result.EstimateResult e = (Result.EstimateResult) session.value(name).orElseThrow(() -> CausalException.at(
                statement.subject().span(), name + " has no value to plot"));
        try {
            PropensityOverlap o = PropensityOverlap.of(e.rows().get(), e.query());
            return OverlapChart.of(o.treated(), o.control());
        } catch (EstimationException ex) {
            throw CausalException.at(span(), "plot overlap of " + name + ": " + ex.getMessage());
        }
    }

    private Picture qini(RunSession session, String name) {
        Result.UpliftEvaluationResult r = (Result.UpliftEvaluationResult) session.value(
                RobustnessNode.UPLIFT_EVALUATION_OF + name).orElseThrow(() -> CausalException.at(
                statement.subject().span(), "evaluate " + name + " has not run before this plot"));
        return QiniChart.of(r.evaluation().qiniCurve().stream().map(p -> new Point(p.targeted(), p.value()))
                .toList());
    }

    private static List<Point> bins(List<BinnedScatter.Bin> bins) {
        return bins.stream().filter(b -> b.count() > 0).map(b -> new Point(b.meanX(), b.meanY())).toList();
    }

    private static List<Point> curve(List<BinnedScatter.CurvePoint> points) {
        return points.stream().map(p -> new Point(p.x(), p.y())).toList();
    }

    private Picture power(DesignInfo.Experiment design) {
        Result.PowerResult r = PowerNode.analyse(design, span());
        List<Point> curve = new ArrayList<>();
        for (PowerPoint p : r.curve()) {
            curve.add(new Point(p.control(), p.power()));
        }
        return PowerCurve.of(curve, new Point(r.size().control(), r.size().achievedPower()), design.power());
    }
}

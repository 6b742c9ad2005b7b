package causal.runtime.nodes;

import causal.analysis.CheckPlan;
import causal.check.ConfounderGrid;
import causal.check.EValue;
import causal.check.Refuters;
import causal.check.RegressionSensitivity;
import causal.estimate.EstimationException;
import causal.estimate.StaggeredDifferenceInDifferences;
import causal.estimate.OptionException;
import causal.output.Result;
import causal.runtime.CausalException;
import causal.runtime.RunSession;
import causal.estimate.UpliftEstimator;
import causal.uplift.TargetRule;
import causal.uplift.Targeting;
import causal.uplift.UpliftEvaluation;
import causal.uplift.UpliftException;
import causal.uplift.UpliftMetric;

import java.util.List;
import java.util.Map;

/**
 * {@code refute e using …}, {@code sensitivity of e using …} and {@code decompose e}: re-estimate on the rows and
 * query of {@code e} (refuters), bound what an unobserved confounder could do to it (sensitivity), or split a twfe
 * estimate into its 2x2 comparisons (decompose).
 */
final class RobustnessNode extends StatementNode {
    /** The session key of the latest uplift evaluation of an estimate, for plot qini: not a script name. */
    static final String UPLIFT_EVALUATION_OF = "uplift evaluation of ";

    private final CheckPlan plan;

    RobustnessNode(CheckPlan plan) {
        super(plan.statement().span());
        this.plan = plan;
    }

    @Override
    protected void run(RunSession session) {
        Result.EstimateResult e = (Result.EstimateResult) session.value(plan.target()).orElseThrow(
                () -> CausalException.at(span(), plan.target() + " has no value: its estimate did not run"));
        try {
            if (plan instanceof CheckPlan.Refute r) {
                session.sink().accept(new Result.RefutationResult(span().line(), r.target(), e.plan(),
                        Refuters.create(r.refuter(), r.options()).refute(e.plan().estimator().create(
                                e.plan().options()), e.rows().get(), e.query(), e.estimate())));
                return;
            }
            if (plan instanceof CheckPlan.UpliftEvaluation u) {
                UpliftEstimator.Features f = UpliftEstimator.features(e.rows().get(), e.query());
                UpliftEvaluation evaluation = UpliftEvaluation.heldOut(UpliftEstimator.learner(
                        e.plan().estimator().keyword(), e.plan().options()), f.x(), f.treatment(), f.outcome(),
                        u.testShare(), u.seed().orElse(session.options().seed()));
                Map<String, Double> metrics = evaluation.metrics(u.metrics().stream()
                        .map(m -> UpliftMetric.find(m).orElseThrow()).toList());
                Result.UpliftEvaluationResult result = new Result.UpliftEvaluationResult(span().line(), u.target(),
                        u.testShare(), metrics, evaluation);
                session.bind(UPLIFT_EVALUATION_OF + u.target(), result);
                session.sink().accept(result);
                return;
            }
            if (plan instanceof CheckPlan.Targeting t) {
                UpliftEstimator.Features f = UpliftEstimator.features(e.rows().get(), e.query());
                double[] tau = UpliftEstimator.learner(e.plan().estimator().keyword(), e.plan().options())
                        .fit(f.x(), f.treatment(), f.outcome()).predict(f.x());
                TargetRule rule = t.share().isPresent() ? new TargetRule.TopShare(t.share().getAsDouble())
                        : new TargetRule.AboveCost(t.cost().getAsDouble());
                session.sink().accept(new Result.TargetResult(span().line(), t.target(), f.names(), f.x(), tau,
                        Targeting.select(tau, rule, f.treatment(), f.outcome())));
                return;
            }
            if (plan instanceof CheckPlan.Decompose d) {
                session.sink().accept(new Result.DecompositionResult(span().line(), d.target(), e.plan(),
                        StaggeredDifferenceInDifferences.decompose(e.rows().get(), e.query())));
                return;
            }
            CheckPlan.Sensitivity s = (CheckPlan.Sensitivity) plan;
            Result.Sensitivity sensitivity = switch (s.method()) {
                case "evalue" -> new Result.Sensitivity.Evalue(EValue.of(e.estimate(), e.rows().get()));
                case "robustness" -> new Result.Sensitivity.Robustness(RegressionSensitivity.of(e.rows().get(), e.query(),
                        new RegressionSensitivity.Options(1, 0.05, s.benchmarks(), List.of(1.0, 2.0, 3.0))));
                default -> new Result.Sensitivity.Grid(ConfounderGrid.of(e.rows().get(), e.query(), s.onTreatment(),
                        s.onOutcome()));
            };
            session.sink().accept(new Result.SensitivityResult(span().line(), s.target(), e.plan(), sensitivity));
        } catch (UpliftException ex) {
            throw CausalException.at(span(), plan.target() + ": " + ex.getMessage());
        } catch (EstimationException | OptionException ex) {
            throw CausalException.at(span(), (plan instanceof CheckPlan.Refute ? "refute "
                    : plan instanceof CheckPlan.Decompose ? "decompose " : "sensitivity of ")
                    + plan.target() + ": " + ex.getMessage());
        }
    }
}

package causal.runtime.nodes;

import causal.analysis.PersonalizationPlan;
import causal.analysis.PolicyInfo;
import causal.bandit.BanditEnvironment;
import causal.bandit.BanditException;
import causal.bandit.BanditLog;
import causal.bandit.BanditSimulation;
import causal.bandit.BernoulliArms;
import causal.bandit.LogColumns;
import causal.bandit.LoggedReplay;
import causal.bandit.OffPolicyEstimator;
import causal.bandit.OffPolicyEvaluation;
import causal.bandit.OffPolicyReport;
import causal.bandit.Policies;
import causal.bandit.Policy;
import causal.bandit.PolicyTemplate;
import causal.bandit.SimulationReport;
import causal.data.Table;
import causal.output.Result;
import causal.random.RandomSource;
import causal.runtime.CausalException;
import causal.runtime.RunSession;

import java.util.List;

/**
 * {@code simulate P, Q on bernoulli_arms(…) | DATA(…) rounds N} and {@code evaluate P offline on DATA(…) using …}:
 * runs the bandit library on the plan the checker made. A simulation is remembered under each policy's name so
 * {@code plot regret of P} can draw it.
 */
final class BanditNode extends StatementNode {
    /** The session key of the latest simulation that ran policy P: not a name a script can write. */
    static final String SIMULATION_OF = "simulation of ";

    private final PersonalizationPlan plan;

    BanditNode(PersonalizationPlan plan) {
        super(plan.statement().span());
        this.plan = plan;
    }

    @Override
    protected void run(RunSession session) {
        try {
            if (plan instanceof PersonalizationPlan.Simulation s) {
                simulate(s, session);
            } else if (plan instanceof PersonalizationPlan.OfflineEvaluation e) {
                evaluate(e, session);
            }
        } catch (BanditException e) {
            throw CausalException.at(span(), e.getMessage());
        }
    }

    private void simulate(PersonalizationPlan.Simulation s, RunSession session) {
        long seed = s.seed().orElse(session.options().seed());
        List<PolicyTemplate> templates = s.policies().stream().map(BanditNode::template).toList();
        BanditEnvironment environment = s.log().isPresent() ? new LoggedReplay(log(s.log().get(), session))
                : new BernoulliArms(s.arms().stream().mapToDouble(Double::doubleValue).toArray());
        SimulationReport report = BanditSimulation.run(templates, environment,
                BanditSimulation.options(s.rounds(), seed, s.settings()));
        Result.SimulationResult result = new Result.SimulationResult(span().line(),
                s.policies().stream().map(PolicyInfo::name).toList(), report);
        for (PolicyInfo p : s.policies()) {
            session.bind(SIMULATION_OF + p.name(), result);
        }
        session.sink().accept(result);
    }

    private void evaluate(PersonalizationPlan.OfflineEvaluation e, RunSession session) {
        BanditLog log = log(e.log(), session);
        long seed = e.seed().orElse(session.options().seed());
        PolicyTemplate template = template(e.policy());
        int evaluated = (int) Math.round(log.rows() * e.evaluationShare());
        int training = log.rows() - evaluated;
        if (evaluated < 1) {
            throw CausalException.at(span(), "split " + e.evaluationShare() + " leaves no row of the log's "
                    + log.rows() + " to evaluate on");
        }
        BanditLog test = training == 0 ? log : log.rows(training, log.rows());
        RandomSource rng = new RandomSource(seed);
        Policy policy = training == 0
                ? template.start(log.arms(), log.featureNames().size(), rng)
                : template.trainOn(log.rows(0, training), rng);
        OffPolicyReport report = OffPolicyEvaluation.evaluate(test, policy, OffPolicyEstimator.of(e.estimators()),
                OffPolicyEvaluation.options(e.settings()));
        session.sink().accept(new Result.OffPolicyResult(span().line(), e.policy().name(), training, report));
    }

    private static PolicyTemplate template(PolicyInfo p) {
        return Policies.create(p.keyword(), p.options(), p.features());
    }

    private BanditLog log(PersonalizationPlan.LogRoles roles, RunSession session) {
        Table table = (Table) session.value(roles.dataset()).orElseThrow(() -> CausalException.at(span(),
                "dataset " + roles.dataset() + " has no value"));
        LogColumns columns = LogColumns.of(roles.action(), roles.reward());
        if (roles.propensity().isPresent()) {
            columns = columns.withPropensity(roles.propensity().get());
        }
        if (!roles.context().isEmpty()) {
            columns = columns.withContext(roles.context());
        }
        if (roles.position().isPresent()) {
            columns = columns.withPosition(roles.position().get());
        }
        if (roles.slate().isPresent()) {
            columns = columns.withSlate(roles.slate().get());
        }
        return BanditLog.fromTable(table, columns);
    }
}

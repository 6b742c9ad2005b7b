package causal.output;

import causal.analysis.DesignInfo;
import causal.analysis.DesignPlan;
import causal.analysis.EstimatePlan;
import causal.analysis.GraphAnswer;
import causal.analysis.IdentifyPlan;
import causal.bandit.OffPolicyReport;
import causal.bandit.SimulationReport;
import causal.check.ConfounderGrid;
import causal.check.EValue;
import causal.check.Refutation;
import causal.check.RegressionSensitivity;
import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.experiment.PeekingSimulation;
import causal.experiment.PowerPlan;
import causal.experiment.PowerPoint;
import causal.experiment.SampleSize;
import causal.graph.IndependenceTest;
import causal.panel.BaconDecomposition;
import causal.recommend.EvaluationResult;
import causal.recommend.Recommendations;
import causal.uplift.TargetGroup;
import causal.uplift.UpliftEvaluation;


import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What a statement produces for the user: printed as text or as one JSON line, from the same record. */
public sealed interface Result {
    /** The 1-based line of the statement that produced it. */
    int line();

    /**
     * An estimate with how it was identified: the plan, the stdlib's numbers, the rows dropped as missing, and the
     * rows and query it was estimated from (what {@code refute} and {@code sensitivity of} re-estimate on).
     */
    record EstimateResult(int line, EstimatePlan plan, Estimate estimate, int dropped, Supplier<Table> rows,
                          EffectQuery query)
            implements Result {}

    /** {@code refute e using …}: the refuter's new effect, p-value and reading. */
    record RefutationResult(int line, String target, EstimatePlan plan, Refutation refutation) implements Result {}

    /** {@code simulate P, Q on …}: each policy's reward and regret. */
    record SimulationResult(int line, List<String> policies, SimulationReport report) implements Result {
        public SimulationResult {
            policies = List.copyOf(policies);
        }
    }

    /** {@code evaluate P offline on …}: the policy's value by each estimator, after learning from trainingRows. */
    record OffPolicyResult(int line, String policy, int trainingRows, OffPolicyReport report) implements Result {}

    /** {@code evaluate tau metrics …}: the uplift learner's ranking scored on held-out rows. */
    record UpliftEvaluationResult(int line, String target, double testShare, Map<String, Double> metrics,
                                  UpliftEvaluation evaluation) implements Result {
        public UpliftEvaluationResult {
            metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        }
    }

    /**
     * {@code target tau top 20%}: the rows chosen ({@code group.rows()} index {@code x}, column-major with
     * {@code features} names) and their predicted effects {@code tau}.
     */
    record TargetResult(int line, String target, List<String> features, double[][] x, double[] tau,
                        TargetGroup group) implements Result {}

    /** {@code evaluate R on D …}: the recommender's metrics on the held-out interactions. */
    record RecommenderEvaluationResult(int line, String recommender, EvaluationResult evaluation)
            implements Result {}

    /** {@code recommend K for user U using R}. */
    record RecommendationResult(int line, String recommender, Recommendations recommendations) implements Result {}

    /** {@code decompose e}: the Goodman-Bacon decomposition of a twfe estimate. */
    record DecompositionResult(int line, String target, EstimatePlan plan, BaconDecomposition decomposition)
            implements Result {}

    /** {@code sensitivity of e using …}: one of the sensitivity analyses, by method. */
    record SensitivityResult(int line, String target, EstimatePlan plan, Sensitivity sensitivity) implements Result {}

    /** The sensitivity analyses a script can ask for. */
    sealed interface Sensitivity {
        record Evalue(EValue value) implements Sensitivity {}

        record Robustness(RegressionSensitivity value) implements Sensitivity {}

        record Grid(ConfounderGrid value) implements Sensitivity {}
    }

    /** An {@code identify} answer. */
    record IdentifyResult(int line, IdentifyPlan plan, String openPathText) implements Result {}

    /** {@code print} of a dataset: its schema and first rows. */
    record DatasetResult(int line, String name, Table table, int headRows) implements Result {}

    /** {@code print} of a dag: its nodes, latent nodes and edges. */
    record DagResult(int line, String name, List<String> nodes, List<String> latent, List<String> edges)
            implements Result {
        public DagResult {
            nodes = List.copyOf(nodes);
            latent = List.copyOf(latent);
            edges = List.copyOf(edges);
        }
    }

    /**
     * {@code power D}: the sample size the experiment needs, and the power at other sizes ({@code curve} holds
     * pairs of control-arm size and power, ascending).
     */
    record PowerResult(int line, DesignInfo.Experiment design, PowerPlan plan, SampleSize size,
                       List<PowerPoint> curve) implements Result {
        public PowerResult {
            curve = List.copyOf(curve);
        }
    }

    /** {@code simulate aa}: the false-positive rates of peeking, of one test at the end, and of msprt. */
    record AaSimulationResult(int line, DesignPlan.AaSimulation plan, long seed, PeekingSimulation.Result rates)
            implements Result {}

    /** {@code paths of}: every path, classified, with what blocks it. */
    record PathsResult(int line, GraphAnswer.Paths answer) implements Result {}

    /** {@code implications of}: the independencies the DAG implies. */
    record ImplicationsResult(int line, GraphAnswer.Implications answer) implements Result {}

    /**
     * {@code test G against D}: each implied independence tested on the rows complete in the tested columns
     * ({@code dropped} rows had a missing value), with Benjamini-Hochberg adjusted p-values.
     */
    record IndependenceTestsResult(int line, GraphAnswer.Test plan, List<IndependenceTest> tests, int rows,
                                   int dropped) implements Result {
        public IndependenceTestsResult {
            tests = List.copyOf(tests);
        }
    }

    /** A file a statement wrote (e.g. {@code export e to "e.json"}). */
    record FileResult(int line, String what, String path) implements Result {}
}

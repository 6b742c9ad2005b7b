package causal.spark;

import causal.engine.EngineDeclinedException;
import causal.engine.EngineEstimate;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.RatioMetricComparison;
import causal.estimate.Estimate;
import causal.experiment.ArmComparison;
import causal.experiment.ArmSummary;
import causal.experiment.BayesianConversion;
import causal.experiment.BayesianNormal;
import causal.experiment.BetaPrior;
import causal.experiment.Cuped;
import causal.experiment.DifferenceInMeans;
import causal.experiment.ExperimentException;
import causal.experiment.NormalPrior;
import causal.experiment.SampleRatioMismatch;
import causal.experiment.TwoProportionZTest;
import causal.experiment.TwoSampleTTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * A randomized experiment's arms compared from group moments computed by Spark ({@link GroupMoments}: n, mean and
 * variance per arm), then finished by the same {@code causal.experiment} code as in memory, so the estimate equals
 * {@code causal.estimate.ExperimentComparison}'s for {@code difference} (unpooled SE, normal interval),
 * {@code welch} ({@code t.test()}), {@code ttest} ({@code t.test(var.equal = TRUE)}), {@code ztest}
 * ({@code prop.test(correct = FALSE)}), {@code bayes} (beta-binomial posteriors of a 0/1 outcome from the arms'
 * conversions, a normal posterior of any other from their moments) and {@code cuped} (with the covariate's moments
 * and its co-moment with the outcome per arm, pooled as {@code causal.experiment.Cuped} pools them), with the
 * sample-ratio-mismatch p-value. A ratio metric ({@code per = d}) and a cluster-randomized design
 * ({@code cluster = c}) are finished by {@code causal.stream.StreamingExperiment}'s code from the arms' co-moments
 * and from one aggregation by cluster.
 */
public final class SparkExperiment {
    /** The comparisons this engine runs, by their script keyword. */
    public static final List<String> METHODS = List.of("difference", "welch", "ttest", "ztest", "bayes", "cuped");
    /** The comparisons of a cluster-randomized design (the others treat rows as independent). */
    private static final List<String> CLUSTERED = List.of("difference", "welch", "ttest", "ztest");

    private SparkExperiment() {
    }

    /**
     * The comparison {@code method} of the treatment column's non-control arm with the design's control arm.
     *
     * @throws SparkEngineException for a method this engine does not run, a design that is not a row-randomized
     *     experiment, an arm column without exactly two levels including the control, or an arm under 2 rows
     */
    public static EngineEstimate estimate(Dataset<Row> data, EffectQuery query, String method) {
        return estimate(data, query, method, BetaPrior.UNIFORM, Optional.empty());
    }

    /**
     * As {@link #estimate(Dataset, EffectQuery, String)}, with bayes's beta prior of each arm's conversion rate and
     * cuped's pre-period covariate (a column; required for cuped).
     */
    public static EngineEstimate estimate(Dataset<Row> data, EffectQuery query, String method, BetaPrior prior,
            Optional<String> covariate) {
        if (!METHODS.contains(method)) {
            throw new SparkEngineException("engine spark compares experiment arms with " + String.join(", ", METHODS)
                    + "; " + method + " runs in memory");
        }
        if (!(query.design() instanceof Design.Experiment design)) {
            throw new SparkEngineException(method + " estimates from an experiment design");
        }
        if (design.per().isPresent() && design.cluster().isEmpty() && method.equals("difference")) {
            return ratioOfSums(data, query, design);
        }
        if (design.cluster().isPresent() && design.per().isEmpty() && CLUSTERED.contains(method)) {
            return clustered(data, query, design, method);
        }
        if (design.cluster().isPresent() || design.per().isPresent()) {
            throw new EngineDeclinedException("engine spark compares arms of a row-randomized experiment; a "
                    + (design.cluster().isPresent() ? "cluster-randomized design" : "ratio metric") + " runs in memory");
        }
        if (method.equals("cuped") && covariate.isEmpty()) {
            throw new SparkEngineException("cuped needs covariate = COLUMN, a column measured before assignment");
        }
        // Rows missing a control are dropped, as in memory, though an experiment does not adjust for it.
        GroupMoments moments = method.equals("cuped")
                ? SufficientStatistics.groupMoments(data, query.treatment(), query.outcome(), covariate.get(),
                query.covariates())
                : SufficientStatistics.groupMoments(data, query.treatment(), query.outcome(), query.covariates());
        String control = design.control();
        List<String> levels = new ArrayList<>(moments.keys());
        levels.sort(null);
        if (!levels.contains(control)) {
            throw new SparkEngineException("the control arm \"" + control + "\" does not occur in " + query.treatment()
                    + "; its values: " + String.join(", ", levels));
        }
        if (levels.size() != 2) {
            throw new SparkEngineException(method + " compares two arms, and " + query.treatment() + " has "
                    + levels.size() + (levels.size() == 1 ? " (only the control arm)" : ": " + String.join(", ", levels)));
        }
        String treated = levels.get(0).equals(control) ? levels.get(1) : levels.get(0);
        ArmComparison c = compare(method, moments, control, treated, prior);
        long controls = moments.count(control);
        long treatments = moments.count(treated);
        double srm = SampleRatioMismatch.check(controls, treatments, design.plannedControlShare()).pValue();
        Map<String, Double> statistics = new LinkedHashMap<>(c.statistics());
        statistics.put("srm_p_value", srm);
        List<String> notes = new ArrayList<>();
        notes.add("arm \"" + treated + "\" compared with control \"" + control + "\"");
        if (srm < SampleRatioMismatch.THRESHOLD) {
            notes.add(String.format(Locale.ROOT, "sample ratio mismatch: %d control and %d treatment rows against a "
                    + "planned %.0f%% control (p = %.2g); the assignment may be broken, so do not trust this "
                    + "comparison until it is explained", controls, treatments, 100 * design.plannedControlShare(), srm));
        }
        return new EngineEstimate(new Estimate(query.estimand(), query.treatment(), query.outcome(), method,
                c.difference(), c.stdError(), c.ciLow(), c.ciHigh(), c.pValue(), Counts.rows(controls + treatments),
                statistics, Optional.empty(), notes), moments.dropped());
    }

    /**
     * A cluster-randomized experiment: one aggregation by cluster (its arm, rows, outcome mean and squared
     * deviations), collected (a few words per cluster) and finished as the streamed comparison finishes it. A
     * cluster with rows in two arms, fewer than 2 clusters, or arms other than the control and one more are
     * declined, and the in-memory comparison says what is wrong.
     */
    private static EngineEstimate clustered(Dataset<Row> data, EffectQuery query, Design.Experiment design,
            String method) {
        String cluster = design.cluster().get();
        List<String> keys = new ArrayList<>(List.of(query.treatment(), cluster));
        keys.addAll(query.covariates());
        SparkDesign rows = SparkDesign.of(data, List.of(), List.of(query.outcome()), keys, "comparison");
        org.apache.spark.sql.Column arm = SparkColumns.column(query.treatment());
        org.apache.spark.sql.Column y = SparkDesign.number(query.outcome());
        List<Row> byCluster = Actions.run("clusters of " + cluster, () -> data.filter(rows.complete)
                .groupBy(SparkColumns.column(cluster)).agg(functions.min(arm), functions.max(arm),
                        functions.count(functions.lit(1)), functions.avg(y), functions.var_pop(y))
                .collectAsList());
        List<String> levels = new ArrayList<>();
        List<String> armOf = new ArrayList<>();
        for (Row r : byCluster) {
            String low = GroupMoments.text(r.get(1));
            if (!low.equals(GroupMoments.text(r.get(2)))) {
                throw new EngineDeclinedException("cluster " + r.get(0) + " of " + cluster + " has rows in both arms");
            }
            armOf.add(low);
            if (!levels.contains(low)) {
                levels.add(low);
            }
        }
        levels.sort(null);
        String control = design.control();
        if (byCluster.size() < 2 || !levels.contains(control) || levels.size() != 2) {
            throw new EngineDeclinedException("the clusters' arms are " + String.join(", ", levels));
        }
        String treated = levels.get(0).equals(control) ? levels.get(1) : levels.get(0);
        List<causal.stream.StreamingExperiment.ClusterSummary> summaries = new ArrayList<>();
        for (int k = 0; k < byCluster.size(); k++) {
            Row r = byCluster.get(k);
            long n = r.getLong(3);
            summaries.add(new causal.stream.StreamingExperiment.ClusterSummary(armOf.get(k).equals(control) ? 0 : 1,
                    n, r.getDouble(4), r.getDouble(5) * n));
        }
        return new EngineEstimate(causal.stream.StreamingExperiment.clusterRobust(query, method, control, treated,
                summaries), rows.dropped);
    }

    /**
     * A ratio metric ({@code per = d}): the arms' moments of the outcome and d with their co-moment, in the two
     * aggregations of {@link GroupMoments}, finished as the streamed comparison finishes them.
     */
    private static EngineEstimate ratioOfSums(Dataset<Row> data, EffectQuery query, Design.Experiment design) {
        GroupMoments moments = SufficientStatistics.groupMoments(data, query.treatment(), query.outcome(),
                design.per().get(), query.covariates());
        String control = design.control();
        List<String> levels = new ArrayList<>(moments.keys());
        levels.sort(null);
        if (!levels.contains(control) || levels.size() != 2) {
            throw new EngineDeclinedException("the arms of " + query.treatment() + " are " + String.join(", ", levels)
                    + ": the in-memory comparison says what is wrong");
        }
        String treated = levels.get(0).equals(control) ? levels.get(1) : levels.get(0);
        Cuped.ArmMoments controls = moments.cupedArm(control);
        Cuped.ArmMoments treatments = moments.cupedArm(treated);
        if (RatioMetricComparison.unusableArm(controls, treatments).isPresent()) {
            throw new EngineDeclinedException("an arm has fewer than 2 units or no total of " + design.per().get());
        }
        return new EngineEstimate(RatioMetricComparison.of(query, "difference", control, treated, controls,
                treatments), moments.dropped());
    }

    private static ArmComparison compare(String method, GroupMoments moments, String control, String treated,
            BetaPrior prior) {
        try {
            if (method.equals("bayes") && moments.binary()) {
                return BayesianConversion.compare(Math.round(moments.total(control)), moments.count(control),
                        Math.round(moments.total(treated)), moments.count(treated), prior, 0.05);
            }
            if (method.equals("cuped")) {
                return Cuped.compare(moments.cupedArm(control), moments.cupedArm(treated), 0.05);
            }
            if (method.equals("ztest")) {
                if (!moments.binary()) {
                    throw new SparkEngineException("ztest compares conversion rates, so " + moments.outcome()
                            + " must hold only 0 and 1");
                }
                return TwoProportionZTest.compare(Math.round(moments.total(control)), moments.count(control),
                        Math.round(moments.total(treated)), moments.count(treated), 0.05);
            }
            ArmSummary c = moments.summary(control, "control");
            ArmSummary t = moments.summary(treated, "treatment");
            return switch (method) {
                case "difference" -> DifferenceInMeans.compare(c, t, 0.05);
                case "bayes" -> BayesianNormal.compare(c, t, NormalPrior.FLAT, 0.05);
                case "welch" -> TwoSampleTTest.welch(c, t, 0.05);
                default -> TwoSampleTTest.student(c, t, 0.05);
            };
        } catch (ExperimentException e) {
            throw new SparkEngineException(method + ": " + e.getMessage(), e);
        }
    }
}

package causal.runtime.nodes;

import causal.analysis.DesignInfo;
import causal.analysis.EngineSources;
import causal.analysis.EstimatePlan;
import causal.data.ColumnType;
import causal.data.Schema;
import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;
import causal.engine.DistributedEngine;
import causal.engine.EngineDeclinedException;
import causal.engine.EngineEstimate;
import causal.estimate.Design;
import causal.estimate.DifferenceInDifferencesEstimator;
import causal.estimate.EffectQuery;
import causal.estimate.Estimator;
import causal.estimate.ExperimentComparison;
import causal.estimate.InverseProbabilityWeighting;
import causal.estimate.RegressionAdjustment;
import causal.estimate.StandardErrors;
import causal.output.Result;
import causal.runtime.EngineData;
import causal.stream.QuerySource;
import causal.stream.StreamOptions;
import causal.stream.StreamedEstimate;
import causal.stream.StreamingExperiment;
import causal.stream.StreamingInverseProbabilityWeighting;
import causal.stream.StreamingRegression;
import causal.stream.StreamingTwoWayFixedEffects;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Estimates on data of the embedded engine that need only sufficient statistics stream the query in batches
 * (causal.stream) instead of reading it, so data larger than memory works, with the numbers the in-memory
 * estimators give:
 * <ul>
 * <li>{@code ols} and {@code ipw} on an observational plan: treatment and outcome numeric or boolean, covariates
 * also text (their dummies computed in the query); {@code ols} also with numeric effect modifiers (the interactions
 * computed in the query);
 * <li>an experiment's {@code difference}, {@code welch}, {@code ttest}, {@code ztest}, {@code bayes} and
 * {@code cuped} (per-arm moments; the arm may be text); a cluster-randomized design's first four (per-cluster
 * moments); a ratio metric's {@code difference};
 * <li>{@code twfe} on a did design with its default errors (clustered by the unit), {@code hc1} or
 * {@code classical}, when the panel turns out balanced with one treatment date (else the table is read after all)
 * and post is a column or a condition the engine computes exactly.
 * </ul>
 * Anything else — a bootstrap, a text effect modifier, a categorical treatment, the sequential test, another
 * design — reads the table as usual.
 */
final class StreamedEstimates {
    private StreamedEstimates() {
    }

    /**
     * The columns every plan uses: treatment, outcome, adjustment set, controls and the columns its options and
     * design read (a new set: callers add to it).
     */
    static Set<String> columns(EstimatePlan plan) {
        Set<String> used = new LinkedHashSet<>();
        used.add(plan.treatment());
        used.add(plan.outcome());
        used.addAll(plan.adjustment());
        used.addAll(plan.controls());
        used.addAll(plan.extraColumns());
        return used;
    }

    /**
     * The streamed estimate of {@code plan}, whose design is {@code design} (as {@link EstimateNode#design} gives
     * it), or empty when the plan needs the whole table; {@code rows} reads the complete rows if a later statement
     * (a plot, a refuter) needs them.
     */
    static Optional<Result.EstimateResult> of(EstimatePlan plan, Design design, EngineData data, int line,
                                              Supplier<Table> rows) {
        boolean modifiers = !plan.statement().estimand().by().isEmpty();
        if (data.query().isEmpty() || (modifiers && design != Design.observational())
                || !plan.instruments().isEmpty()) {
            return Optional.empty();
        }
        List<String> adjustment = new ArrayList<>(plan.adjustment());
        adjustment.removeAll(plan.controls());
        EffectQuery query = new EffectQuery(plan.estimand(), plan.treatment(), plan.outcome(), adjustment,
                plan.controls(), design, EstimateNode.modifiers(plan));
        SqlQuery sql = data.query().get();
        Optional<StreamedEstimate> streamed;
        if (design == Design.observational()) {
            streamed = observational(plan, query, sql);
        } else if (design instanceof Design.Experiment experiment) {
            streamed = experiment(plan, experiment, query, sql);
        } else if (design instanceof Design.DifferenceInDifferences did) {
            streamed = twoWayFixedEffects(plan, did, query, sql);
        } else {
            streamed = Optional.empty();
        }
        return streamed.map(s -> new Result.EstimateResult(line, plan, s.estimate(),
                (int) Math.min(Integer.MAX_VALUE, s.droppedRows()), once(rows), query));
    }

    /**
     * {@code ols} and {@code ipw} on a numeric or boolean treatment and outcome; covariates numeric, boolean or text
     * (each text covariate as its 0/1 dummies, computed in the query: {@link DummyCovariates}).
     */
    private static Optional<StreamedEstimate> observational(EstimatePlan plan, EffectQuery query, SqlQuery sql) {
        Estimator estimator = plan.estimator().create(plan.options());
        if (!(estimator instanceof RegressionAdjustment) && !(estimator instanceof InverseProbabilityWeighting)
                || !query.modifiers().isEmpty() && !(estimator instanceof RegressionAdjustment)) {
            return Optional.empty();
        }
        Set<String> used = columns(plan);
        used.addAll(query.modifiers());
        Optional<SqlQuery> withInteractions = ModifierInteractions.of(sql, query, used);
        if (withInteractions.isEmpty()) {
            return Optional.empty();
        }
        Optional<DummyCovariates> dummies = DummyCovariates.of(withInteractions.get(), query, used);
        if (dummies.isEmpty()) {
            return Optional.empty();
        }
        QuerySource source = QuerySource.of(DuckDbEngine.shared(), dummies.get().sql());
        EffectQuery expanded = dummies.get().query();
        used.removeAll(query.covariates());
        used.addAll(expanded.covariates());
        if (!numeric(source.schema(), used)) {
            return Optional.empty();
        }
        return Optional.of(estimator instanceof RegressionAdjustment ols
                ? StreamingRegression.estimate(source, expanded, ols.options().se(), StreamOptions.DEFAULTS)
                : StreamingInverseProbabilityWeighting.estimate(source, expanded,
                        ((InverseProbabilityWeighting) estimator).options(), StreamOptions.DEFAULTS));
    }

    /**
     * The experiment comparisons that are functions of per-arm moments, on a design that randomizes rows and a
     * numeric or true/false outcome (and covariate); the arm and the controls may be of any type.
     */
    private static Optional<StreamedEstimate> experiment(EstimatePlan plan, Design.Experiment design,
                                                         EffectQuery query, SqlQuery sql) {
        Optional<StreamingExperiment.Comparison> comparison =
                StreamingExperiment.Comparison.of(plan.estimator().keyword());
        if (comparison.isEmpty() || !(plan.estimator().create(plan.options()) instanceof ExperimentComparison estimator)) {
            return Optional.empty();
        }
        if (design.per().isPresent()) {
            QuerySource source = QuerySource.of(DuckDbEngine.shared(), sql);
            Set<String> used = columns(plan);
            used.add(design.per().get());
            if (!numeric(source.schema(), List.of(plan.outcome(), design.per().get()))
                    || !typed(source.schema(), used)) {
                return Optional.empty();
            }
            return StreamingExperiment.ratio(source, query, comparison.get(), StreamOptions.DEFAULTS);
        }
        if (design.cluster().isPresent()) {
            QuerySource source = QuerySource.of(DuckDbEngine.shared(), sql);
            Set<String> used = columns(plan);
            used.add(design.cluster().get());
            if (!numeric(source.schema(), List.of(plan.outcome())) || !typed(source.schema(), used)) {
                return Optional.empty();
            }
            return StreamingExperiment.clustered(source, query, comparison.get(), StreamOptions.DEFAULTS);
        }
        StreamingExperiment.Options options = StreamingExperiment.Options.DEFAULTS.withPrior(estimator.prior());
        if (estimator.covariate().isPresent()) {
            options = options.withCovariate(estimator.covariate().get());
        }
        QuerySource source = QuerySource.of(DuckDbEngine.shared(), sql);
        List<String> numbers = new ArrayList<>(List.of(plan.outcome()));
        estimator.covariate().ifPresent(numbers::add);
        if (!numeric(source.schema(), numbers) || !typed(source.schema(), columns(plan))) {
            return Optional.empty();
        }
        return Optional.of(StreamingExperiment.estimate(source, query, comparison.get(), options,
                StreamOptions.DEFAULTS));
    }

    /**
     * {@code twfe} with errors clustered by the unit (its default), hc1 or classical; a post condition is computed
     * by the engine when it can compute it exactly. Empty, after the first pass or two, when the panel is not
     * balanced with one treatment date.
     */
    private static Optional<StreamedEstimate> twoWayFixedEffects(EstimatePlan plan, Design.DifferenceInDifferences did,
                                                                 EffectQuery query, SqlQuery sql) {
        Optional<StandardErrors> se = twfeErrors(plan, did.unit());
        if (!plan.estimator().keyword().equals(StreamingTwoWayFixedEffects.NAME) || se.isEmpty()
                || !(plan.design().orElseThrow() instanceof DesignInfo.DifferenceInDifferences info)) {
            return Optional.empty();
        }
        SqlQuery withPost = sql;
        if (did.post().equals(EstimateNode.POST_COLUMN)) {
            Optional<String> condition = EngineSources.predicate(info.post(), DuckDbEngine.shared().describe(sql));
            if (condition.isEmpty()) {
                return Optional.empty();
            }
            withPost = sql.withColumn(EstimateNode.POST_COLUMN, condition.get(), false);
        }
        QuerySource source = QuerySource.of(DuckDbEngine.shared(), withPost);
        Set<String> used = columns(plan);
        used.add(did.post());
        if (!numeric(source.schema(), List.of(plan.treatment(), did.post(), plan.outcome()))
                || !typed(source.schema(), used)) {
            return Optional.empty();
        }
        return StreamingTwoWayFixedEffects.estimate(source, query, se.get(), new ArrayList<>(used),
                StreamOptions.DEFAULTS);
    }

    /** The errors of {@code twfe(se = …)} a stream computes: clustered by the unit (the default), hc1, classical. */
    private static Optional<StandardErrors> twfeErrors(EstimatePlan plan, String unit) {
        if (!(plan.estimator().create(plan.options()) instanceof DifferenceInDifferencesEstimator twfe)) {
            return Optional.empty();
        }
        StandardErrors se = twfe.standardErrors(unit);
        boolean streamed = switch (se.kind()) {
            case HC1, CLASSICAL -> true;
            case CLUSTER -> se.clusterColumn().equals(Optional.of(unit));
            default -> false;
        };
        return streamed ? Optional.of(se) : Optional.empty();
    }

    /**
     * The estimate on the distributed engine, or empty when the engine does not run this estimator with these
     * options or declines the case once it has looked at the data, or the data is not a file it reads.
     */
    static Optional<Result.EstimateResult> onEngine(EstimatePlan plan, EngineData data, DistributedEngine engine,
            EffectQuery query, int line, Supplier<Table> rows) {
        if (data.file().isEmpty() || !engine.supports(plan.estimator().keyword(), plan.options())) {
            return Optional.empty();
        }
        EngineEstimate estimate;
        try {
            estimate = engine.estimate(plan.estimator().keyword(), plan.options(), data.file().get(), data.steps(),
                    query);
        } catch (EngineDeclinedException e) {
            return Optional.empty();  // a case the engine does not run (an unbalanced panel, …): as without it
        }
        return Optional.of(new Result.EstimateResult(line, plan, estimate.estimate(),
                (int) Math.min(Integer.MAX_VALUE, estimate.dropped()), once(rows), query));
    }

    /** {@code value}, computed on first use and kept. */
    static <T> Supplier<T> once(Supplier<T> value) {
        return new Supplier<>() {
            private T kept;

            @Override
            public synchronized T get() {
                if (kept == null) {
                    kept = value.get();
                }
                return kept;
            }
        };
    }

    /** Whether every one of {@code used} is a numeric or boolean column. */
    private static boolean numeric(Schema schema, Iterable<String> used) {
        for (String c : used) {
            Optional<ColumnType> type = schema.field(c).flatMap(Schema.Field::type);
            if (type.isEmpty() || type.get() == ColumnType.CATEGORICAL) {
                return false;
            }
        }
        return true;
    }

    /** Whether every one of {@code used} is a column of known type (any of them). */
    private static boolean typed(Schema schema, Iterable<String> used) {
        for (String c : used) {
            if (schema.field(c).flatMap(Schema.Field::type).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}

package causal.runtime.nodes;

import causal.analysis.DesignInfo;
import causal.analysis.EngineSources;
import causal.analysis.EstimatePlan;
import causal.data.Column;
import causal.data.ColumnType;
import causal.data.NumericColumn;
import causal.data.Table;
import causal.engine.DataStep;
import causal.estimate.CategoricalTreatment;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.output.Result;
import causal.random.RandomSource;
import causal.runtime.CausalContext;
import causal.runtime.CausalLanguage;
import causal.runtime.CausalException;
import causal.runtime.EngineData;
import causal.runtime.RunSession;
import causal.runtime.expr.ColumnExpressions;
import causal.syntax.Expr;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An estimate the checker planned: takes the rows complete on every column it uses (reporting how many were
 * dropped), runs the estimator, and reports the result with its identification.
 */
final class EstimateNode extends StatementNode {
    /** The name under which a did design's post condition (e.g. period >= 2) is computed as a column. */
    static final String POST_COLUMN = "(post)";

    private final EstimatePlan plan;

    EstimateNode(EstimatePlan plan) {
        super(plan.statement().span());
        this.plan = plan;
    }

    @Override
    protected void run(RunSession session) {
        if (!plan.jointTreatments().isEmpty()) {
            List<Result.EstimateResult> results = new ArrayList<>();
            for (String t : plan.jointTreatments()) {
                results.addAll(estimate(plan.forTreatment(t), session));
            }
            if (plan.name() != null) {
                session.bind(plan.name(), results.get(0));
            }
            results.forEach(session.sink()::accept);
            return;
        }
        if (plan.outcomes().size() <= 1) {
            List<Result.EstimateResult> results = estimate(plan, session);
            if (plan.name() != null) {
                session.bind(plan.name(), results.get(0));
            }
            results.forEach(session.sink()::accept);
            return;
        }
        List<Result.EstimateResult> results = new ArrayList<>();
        for (String outcome : plan.outcomes()) {
            results.addAll(estimate(plan.forOutcome(outcome), session));
        }
        plan.correction().ifPresentOrElse(method -> MultipleOutcomes.adjust(results, method).forEach(
                session.sink()::accept), () -> results.forEach(session.sink()::accept));
    }

    /**
     * One outcome's estimate: streamed from data not read yet when it needs only sufficient statistics, else the
     * rows complete in every column it uses, then the estimator; for a treatment with several levels, one estimate
     * per level against the reference.
     */
    private List<Result.EstimateResult> estimate(EstimatePlan plan, RunSession session) {
        Optional<EngineData> unread = session.unread(plan.dataset());
        Optional<Design> engineDesign = unread.isPresent() && session.engine().isPresent() ? engineDesign(plan)
                : Optional.empty();
        Optional<EngineData> onEngine = unread;
        if (unread.isPresent() && session.engine().isPresent() && engineDesign.isEmpty()
                && session.engine().get().supports(plan.estimator().keyword(), plan.options())
                && plan.design().orElse(null) instanceof DesignInfo.DifferenceInDifferences d) {
            // A post condition (post = period >= 2) the engine computes exactly is a column it computes first.
            Optional<DataStep.Computed> post = postStep(d, unread.get());
            if (post.isPresent()) {
                onEngine = Optional.of(unread.get().then(post.get(), new causal.data.Schema.Field(POST_COLUMN,
                        ColumnType.BOOLEAN)));
                engineDesign = Optional.of(new Design.DifferenceInDifferences(d.unit(), d.time(), POST_COLUMN));
            }
        }
        if (engineDesign.isPresent()) {
            List<String> adjustment = new ArrayList<>(plan.adjustment());
            adjustment.removeAll(plan.controls());
            EffectQuery query = new EffectQuery(plan.estimand(), plan.treatment(), plan.outcome(), adjustment,
                    plan.controls(), engineDesign.get(), modifiers(plan));
            Optional<Result.EstimateResult> distributed = StreamedEstimates.onEngine(plan, onEngine.get(),
                    session.engine().get(), query, span().line(), () -> prepare(plan, session).rows());
            if (distributed.isPresent()) {
                return List.of(distributed.get());
            }
        }
        if (unread.isPresent()) {
            Optional<Result.EstimateResult> streamed = StreamedEstimates.of(plan, design(plan), unread.get(),
                    span().line(), () -> prepare(plan, session).rows());
            if (streamed.isPresent()) {
                return List.of(streamed.get());
            }
        }
        Prepared prepared = prepare(plan, session);
        Table rows = prepared.rows();
        EffectQuery query = prepared.query();
        if (prepared.levels()) {
            if (!plan.options().isEmpty()) {
                throw CausalException.at(span(), plan.treatment() + " has several levels, for which "
                        + plan.estimator().keyword() + " takes no options yet");
            }
            List<Result.EstimateResult> results = new ArrayList<>();
            for (Estimate e : CategoricalTreatment.estimate(plan.estimator().keyword(), rows, query)) {
                results.add(new Result.EstimateResult(span().line(), plan, e, prepared.dropped(), () -> rows, query));
            }
            return results;
        }
        Estimate estimate = plan.estimator().create(plan.options()).estimate(rows, query);
        return List.of(new Result.EstimateResult(span().line(), plan, estimate, prepared.dropped(), () -> rows,
                query));
    }

    /**
     * The rows an in-memory estimate reads (complete in every column it uses), how many were dropped, the query
     * over them, and whether the treatment is a categorical one estimated level by level.
     */
    private record Prepared(Table rows, int dropped, EffectQuery query, boolean levels) {
    }

    /**
     * Reads the data (once; later statements share the table), computes a did design's post condition as the column
     * {@link #POST_COLUMN}, and keeps the complete rows after checking the treatment and every value.
     */
    private Prepared prepare(EstimatePlan plan, RunSession session) {
        Table data = (Table) session.value(plan.dataset()).orElseThrow(() -> CausalException.at(span(),
                "dataset " + plan.dataset() + " has no value"));
        Design design = design(plan);
        if (plan.design().orElse(null) instanceof DesignInfo.DifferenceInDifferences d
                && !(d.post() instanceof Expr.Ref)) {
            RandomSource rng = new RandomSource(session.options().seed()).stream(d.post().span().offset());
            data = data.with(ColumnExpressions.evaluate(d.post(), data, POST_COLUMN, rng,
                    CausalContext.get(this).expressionHost(CausalLanguage.get(this))));
        }
        Set<String> used = StreamedEstimates.columns(plan);
        used.addAll(plan.instruments());
        used.addAll(modifiers(plan));
        if (design instanceof Design.DifferenceInDifferences d) {
            used.add(d.post());
        }
        List<String> columns = new ArrayList<>(used);
        Table projected = data.project(columns);
        BitSet complete = projected.completeRows(columns);
        int dropped = projected.rowCount() - complete.cardinality();
        boolean levels = projected.column(plan.treatment()).type() == ColumnType.CATEGORICAL
                && plan.design().isEmpty() && CategoricalTreatment.ESTIMATORS.contains(plan.estimator().keyword());
        if (plan.estimator().needsBinaryTreatment() && !levels) {
            requireBinary(projected.column(plan.treatment()), complete, session);
        }
        Table rows = dropped == 0 ? projected : projected.filter(complete);
        if (projected.rowCount() == 0) {
            throw CausalException.at(span(), "dataset " + plan.dataset() + " has no rows");
        }
        if (rows.rowCount() == 0) {
            throw CausalException.at(span(), "no rows left: every row of " + plan.dataset()
                    + " has a missing value in " + String.join(", ", columns));
        }
        for (String column : columns) {
            requireFinite(projected.column(column), complete, session);
        }
        List<String> adjustment = new ArrayList<>(plan.adjustment());
        adjustment.removeAll(plan.controls());
        EffectQuery query = new EffectQuery(plan.estimand(), plan.treatment(), plan.outcome(), adjustment,
                plan.controls(), design, modifiers(plan));
        return new Prepared(rows, dropped, query, levels);
    }

    /**
     * The design of the plan as the estimators take it, from the plan alone (no data is read): a did design's post
     * condition other than a column is named {@link #POST_COLUMN}, the column {@link #prepare} computes.
     */
    static Design design(EstimatePlan plan) {
        if (plan.design().isEmpty()) {
            return plan.strategy().equals("frontdoor") ? new Design.Frontdoor(plan.adjustment())
                    : plan.strategy().equals("iv") ? new Design.Instruments(plan.instruments())
                    : Design.observational();
        }
        DesignInfo info = plan.design().get();
        if (info instanceof DesignInfo.Experiment e) {
            return new Design.Experiment(e.control().orElseThrow(), e.plannedControlShare(), e.cluster(),
                    e.ratioMetric().map(DesignInfo.RatioMetric::per));
        }
        if (info instanceof DesignInfo.DifferenceInDifferences d) {
            return new Design.DifferenceInDifferences(d.unit(), d.time(),
                    d.post() instanceof Expr.Ref r ? r.name().text() : POST_COLUMN);
        }
        if (info instanceof DesignInfo.Panel p) {
            return new Design.Panel(p.unit(), p.time());
        }
        if (info instanceof DesignInfo.RegressionDiscontinuity rd) {
            return new Design.RegressionDiscontinuity(rd.running(), rd.cutoff(), rd.fuzzy(), rd.balance());
        }
        DesignInfo.InterruptedTimeSeries its = (DesignInfo.InterruptedTimeSeries) info;
        return new Design.InterruptedTimeSeries(its.time(), its.interventionTime(), its.interventionColumn());
    }

    /**
     * The design of a plan a distributed engine may run without reading the data here: observational,
     * experiments, difference in differences with a post column, panels; empty for the others.
     */
    private static Optional<Design> engineDesign(EstimatePlan plan) {
        if (plan.design().isEmpty()) {
            return plan.strategy().equals("backdoor") || plan.strategy().equals("none")
                    ? Optional.of(Design.observational()) : Optional.empty();
        }
        DesignInfo info = plan.design().get();
        if (info instanceof DesignInfo.Experiment e) {
            return Optional.of(new Design.Experiment(e.control().orElseThrow(), e.plannedControlShare(), e.cluster(),
                    e.ratioMetric().map(DesignInfo.RatioMetric::per)));
        }
        if (info instanceof DesignInfo.DifferenceInDifferences d && d.post() instanceof Expr.Ref r) {
            return Optional.of(new Design.DifferenceInDifferences(d.unit(), d.time(), r.name().text()));
        }
        if (info instanceof DesignInfo.Panel p) {
            return Optional.of(new Design.Panel(p.unit(), p.time()));
        }
        return Optional.empty();
    }

    /**
     * The did design's post condition as a column the distributed engine computes ({@link #POST_COLUMN}), when the
     * data is a file it reads and the condition means there what it means in Causal (over the columns as the engine
     * types them); else empty.
     */
    private static Optional<DataStep.Computed> postStep(DesignInfo.DifferenceInDifferences d, EngineData data) {
        if (d.post() instanceof Expr.Ref || data.file().isEmpty()) {
            return Optional.empty();
        }
        return EngineSources.predicate(d.post(), data.engineColumns().get(), EngineSources.Dialect.SPARK)
                .map(condition -> new DataStep.Computed(POST_COLUMN, condition));
    }

    /** The effect modifiers of {@code CATE by …}. */
    static List<String> modifiers(EstimatePlan plan) {
        return plan.statement().estimand().by().stream().map(causal.syntax.Name::text).toList();
    }

    /** Infinities (from log(0) or a division by zero, say) would poison every fit: refuse them with their row. */
    private void requireFinite(Column column, BitSet rows, RunSession session) {
        if (!(column instanceof NumericColumn numeric)) {
            return;
        }
        // Infinities are rare: find them in the array, then ask whether their row is kept.
        for (int i = numeric.nextInfinite(0); i >= 0; i = numeric.nextInfinite(i + 1)) {
            double v = numeric.numeric(i);
            if (rows.get(i)) {
                throw CausalException.at(span(), DataPlaces.row(session, plan.dataset(), i, column.name()) + ": "
                        + column.name() + " is " + (v > 0 ? "+" : "-") + "infinite; estimators need finite numbers "
                        + "(log of 0 and division by 0 give infinities)");
            }
        }
    }

    /**
     * Checked here rather than left to the estimator so the row named is the row of the user's data, not of the
     * rows left after dropping missing values.
     */
    private void requireBinary(Column treatment, BitSet rows, RunSession session) {
        if (treatment.type() == ColumnType.BOOLEAN) {
            return;
        }
        if (treatment.type() == ColumnType.CATEGORICAL) {
            throw CausalException.at(span(), plan.estimator().keyword() + " needs a binary (0/1 or true/false) "
                    + "treatment, and " + plan.treatment() + " is categorical; for one effect per level use "
                    + String.join(", ", CategoricalTreatment.ESTIMATORS.stream().sorted().toList())
                    + " with the ATE");
        }
        for (int i = rows.nextSetBit(0); i >= 0; i = rows.nextSetBit(i + 1)) {
            double v = treatment.numeric(i);
            if (v != 0.0 && v != 1.0) {
                String where = DataPlaces.row(session, plan.dataset(), i, plan.treatment());
                throw CausalException.at(span(), where + ": " + plan.estimator().keyword() + " needs a binary (0/1 "
                        + "or true/false) treatment, but " + plan.treatment() + " is " + treatment.text(i));
            }
        }
    }
}

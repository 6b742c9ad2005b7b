package causal.runtime.nodes;

import causal.analysis.EstimatePlan;
import causal.data.ColumnType;
import causal.data.Schema;
import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.engine.DistributedEngine;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.Estimator;
import causal.estimate.InverseProbabilityWeighting;
import causal.estimate.RegressionAdjustment;
import causal.output.Result;
import causal.runtime.EngineData;
import causal.stream.QuerySource;
import causal.stream.StreamOptions;
import causal.stream.StreamedEstimate;
import causal.stream.StreamingInverseProbabilityWeighting;
import causal.stream.StreamingRegression;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Estimates on data of the embedded engine that need only sufficient statistics: {@code ols} and {@code ipw} on an
 * observational plan stream the query in batches (causal.stream) instead of reading it, so data larger than memory
 * works, with the numbers the in-memory estimators give. Anything else — a bootstrap, effect modifiers, a
 * categorical covariate or treatment, a design — reads the table as usual.
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
     * The streamed estimate, or empty when the plan needs the whole table; {@code rows} reads the complete rows
     * if a later statement (a plot, a refuter) needs them.
     */
    static Optional<Result.EstimateResult> of(EstimatePlan plan, EngineData data, int line, Supplier<Table> rows) {
        String strategy = plan.strategy();
        if (!(strategy.equals("backdoor") || strategy.equals("none") || strategy.equals("adjustment"))
                || !plan.statement().estimand().by().isEmpty() || !plan.instruments().isEmpty()) {
            return Optional.empty();
        }
        if (plan.design().isPresent()) {
            return Optional.empty();
        }
        Estimator estimator = plan.estimator().create(plan.options());
        if (!(estimator instanceof RegressionAdjustment) && !(estimator instanceof InverseProbabilityWeighting)) {
            return Optional.empty();
        }
        if (data.query().isEmpty()) {
            return Optional.empty();
        }
        QuerySource source = QuerySource.of(DuckDbEngine.shared(), data.query().get());
        if (!numeric(source.schema(), columns(plan))) {
            return Optional.empty();
        }
        List<String> adjustment = new ArrayList<>(plan.adjustment());
        adjustment.removeAll(plan.controls());
        EffectQuery query = new EffectQuery(plan.estimand(), plan.treatment(), plan.outcome(), adjustment,
                plan.controls());
        StreamedEstimate streamed = estimator instanceof RegressionAdjustment ols
                ? StreamingRegression.estimate(source, query, ols.options().se(), StreamOptions.DEFAULTS)
                : StreamingInverseProbabilityWeighting.estimate(source, query,
                        ((InverseProbabilityWeighting) estimator).options(), StreamOptions.DEFAULTS);
        return Optional.of(new Result.EstimateResult(line, plan, streamed.estimate(),
                (int) Math.min(Integer.MAX_VALUE, streamed.droppedRows()), once(rows), query));
    }

    /**
     * The estimate on the distributed engine, or empty when the engine does not run this estimator with these
     * options, or the data is not a file it reads.
     */
    static Optional<Result.EstimateResult> onEngine(EstimatePlan plan, EngineData data, DistributedEngine engine,
            EffectQuery query, int line, Supplier<Table> rows) {
        if (data.file().isEmpty() || !engine.supports(plan.estimator().keyword(), plan.options())
                || !plan.statement().estimand().by().isEmpty()) {
            return Optional.empty();
        }
        Estimate estimate = engine.estimate(plan.estimator().keyword(), plan.options(), data.file().get(), query);
        return Optional.of(new Result.EstimateResult(line, plan, estimate, 0, once(rows), query));
    }

    /** {@code rows}, computed on first use and kept. */
    private static Supplier<Table> once(Supplier<Table> rows) {
        return new Supplier<>() {
            private Table table;

            @Override
            public synchronized Table get() {
                if (table == null) {
                    table = rows.get();
                }
                return table;
            }
        };
    }

    /** Whether every used column is numeric or boolean (a cluster column of ols may be anything). */
    private static boolean numeric(Schema schema, Set<String> used) {
        for (String c : used) {
            Optional<ColumnType> type = schema.field(c).flatMap(Schema.Field::type);
            if (type.isEmpty() || type.get() == ColumnType.CATEGORICAL) {
                return false;
            }
        }
        return true;
    }
}

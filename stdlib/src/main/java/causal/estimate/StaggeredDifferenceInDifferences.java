package causal.estimate;

import causal.data.Column;
import causal.data.ColumnType;
import causal.data.DataLocation;
import causal.data.Table;
import causal.options.OptionSpec;
import causal.options.OptionValue;
import causal.panel.AggregateEffects;
import causal.panel.Aggregation;
import causal.panel.BaconDecomposition;
import causal.panel.CallawaySantAnna;
import causal.panel.GroupTimeEffects;
import causal.panel.PanelException;
import causal.panel.StaggeredPanel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Difference in differences under staggered adoption, on a did design whose treated × post switches on once per
 * unit and stays on: {@code callaway_santanna} (Callaway and Sant'Anna 2021, as R's {@code did::att_gt} and
 * {@code aggte} without covariates) and the Goodman-Bacon (2021) decomposition of the {@code twfe} coefficient that
 * {@code decompose e} prints.
 */
public final class StaggeredDifferenceInDifferences implements Estimator {
    public static final EstimatorSpec CALLAWAY_SANTANNA = new EstimatorSpec("callaway_santanna",
            "Callaway and Sant'Anna group-time effects",
            "ATT(g,t) of each adoption cohort g in each period t against never- or not-yet-treated units, averaged "
                    + "(did::att_gt and aggte); robust to effects that differ across cohorts and over time",
            Set.of(Estimand.ATT), false,
            List.of(new OptionSpec("control", "word", "never",
                            "the comparison units: never (never treated) or notyet (also those not yet treated)"),
                    new OptionSpec("aggregate", "word", "group",
                            "how the ATT(g,t) are averaged: simple, dynamic (by event time), group (by cohort) or "
                                    + "calendar (by period), as did::aggte's type"),
                    new OptionSpec("base_period", "word", "varying",
                            "varying (pre-treatment cells against the period before) or universal (every cell "
                                    + "against the period before the cohort starts)"),
                    new OptionSpec("anticipation", "integer", "0",
                            "periods before its start in which a cohort may already react")),
            StaggeredDifferenceInDifferences::create, Design.Kind.DIFFERENCE_IN_DIFFERENCES);

    private final CallawaySantAnna.Options options;
    private final Aggregation aggregation;

    private StaggeredDifferenceInDifferences(CallawaySantAnna.Options options, Aggregation aggregation) {
        this.options = options;
        this.aggregation = aggregation;
    }

    private static StaggeredDifferenceInDifferences create(Map<String, OptionValue> values) {
        OptionReader reader = new OptionReader("callaway_santanna", values);
        String control = reader.word("control", "never", Set.of("never", "notyet"));
        String aggregate = reader.word("aggregate", "group", Set.of("simple", "dynamic", "group", "calendar"));
        String base = reader.word("base_period", "varying", Set.of("varying", "universal"));
        int anticipation = reader.integer("anticipation", 0);
        if (anticipation < 0) {
            throw reader.wrong("anticipation", values.get("anticipation"), "a whole number of periods, 0 or more");
        }
        CallawaySantAnna.Options options = CallawaySantAnna.Options.DEFAULTS
                .withControl(control.equals("never") ? CallawaySantAnna.ControlGroup.NEVER_TREATED
                        : CallawaySantAnna.ControlGroup.NOT_YET_TREATED)
                .withBasePeriod(base.equals("varying") ? CallawaySantAnna.BasePeriod.VARYING
                        : CallawaySantAnna.BasePeriod.UNIVERSAL)
                .withAnticipation(anticipation);
        return new StaggeredDifferenceInDifferences(options, Aggregation.of(aggregate));
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        StaggeredPanel panel = panel(data, query, "callaway_santanna");
        AggregateEffects aggregate;
        GroupTimeEffects effects;
        try {
            effects = CallawaySantAnna.estimate(panel, options);
            aggregate = effects.aggregate(aggregation);
        } catch (PanelException e) {
            throw new EstimationException("callaway_santanna: " + e.getMessage(),
                    DataLocation.column(data.source(), query.treatment()));
        }
        AggregateEffects.Effect overall = aggregate.overall();
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("units", (double) effects.units());
        statistics.put("group_time_effects", (double) effects.effects().size());
        String part = switch (aggregation) {
            case DYNAMIC -> "event_";
            case GROUP -> "cohort_";
            case CALENDAR -> "period_";
            case SIMPLE -> null;
        };
        if (part != null) {
            for (AggregateEffects.Effect e : aggregate.parts()) {
                statistics.put(part + e.key(), e.estimate());
                statistics.put(part + e.key() + "_se", e.stdError());
            }
        }
        List<String> notes = new ArrayList<>(effects.notes());
        notes.add("the " + aggregation.keyword() + " average of " + effects.effects().size() + " group-time effects "
                + "against " + (options.control() == CallawaySantAnna.ControlGroup.NEVER_TREATED ? "never-treated"
                : "not-yet-treated") + " units; influence-function standard errors clustered by unit");
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "callaway_santanna",
                overall.estimate(), overall.stdError(), overall.low(), overall.high(), overall.pValue(),
                data.rowCount(), statistics, Optional.empty(), notes);
    }

    /**
     * The Goodman-Bacon decomposition of the two-way fixed-effects estimate of {@code query} on {@code data}.
     *
     * @throws EstimationException when the panel is unbalanced or the treatment switches off
     */
    public static BaconDecomposition decompose(Table data, EffectQuery query) {
        StaggeredPanel panel = panel(data, query, "decompose");
        try {
            return BaconDecomposition.of(panel);
        } catch (PanelException e) {
            throw new EstimationException("decompose: " + e.getMessage(),
                    DataLocation.column(data.source(), query.treatment()));
        }
    }

    /** The did design's rows as a balanced panel with treated × post as the treatment. */
    private static StaggeredPanel panel(Table data, EffectQuery query, String keyword) {
        if (!(query.design() instanceof Design.DifferenceInDifferences design)) {
            throw new EstimationException(keyword + " estimates from a difference-in-differences design");
        }
        EffectData effect = new EffectData(data, query, keyword);
        double[] y = effect.outcome();
        double[] treated = effect.binaryTreatment();
        double[] post = DifferenceInDifferencesEstimator.flags(data, design.post(), "post");
        int[] d = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            d[i] = (int) (treated[i] * post[i]);
        }
        Column time = data.column(design.time());
        if (time.type() != ColumnType.NUMERIC) {
            throw new EstimationException(keyword + " needs whole-number periods in " + design.time()
                    + " (years, or months counted from a start)", DataLocation.column(data.source(), design.time()));
        }
        double[] periods = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            periods[i] = time.numeric(i);
        }
        int[] unit = ClusterIds.of(data, design.unit()).ids();
        try {
            return StaggeredPanel.ofTreatment(new StaggeredPanel.ColumnNames(design.unit(), design.time(),
                    query.outcome(), query.treatment() + " x " + design.post()), unit, periods, y, d);
        } catch (PanelException e) {
            throw new EstimationException(keyword + ": " + e.getMessage(),
                    DataLocation.column(data.source(), query.treatment()));
        }
    }
}

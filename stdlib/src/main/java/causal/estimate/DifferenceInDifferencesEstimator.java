package causal.estimate;

import causal.data.Column;
import causal.data.DataLocation;
import causal.data.Table;
import causal.inference.WaldInterval;
import causal.options.OptionSpec;
import causal.panel.Coefficient;
import causal.panel.DidEstimate;
import causal.panel.DifferenceInDifferences;
import causal.panel.EventStudy;
import causal.panel.Factor;
import causal.panel.FixedEffectsFit;
import causal.panel.FixedEffectsRegression;
import causal.panel.Indicator;
import causal.panel.PanelException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * {@code twfe}: the difference-in-differences effect as the coefficient of treated × post in a regression with unit
 * and period fixed effects ({@link causal.panel.DifferenceInDifferences}); with common timing it equals the difference of the four
 * group means. Clustered by unit unless {@code se} says otherwise; the interval and p-value use t with G − 1 df
 * for clustered errors (as fixest) and n − K′ otherwise.
 */
public final class DifferenceInDifferencesEstimator implements Estimator {
    public static final EstimatorSpec TWFE = new EstimatorSpec("twfe", "Two-way fixed effects",
            "the coefficient of treated x post with unit and period fixed effects (fixest::feols(y ~ d | unit + "
                    + "time)); standard errors clustered by unit by default",
            Set.of(Estimand.ATT), false,
            List.of(new OptionSpec("se", "se", "cluster(unit)",
                    "standard errors: cluster(column) (CR1 with fixest's nested small-sample factor), hc1 or "
                            + "classical")),
            values -> new DifferenceInDifferencesEstimator(values.containsKey("se")
                    ? StandardErrors.parse(values.get("se"), new OptionReader("twfe", values)) : null),
            Design.Kind.DIFFERENCE_IN_DIFFERENCES);

    public static final EstimatorSpec EVENT_STUDY = new EstimatorSpec("event_study", "Event study",
            "one coefficient per event time (leads and lags, reference period -1) with unit and period fixed "
                    + "effects, clustered by unit; the estimate is the average of the lags (event times >= 0)",
            Set.of(Estimand.ATT), false, List.of(),
            values -> new EventStudyEstimator(), Design.Kind.DIFFERENCE_IN_DIFFERENCES);

    /** Null: cluster by the design's unit. */
    private final StandardErrors se;

    private DifferenceInDifferencesEstimator(StandardErrors se) {
        if (se != null && se.kind() != StandardErrors.Kind.CLUSTER && se.kind() != StandardErrors.Kind.HC1
                && se.kind() != StandardErrors.Kind.CLASSICAL) {
            throw new OptionException("se", "twfe takes se = cluster(column), hc1 or classical; not " + se.text());
        }
        this.se = se;
    }

    /** The standard errors asked for, on a design whose unit is {@code unit} (the default: clustered by it). */
    public StandardErrors standardErrors(String unit) {
        return se == null ? StandardErrors.clusteredBy(unit) : se;
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        Panel panel = Panel.of(data, query, "twfe");
        StandardErrors.Kind kind = se == null ? StandardErrors.Kind.CLUSTER : se.kind();
        String clusterColumn = se == null ? panel.design.unit() : se.clusterColumn().orElse(panel.design.unit());
        causal.panel.StandardErrors errors = switch (kind) {
            case CLASSICAL -> causal.panel.StandardErrors.classical();
            case HC1 -> causal.panel.StandardErrors.heteroskedastic();
            default -> causal.panel.StandardErrors.clustered(clusterColumn.equals(panel.design.unit()) ? panel.unit
                    : Factor.of(clusterColumn, Codes.of(data.column(clusterColumn)).codes));
        };
        DidEstimate did;
        try {
            did = panel.did.twoWayFixedEffects(query.outcome(), panel.y, errors,
                    FixedEffectsRegression.Options.DEFAULTS);
        } catch (PanelException e) {
            throw new EstimationException("twfe: " + e.getMessage(), DataLocation.column(data.source(),
                    query.treatment()));
        }
        Coefficient att = did.att();
        FixedEffectsFit fit = did.fit();
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("units", (double) panel.unit.levelsPresent());
        statistics.put("periods", (double) panel.time.levelsPresent());
        if (kind == StandardErrors.Kind.CLUSTER) {
            statistics.put("clusters", (double) fit.clusters());
        }
        did.twoByTwo().ifPresent(t -> statistics.put("two_by_two", t.estimate()));
        statistics.put("df_residual", (double) fit.tDegreesOfFreedom());
        List<String> notes = new ArrayList<>(did.notes());
        notes.add("standard errors " + fit.standardErrors());
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "twfe", att.estimate(),
                att.stdError(), att.low(), att.high(), att.pValue(), data.rowCount(), statistics, Optional.empty(),
                notes);
    }

    /**
     * Reshuffled treated flags change only D = treated × post: the slope comes from y demeaned once and each D
     * demeaned (Frisch–Waugh–Lovell), without the standard errors, which a permutation test does not use.
     */
    @Override
    public ToDoubleFunction<double[]> reassignedTreatment(Table data, EffectQuery query) {
        Panel panel = Panel.of(data, query, "twfe");
        ToDoubleFunction<double[]> slopes;
        try {
            slopes = panel.did.twoWayFixedEffectsSlopes(query.outcome(), panel.y,
                    FixedEffectsRegression.Options.DEFAULTS);
        } catch (PanelException e) {
            throw new EstimationException("twfe: " + e.getMessage(), DataLocation.column(data.source(),
                    query.treatment()));
        }
        return treated -> {
            try {
                return slopes.applyAsDouble(treated);
            } catch (PanelException e) {
                throw new EstimationException("twfe: " + e.getMessage(), DataLocation.column(data.source(),
                        query.treatment()));
            }
        };
    }

    /** The design's columns as the panel library takes them. */
    private record Panel(Design.DifferenceInDifferences design, Factor unit, Factor time, double[] y,
                         DifferenceInDifferences did) {
        static Panel of(Table data, EffectQuery query, String keyword) {
            if (!(query.design() instanceof Design.DifferenceInDifferences design)) {
                throw new EstimationException(keyword + " estimates from a difference-in-differences design");
            }
            EffectData effect = new EffectData(data, query, keyword);
            double[] y = effect.outcome();
            double[] treated = effect.binaryTreatment();
            double[] post = flags(data, design.post(), "post");
            Factor unit = Factor.of(design.unit(), Codes.of(data.column(design.unit())).codes);
            Factor time = Factor.of(design.time(), Codes.ordered(data.column(design.time())).codes);
            int[] t = new int[y.length];
            int[] p = new int[y.length];
            for (int i = 0; i < y.length; i++) {
                t[i] = (int) treated[i];
                p[i] = (int) post[i];
            }
            try {
                return new Panel(design, unit, time, y, DifferenceInDifferences.of(unit, time,
                        Indicator.of(query.treatment(), t), Indicator.of(design.post(), p)));
            } catch (PanelException e) {
                throw new EstimationException(keyword + ": " + e.getMessage(), DataLocation.column(data.source(),
                        query.treatment()));
            }
        }
    }

    /** {@code event_study}: {@link causal.panel.EventStudy} on the design's columns, the lags averaged. */
    private static final class EventStudyEstimator implements Estimator {
        @Override
        public Estimate estimate(Table data, EffectQuery query) {
            Panel panel = Panel.of(data, query, "event_study");
            EventStudy study;
            try {
                study = panel.did.eventStudy(query.outcome(), panel.y, EventStudy.Binning.NONE);
            } catch (PanelException e) {
                throw new EstimationException("event_study: " + e.getMessage(), DataLocation.column(data.source(),
                        query.treatment()));
            }
            FixedEffectsFit fit = study.fit();
            List<EventStudy.EventTime> lags = study.eventTimes().stream().filter(e -> e.eventTime() >= 0).toList();
            if (lags.isEmpty()) {
                throw new EstimationException("event_study: no treated unit has a post-treatment period");
            }
            // The average of the lags and its variance from the coefficients' covariance (names in fit order).
            double average = 0;
            double variance = 0;
            List<Integer> at = new ArrayList<>();
            for (EventStudy.EventTime e : lags) {
                at.add(study.eventTimes().indexOf(e));
                average += e.estimate() / lags.size();
            }
            for (int a : at) {
                for (int b : at) {
                    variance += fit.covariance().value(a, b) / ((double) lags.size() * lags.size());
                }
            }
            double se = Math.sqrt(variance);
            WaldInterval inference = WaldInterval.studentT(average, se, fit.tDegreesOfFreedom(),
                    Estimate.CONFIDENCE_LEVEL);
            Map<String, Double> statistics = new LinkedHashMap<>();
            for (EventStudy.EventTime e : study.eventTimes()) {
                statistics.put("event_" + e.eventTime(), e.estimate());
                statistics.put("event_" + e.eventTime() + "_se", e.stdError());
            }
            statistics.put("clusters", (double) fit.clusters());
            statistics.put("df_residual", (double) fit.tDegreesOfFreedom());
            List<String> notes = new ArrayList<>();
            notes.add("the estimate averages the lags (event times 0 and later); event time -1 is the reference");
            notes.addAll(study.notes());
            return new Estimate(query.estimand(), query.treatment(), query.outcome(), "event_study", average, se,
                    inference.low(), inference.high(), inference.pValue(), data.rowCount(), statistics,
                    Optional.empty(), notes);
        }
    }

    /** A 0/1 or true/false column as 0/1, refusing anything else with its row. */
    static double[] flags(Table data, String name, String role) {
        Column c = data.column(name);
        boolean text = c.type() == causal.data.ColumnType.CATEGORICAL;
        double[] out = new double[data.rowCount()];
        for (int i = 0; i < out.length; i++) {
            // Numbers and booleans are read as numbers; only a text column is compared with "true"/"false".
            double v = !text ? c.numeric(i) : c.text(i).equals("true") ? 1 : c.text(i).equals("false") ? 0 : Double.NaN;
            if (v != 0.0 && v != 1.0) {
                throw new EstimationException("the " + role + " flag must be 0/1 or true/false, but it is " + c.text(i)
                        + " in row " + (i + 1), DataLocation.cell(data.source(), i + 1, name));
            }
            out[i] = v;
        }
        return out;
    }

    /**
     * A column's distinct values numbered in their order (numerically for numbers, by text for categories): time
     * has an order, and for units any numbering serves. Primitive keys, no boxing per row.
     */
    private record Codes(int[] codes, int count) {
        static Codes ordered(Column column) {
            int n = column.size();
            double[] key = new double[n];
            if (column instanceof causal.data.CategoricalColumn categorical) {
                // Rank the levels by their text once, then each row by its level's rank.
                java.util.List<String> levels = categorical.levels();
                Integer[] order = new Integer[levels.size()];
                for (int k = 0; k < order.length; k++) {
                    order[k] = k;
                }
                java.util.Arrays.sort(order, java.util.Comparator.comparing(levels::get));
                double[] rank = new double[order.length];
                for (int r = 0; r < order.length; r++) {
                    rank[order[r]] = r;
                }
                for (int i = 0; i < n; i++) {
                    key[i] = rank[categorical.code(i)];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    key[i] = column.numeric(i);
                }
            }
            double[] distinct = java.util.Arrays.stream(key).sorted().distinct().toArray();
            int[] codes = new int[n];
            for (int i = 0; i < n; i++) {
                codes[i] = java.util.Arrays.binarySearch(distinct, key[i]);
            }
            return new Codes(codes, distinct.length);
        }

        static Codes of(Column column) {
            return ordered(column);
        }
    }
}

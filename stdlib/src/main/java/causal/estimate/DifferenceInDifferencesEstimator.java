package causal.estimate;

import causal.data.Column;
import causal.data.DataLocation;
import causal.data.Table;
import causal.design.DesignException;
import causal.design.EventStudy;
import causal.design.TwoWayFixedEffects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code twfe}: the difference-in-differences effect as the coefficient of treated × post in a regression with unit
 * and period fixed effects ({@link TwoWayFixedEffects}); with common timing it equals the difference of the four
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

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        if (!(query.design() instanceof Design.DifferenceInDifferences design)) {
            throw new EstimationException("twfe estimates from a difference-in-differences design");
        }
        EffectData effect = new EffectData(data, query, "twfe");
        double[] y = effect.outcome();
        double[] treated = effect.binaryTreatment();
        double[] post = flags(data, design.post(), "post");
        double[] d = new double[y.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = treated[i] * post[i];
        }
        Codes unit = Codes.of(data.column(design.unit()));
        Codes time = Codes.of(data.column(design.time()));
        TwoWayFixedEffects.Errors errors = se == null || se.kind() == StandardErrors.Kind.CLUSTER
                ? TwoWayFixedEffects.Errors.CLUSTER : se.kind() == StandardErrors.Kind.HC1
                ? TwoWayFixedEffects.Errors.HC1 : TwoWayFixedEffects.Errors.CLASSICAL;
        String clusterColumn = se == null ? design.unit() : se.clusterColumn().orElse(design.unit());
        Codes cluster = clusterColumn.equals(design.unit()) ? unit : Codes.of(data.column(clusterColumn));
        TwoWayFixedEffects.Fit fit;
        try {
            fit = TwoWayFixedEffects.fit(y, d, unit.codes, unit.count, time.codes, time.count, cluster.codes,
                    cluster.count, errors, clusterColumn.equals(design.unit()));
        } catch (DesignException e) {
            throw new EstimationException("twfe: " + e.getMessage(), DataLocation.column(data.source(),
                    query.treatment()));
        }
        Inference inference = Inference.studentT(fit.coefficient(), fit.stdError(), (int) fit.dfResidual());
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("units", (double) fit.units());
        statistics.put("periods", (double) fit.periods());
        if (errors == TwoWayFixedEffects.Errors.CLUSTER) {
            statistics.put("clusters", (double) fit.clusters());
        }
        statistics.put("treated_post_rows", sum(d));
        statistics.put("df_residual", fit.dfResidual());
        List<String> notes = new ArrayList<>();
        notes.add("standard errors " + (errors == TwoWayFixedEffects.Errors.CLUSTER ? "clustered by "
                + clusterColumn : errors.name().toLowerCase(java.util.Locale.ROOT)));
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "twfe", fit.coefficient(),
                fit.stdError(), inference.low(), inference.high(), inference.pValue(), data.rowCount(), statistics,
                Optional.empty(), notes);
    }

    /** {@code event_study}: {@link EventStudy} on the design's columns. */
    private static final class EventStudyEstimator implements Estimator {
        @Override
        public Estimate estimate(Table data, EffectQuery query) {
            if (!(query.design() instanceof Design.DifferenceInDifferences design)) {
                throw new EstimationException("event_study estimates from a difference-in-differences design");
            }
            EffectData effect = new EffectData(data, query, "event_study");
            double[] y = effect.outcome();
            double[] treated = effect.binaryTreatment();
            double[] post = flags(data, design.post(), "post");
            Codes unit = Codes.of(data.column(design.unit()));
            Codes time = Codes.ordered(data.column(design.time()));
            EventStudy.Fit fit;
            try {
                fit = EventStudy.fit(y, treated, post, unit.codes, unit.count, time.codes, time.count);
            } catch (DesignException e) {
                throw new EstimationException("event_study: " + e.getMessage(), DataLocation.column(data.source(),
                        query.treatment()));
            }
            Inference inference = Inference.studentT(fit.averagePost(), fit.averagePostStdError(), fit.clusters() - 1);
            Map<String, Double> statistics = new LinkedHashMap<>();
            for (EventStudy.Period p : fit.periods()) {
                statistics.put("event_" + p.eventTime(), p.estimate());
                statistics.put("event_" + p.eventTime() + "_se", p.stdError());
            }
            statistics.put("clusters", (double) fit.clusters());
            statistics.put("df_residual", (double) (fit.clusters() - 1));
            List<String> notes = new ArrayList<>();
            notes.add("the estimate averages the lags (event times 0 and later); event time -1 is the reference");
            if (fit.firstTreatedPeriods() > 1) {
                notes.add("treatment starts in " + fit.firstTreatedPeriods() + " different periods (staggered "
                        + "adoption): with effects that change over time, these coefficients mix cohorts");
            }
            return new Estimate(query.estimand(), query.treatment(), query.outcome(), "event_study",
                    fit.averagePost(), fit.averagePostStdError(), inference.low(), inference.high(),
                    inference.pValue(), data.rowCount(), statistics, Optional.empty(), notes);
        }
    }

    /** A 0/1 or true/false column as 0/1, refusing anything else with its row. */
    private static double[] flags(Table data, String name, String role) {
        Column c = data.column(name);
        double[] out = new double[data.rowCount()];
        for (int i = 0; i < out.length; i++) {
            String text = c.text(i);
            double v = text.equals("true") ? 1 : text.equals("false") ? 0 : c.numeric(i);
            if (v != 0.0 && v != 1.0) {
                throw new EstimationException("the " + role + " flag must be 0/1 or true/false, but it is " + text
                        + " in row " + (i + 1), DataLocation.cell(data.source(), i + 1, name));
            }
            out[i] = v;
        }
        return out;
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    /** A column's distinct values (by text) numbered in order of first appearance. */
    private record Codes(int[] codes, int count) {
        /** Numbered in the order of the values (numerically for a numeric column): time has an order. */
        static Codes ordered(Column column) {
            int n = column.size();
            java.util.TreeMap<Double, Integer> numeric = new java.util.TreeMap<>();
            java.util.TreeMap<String, Integer> text = new java.util.TreeMap<>();
            boolean isNumeric = column.type() == causal.data.ColumnType.NUMERIC;
            for (int i = 0; i < n; i++) {
                if (isNumeric) {
                    numeric.put(column.numeric(i), 0);
                } else {
                    text.put(column.text(i), 0);
                }
            }
            int next = 0;
            for (Map.Entry<Double, Integer> e : numeric.entrySet()) {
                e.setValue(next++);
            }
            for (Map.Entry<String, Integer> e : text.entrySet()) {
                e.setValue(next++);
            }
            int[] codes = new int[n];
            for (int i = 0; i < n; i++) {
                codes[i] = isNumeric ? numeric.get(column.numeric(i)) : text.get(column.text(i));
            }
            return new Codes(codes, next);
        }

        static Codes of(Column column) {
            Map<String, Integer> ids = new HashMap<>();
            int[] codes = new int[column.size()];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = ids.computeIfAbsent(column.text(i), k -> ids.size());
            }
            return new Codes(codes, ids.size());
        }
    }
}

package causal.estimate;

import causal.data.DataLocation;
import causal.data.Table;
import causal.its.Coefficient;
import causal.its.InterruptedTimeSeries;
import causal.its.InterruptedTimeSeriesException;
import causal.its.SegmentedRegression;
import causal.options.OptionValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code segmented} on an {@code its(time, intervention)} design: y = b0 + b1 t + b2 post + b3 (t − t0) post (+ the
 * {@code controlling for} columns) with Newey-West standard errors, as statsmodels' {@code OLS(...).fit(cov_type =
 * "HAC")}. The estimate is the level change b2 at the intervention; the slope change b3 and the pre-intervention
 * trend are in the diagnostics.
 */
public final class SegmentedRegressionEstimator implements Estimator {
    public static final EstimatorSpec SPEC = new EstimatorSpec("segmented", "Segmented regression",
            "the level and slope change of one series at the intervention, with Newey-West standard errors",
            Set.of(Estimand.ATE), false, InterruptedTimeSeries.OPTIONS, SegmentedRegressionEstimator::create,
            Design.Kind.INTERRUPTED_TIME_SERIES);

    private final InterruptedTimeSeries.Options options;

    private SegmentedRegressionEstimator(InterruptedTimeSeries.Options options) {
        this.options = options;
    }

    private static SegmentedRegressionEstimator create(Map<String, OptionValue> values) {
        OptionReader r = new OptionReader("segmented", values);
        InterruptedTimeSeries.Options o = InterruptedTimeSeries.Options.DEFAULTS;
        try {
            if (r.has("lags")) {
                o = o.withMaxLags(r.integer("lags", 0));
            }
            if (r.has("small_sample")) {
                o = o.withSmallSampleCorrection(r.bool("small_sample", false));
            }
            if (r.has("level")) {
                o = o.withConfidenceLevel(r.number("level", 0.95));
            }
        } catch (InterruptedTimeSeriesException e) {
            String option = values.keySet().stream().filter(e.getMessage()::contains).findFirst()
                    .orElse(values.keySet().iterator().next());
            throw new OptionException(option, "segmented: " + e.getMessage());
        }
        return new SegmentedRegressionEstimator(o);
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        if (!(query.design() instanceof Design.InterruptedTimeSeries design)) {
            throw new EstimationException("segmented estimates from an its(time, intervention) design");
        }
        EffectData effect = new EffectData(data, query, "segmented");
        double[] y = effect.outcome();
        double[] t = effect.numeric(design.time(), "time");
        List<String> controls = query.covariates();
        double[][] covariates = new double[controls.size()][];
        for (int j = 0; j < covariates.length; j++) {
            covariates[j] = effect.numeric(controls.get(j), "control");
        }
        SegmentedRegression fit;
        try {
            InterruptedTimeSeries series;
            if (design.interventionColumn().isPresent()) {
                series = InterruptedTimeSeries.withIndicator(design.time(), t, design.interventionColumn().get(),
                        effect.numeric(design.interventionColumn().get(), "intervention"));
            } else {
                series = InterruptedTimeSeries.at(design.time(), t, design.interventionTime().getAsDouble());
                requireIndicator(data, query, design, t);
            }
            fit = series.fit(query.outcome(), y, controls, covariates, options);
        } catch (InterruptedTimeSeriesException e) {
            throw new EstimationException("segmented: " + e.getMessage(),
                    DataLocation.column(data.source(), design.time()));
        }
        Coefficient level = fit.levelChange();
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("slope_change", fit.slopeChange().estimate());
        statistics.put("slope_change_se", fit.slopeChange().stdError());
        statistics.put("slope_change_p", fit.slopeChange().pValue());
        statistics.put("pre_trend", fit.preTrend().estimate());
        statistics.put("periods_before", (double) fit.rowsBefore());
        statistics.put("periods_after", (double) fit.rowsAfter());
        statistics.put("lags", (double) fit.lags());
        for (Coefficient c : fit.covariates()) {
            statistics.put("coef_" + c.name(), c.estimate());
        }
        List<String> notes = new ArrayList<>(fit.notes());
        notes.add("the estimate is the level change at the intervention; Newey-West (Bartlett) standard errors with "
                + fit.lags() + " lags" + (fit.smallSampleCorrection() ? " and the n/(n - k) factor" : ""));
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "segmented", level.estimate(),
                level.stdError(), level.ciLow(), level.ciHigh(), level.pValue(), fit.n(), statistics,
                Optional.empty(), notes);
    }

    /** With an intervention time, the treatment column (if not the time itself) must be 1 exactly from then on. */
    private static void requireIndicator(Table data, EffectQuery query, Design.InterruptedTimeSeries design,
                                         double[] t) {
        if (query.treatment().equals(design.time())) {
            return;
        }
        double[] d = new EffectData(data, query, "segmented").numeric(query.treatment(), "treatment");
        double t0 = design.interventionTime().getAsDouble();
        for (int i = 0; i < d.length; i++) {
            if (d[i] != (t[i] >= t0 ? 1 : 0)) {
                throw new EstimationException(query.treatment() + " must be 1 exactly from " + design.time() + " = "
                        + t0 + " on (the intervention), but row " + (i + 1) + " has " + design.time() + " = " + t[i]
                        + " and " + query.treatment() + " = " + d[i], DataLocation.cell(data.source(), i + 1,
                        query.treatment()));
            }
        }
    }
}

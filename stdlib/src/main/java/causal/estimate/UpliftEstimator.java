package causal.estimate;

import causal.data.DataLocation;
import causal.data.Table;
import causal.learn.DesignMatrix;
import causal.options.OptionValue;
import causal.uplift.AverageEffect;
import causal.uplift.FittedUplift;
import causal.uplift.UpliftException;
import causal.uplift.UpliftLearner;
import causal.uplift.UpliftLearnerSpec;
import causal.uplift.UpliftLearners;
import causal.uplift.UpliftOptionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The meta-learners and the causal forest ({@code slearner}, {@code tlearner}, {@code xlearner}, {@code drlearner},
 * {@code causal_forest}) as estimators of {@code CATE by x1, x2} (and of the ATE): each learns τ(x) from the
 * modifiers and the adjustment set (the confounders must be features for the effect to be identified) and reports
 * the average of τ over the rows with the spread of τ in the diagnostics. {@code evaluate} and {@code target} refit
 * the same learner through {@link #features} and {@link #learner}.
 */
public final class UpliftEstimator implements Estimator {
    private final String keyword;
    private final Map<String, OptionValue> options;

    private UpliftEstimator(String keyword, Map<String, OptionValue> options) {
        this.keyword = keyword;
        this.options = Map.copyOf(options);
    }

    /** The estimator spec of each uplift learner, keyed by keyword. */
    public static Map<String, EstimatorSpec> specs() {
        Map<String, EstimatorSpec> specs = new LinkedHashMap<>();
        for (UpliftLearnerSpec s : UpliftLearners.all()) {
            specs.put(s.keyword(), new EstimatorSpec(s.keyword(), s.title(), s.description(),
                    Set.of(Estimand.CATE, Estimand.ATE), true, s.options(), values -> create(s.keyword(), values)));
        }
        return specs;
    }

    private static UpliftEstimator create(String keyword, Map<String, OptionValue> values) {
        learner(keyword, values);
        return new UpliftEstimator(keyword, values);
    }

    /**
     * The learner {@code keyword} with {@code options}.
     *
     * @throws OptionException naming the option, for an unknown option or a bad value
     */
    public static UpliftLearner learner(String keyword, Map<String, OptionValue> options) {
        try {
            return UpliftLearners.create(keyword, options);
        } catch (UpliftOptionException e) {
            throw new OptionException(e.option(), e.getMessage());
        } catch (UpliftException e) {
            throw new OptionException(options.keySet().stream().findFirst().orElse(keyword), e.getMessage());
        }
    }

    /** The learner's features: the modifiers, then the rest of the adjustment set and controls (dummies expanded). */
    public static Features features(Table data, EffectQuery query) {
        List<String> terms = new ArrayList<>(query.modifiers());
        query.covariates().stream().filter(c -> !terms.contains(c)).forEach(terms::add);
        if (terms.isEmpty()) {
            throw new EstimationException("an uplift learner needs features: give CATE by x, or a graph whose "
                    + "adjustment set is not empty");
        }
        DesignMatrix design = DesignMatrix.of(data, terms);
        List<String> names = design.names().subList(1, design.names().size());
        double[][] x = new double[names.size()][];
        for (int j = 0; j < x.length; j++) {
            x[j] = design.column(j + 1);
        }
        EffectData effect = new EffectData(data, query, "uplift");
        return new Features(List.copyOf(names), x, effect.binaryTreatment(), effect.outcome());
    }

    /** Column-major features with their names, the 0/1 treatment and the outcome. */
    public record Features(List<String> names, double[][] x, double[] treatment, double[] outcome) {}

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        Features f = features(data, query);
        FittedUplift model;
        try {
            model = learner(keyword, options).fit(f.x(), f.treatment(), f.outcome());
        } catch (UpliftException e) {
            throw new EstimationException(keyword + ": " + e.getMessage(), DataLocation.column(data.source(),
                    query.treatment()));
        }
        double[] tau = model.predict(f.x());
        AverageEffect average = model.averageEffect();
        double se = average.stdError().orElse(Double.NaN);
        Map<String, Double> statistics = new LinkedHashMap<>();
        double[] sorted = tau.clone();
        Arrays.sort(sorted);
        statistics.put("cate_p10", quantile(sorted, 0.1));
        statistics.put("cate_median", quantile(sorted, 0.5));
        statistics.put("cate_p90", quantile(sorted, 0.9));
        statistics.put("share_positive", Arrays.stream(tau).filter(v -> v > 0).count() / (double) tau.length);
        statistics.put("features", (double) f.names().size());
        List<String> notes = new ArrayList<>();
        notes.add("the estimate is the mean of the learnt effects over the " + tau.length + " rows (" + average.method()
                + "); features: " + String.join(", ", f.names()));
        if (average.stdError().isEmpty()) {
            notes.add(keyword + " gives no standard error for the average: add se = bootstrap(runs = 200) for one, "
                    + "or use drlearner or causal_forest");
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), keyword, average.value(), se,
                average.ciLow().orElse(Double.NaN), average.ciHigh().orElse(Double.NaN),
                average.pValue().orElse(Double.NaN), tau.length, statistics, Optional.empty(), notes);
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}

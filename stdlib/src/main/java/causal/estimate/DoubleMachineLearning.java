package causal.estimate;

import causal.data.Table;
import causal.inference.WaldInterval;
import causal.learn.Learner;
import causal.options.OptionSpec;
import causal.options.OptionValue;
import causal.random.RandomSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Double machine learning (Chernozhukov, Chetverikov, Demirer, Duflo, Hansen, Newey and Robins 2018): the nuisance
 * functions (outcome and treatment given the covariates) are learnt with any learner and cross-fitted over
 * {@code folds} folds, and the effect solves a Neyman-orthogonal score, from which its standard error also comes.
 * Two models: the partially linear model ({@link PartiallyLinearModel}, any numeric treatment) and the interactive
 * model ({@link InteractiveModel}, a 0/1 treatment, AIPW scores for the ATE and the ATT). With {@code repeats > 1}
 * the sample is split again and the estimates combined by the median: {@code θ = median(θ_s)},
 * {@code se = median(sqrt(se_s² + (θ_s - θ)²))} (the paper's §3.4, on the scale of the estimate). Agrees with
 * DoubleML's {@code DoubleMLPLR} / {@code DoubleMLIRM} given the same folds; CATE by modifiers is their {@code cate},
 * of the form of the final stages of EconML's {@code LinearDML} and {@code LinearDRLearner}. Normal intervals.
 */
public final class DoubleMachineLearning implements Estimator {
    public static final EstimatorSpec SPEC = new EstimatorSpec("dml", "Double machine learning",
            "cross-fitted machine-learning models of the outcome and the treatment, combined through an orthogonal "
                    + "score (partially linear or interactive model)",
            Set.of(Estimand.ATE, Estimand.ATT, Estimand.CATE), false,
            List.of(new OptionSpec("model", "plr | irm", "irm (0/1 treatment), plr (otherwise)",
                            "plr: partially linear, a constant effect by partialling out; irm: interactive, "
                                    + "the AIPW score (0/1 treatment only)"),
                    new OptionSpec("folds", "integer", "5", "cross-fitting folds (at least 2)"),
                    new OptionSpec("repeats", "integer", "1",
                            "sample splits, combined by the median of the estimates and of the standard errors"),
                    new OptionSpec("outcome", "learner", "linear",
                            "the learner of E[outcome | covariates]: linear, ridge, lasso, forest, gbm "
                                    + "(logistic for a 0/1 outcome), with options as forest(trees = 200)"),
                    new OptionSpec("treatment", "learner", "logistic (0/1 treatment), linear (otherwise)",
                            "the learner of E[treatment | covariates]; irm needs one that predicts a probability "
                                    + "(logistic, forest, gbm)"),
                    new OptionSpec("trim", "number", "0.01",
                            "irm clips propensity scores to [trim, 1 - trim], as DoubleML's trimming_threshold"),
                    new OptionSpec("seed", "integer", "1", "seed of the random fold assignment")),
            values -> new DoubleMachineLearning(Options.from(values)));

    /** The two models: partially linear regression and the interactive regression model. */
    enum Model { PLR, IRM }

    /** The configuration; an empty {@code model} or {@code treatment} is chosen from the treatment's values. */
    record Options(Optional<Model> model, int folds, int repeats, NuisanceLearner outcome,
            Optional<NuisanceLearner> treatment, double trim, long seed) {
        static final Options DEFAULTS = new Options(Optional.empty(), 5, 1, NuisanceLearner.of("linear"),
                Optional.empty(), 0.01, 1);

        Options {
            Checks.atLeast(folds, 2, "folds");
            Checks.atLeast(repeats, 1, "repeats");
            Checks.trimming(trim, "trim");
        }

        static Options from(Map<String, OptionValue> values) {
            OptionReader reader = new OptionReader("dml", values);
            Optional<Model> model = reader.has("model") ? Optional.of(
                    reader.word("model", "irm", Set.of("plr", "irm")).equals("plr") ? Model.PLR : Model.IRM)
                    : Optional.empty();
            NuisanceLearner outcome = reader.has("outcome") ? NuisanceLearner.parse("outcome", reader.raw("outcome"))
                    : DEFAULTS.outcome();
            Optional<NuisanceLearner> treatment = reader.has("treatment")
                    ? Optional.of(NuisanceLearner.parse("treatment", reader.raw("treatment"))) : Optional.empty();
            return new Options(model, reader.integer("folds", DEFAULTS.folds()),
                    reader.integer("repeats", DEFAULTS.repeats()), outcome, treatment,
                    reader.number("trim", DEFAULTS.trim()), reader.integer("seed", (int) DEFAULTS.seed()));
        }
    }

    private final Options options;

    DoubleMachineLearning(Options options) {
        this.options = options;
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        EffectData effect = new EffectData(data, query, "dml");
        int n = effect.rows();
        if (n < 2 * options.folds()) {
            throw new EstimationException("dml needs at least 2 rows per fold: " + n + " rows cannot be split into "
                    + options.folds() + " folds; use fewer folds");
        }
        List<int[]> splits = new ArrayList<>();
        RandomSource random = new RandomSource(options.seed());
        for (int r = 0; r < options.repeats(); r++) {
            splits.add(CrossFitting.folds(n, options.folds(), random.stream(r)));
        }
        return estimate(data, effect, splits);
    }

    /**
     * The estimate with the given sample splits (one fold assignment per repetition, folds numbered from 0), so that
     * a test can reproduce the splits in another tool. Not modified: data, splits.
     */
    Estimate estimate(Table data, EffectQuery query, List<int[]> splits) {
        return estimate(data, new EffectData(data, query, "dml"), splits);
    }

    private Estimate estimate(Table data, EffectData effect, List<int[]> splits) {
        DoubleMachineLearningModel model = model(data, effect);
        List<SplitEstimate> estimates = new ArrayList<>();
        for (int[] fold : splits) {
            estimates.add(model.estimate(fold, checkedFolds(fold, effect.rows())));
        }
        return combined(effect.query(), estimates, model.description(), CrossFitting.count(splits.get(0)),
                effect.rows());
    }

    /** The model the options ask for, or the one the treatment's values call for, with its learners. */
    private DoubleMachineLearningModel model(Table data, EffectData effect) {
        EffectQuery query = effect.query();
        double[] t = effect.numeric(query.treatment(), "treatment");
        Model model = options.model().orElse(isZeroOne(t) ? Model.IRM : Model.PLR);
        if (model == Model.IRM) {
            String named = options.model().isPresent() ? "dml with model = irm" : "dml";
            t = new EffectData(data, query, named).binaryTreatment();
        } else if (query.estimand() == Estimand.ATT) {
            throw new EstimationException("dml's partially linear model assumes a constant effect and estimates the "
                    + "ATE; for the ATT of a 0/1 treatment use model = irm");
        }
        DoubleMachineLearningData arrays = DoubleMachineLearningData.of(effect, t, data.source());
        return model == Model.IRM ? interactive(arrays, query) : partiallyLinear(arrays, query, isZeroOne(t));
    }

    /** The splits' estimates combined by the median, with the diagnostics and the slopes in the modifiers. */
    private static Estimate combined(EffectQuery query, List<SplitEstimate> estimates, String description, int folds,
            int n) {
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("folds", (double) folds);
        statistics.put("repeats", (double) estimates.size());
        statistics.putAll(diagnostics(estimates));
        double[] thetas = values(estimates, SplitEstimate::value);
        double value = median(thetas);
        double se = medianStandardError(thetas, values(estimates, SplitEstimate::stdError), value);
        for (int k = 0; k < query.modifiers().size(); k++) {
            int j = k;
            double[] slopes = values(estimates, e -> e.modification().get(j));
            double slope = median(slopes);
            statistics.put("modification_by_" + query.modifiers().get(k), slope);
            statistics.put("modification_by_" + query.modifiers().get(k) + "_se",
                    medianStandardError(slopes, values(estimates, e -> e.modificationStdError().get(j)), slope));
        }
        WaldInterval inference = WaldInterval.normal(value, se, Estimate.CONFIDENCE_LEVEL);
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "dml", value, se, inference.low(),
                inference.high(), inference.pValue(), n, statistics, Optional.empty(), notes(description, statistics));
    }

    private InteractiveModel interactive(DoubleMachineLearningData arrays, EffectQuery query) {
        NuisanceLearner propensity = options.treatment().orElse(NuisanceLearner.of("logistic"));
        if (!propensity.classifies()) {
            throw new EstimationException("dml with model = irm needs a propensity score, so treatment must be a "
                    + "learner that predicts a probability (logistic, forest or gbm), not " + propensity.text());
        }
        return new InteractiveModel(arrays, outcomeLearner(arrays, query), options.outcome().text(),
                propensity.classifier(), propensity.text(), options.trim(), query.estimand());
    }

    private PartiallyLinearModel partiallyLinear(DoubleMachineLearningData arrays, EffectQuery query,
            boolean zeroOne) {
        NuisanceLearner choice = options.treatment().orElse(NuisanceLearner.of(zeroOne ? "logistic" : "linear"));
        // A classifier's probability is E[T | x] for a 0/1 treatment (DoubleML takes predict_proba there too).
        boolean probability = zeroOne && choice.classifies();
        if (!probability && !choice.regresses()) {
            throw new EstimationException("treatment = " + choice.text() + " predicts a probability, so it needs a "
                    + "0/1 treatment, but " + query.treatment() + " takes other values; use linear, ridge, lasso, "
                    + "forest or gbm");
        }
        Learner treatment = probability ? choice.classifier() : choice.regressor();
        return new PartiallyLinearModel(arrays, query.treatment(), outcomeLearner(arrays, query),
                options.outcome().text(), treatment, choice.text(), probability);
    }

    /** The outcome learner as a regression, or as a classifier when it only classifies (a 0/1 outcome). */
    private Learner outcomeLearner(DoubleMachineLearningData arrays, EffectQuery query) {
        NuisanceLearner choice = options.outcome();
        if (choice.regresses()) {
            return choice.regressor();
        }
        if (!isZeroOne(arrays.outcome)) {
            throw new EstimationException("outcome = " + choice.text() + " predicts a probability, so it needs a 0/1 "
                    + "outcome, but " + query.outcome() + " takes other values; use linear, ridge, lasso, forest "
                    + "or gbm");
        }
        return choice.classifier();
    }

    /** The number of folds of {@code fold}, after checking it assigns each of the {@code n} rows to a fold. */
    private static int checkedFolds(int[] fold, int n) {
        int k = CrossFitting.count(fold);
        int[] sizes = new int[k];
        if (fold.length != n) {
            throw new IllegalArgumentException("a fold assignment has " + fold.length + " rows, the data " + n);
        }
        for (int f : fold) {
            if (f < 0) {
                throw new IllegalArgumentException("fold numbers start at 0, not " + f);
            }
            sizes[f]++;
        }
        for (int f = 0; f < k; f++) {
            if (sizes[f] == 0) {
                throw new IllegalArgumentException("fold " + f + " of the assignment has no rows");
            }
        }
        return k;
    }

    private static boolean isZeroOne(double[] values) {
        for (double v : values) {
            if (v != 0 && v != 1) {
                return false;
            }
        }
        return true;
    }

    /** Each diagnostic over the splits: the propensity's range over all of them, the median of the others. */
    private static Map<String, Double> diagnostics(List<SplitEstimate> estimates) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String key : estimates.get(0).diagnostics().keySet()) {
            double[] values = values(estimates, e -> e.diagnostics().get(key));
            out.put(key, key.endsWith("_min") ? Arrays.stream(values).min().orElseThrow()
                    : key.endsWith("_max") ? Arrays.stream(values).max().orElseThrow() : median(values));
        }
        return out;
    }

    /** The model and learners in words, and a warning when some propensity scores are extreme. */
    private static List<String> notes(String description, Map<String, Double> statistics) {
        long folds = statistics.get("folds").longValue();
        long repeats = statistics.get("repeats").longValue();
        List<String> notes = new ArrayList<>();
        notes.add(description + "; " + folds + "-fold cross-fitting" + (repeats > 1 ? ", median of " + repeats
                + " sample splits" : ""));
        Double min = statistics.get("propensity_min");
        Double max = statistics.get("propensity_max");
        if (min != null && (min < PropensityScore.EXTREME || max > 1 - PropensityScore.EXTREME)) {
            long trimmed = statistics.getOrDefault("propensity_trimmed", 0.0).longValue();
            notes.add("poor overlap: some propensity scores are below 0.01 or above 0.99" + (trimmed > 0
                    ? "; " + trimmed + " were clipped to [trim, 1 - trim]" : ""));
        }
        return notes;
    }

    private static double[] values(List<SplitEstimate> estimates, ToDoubleFunction<SplitEstimate> value) {
        return estimates.stream().mapToDouble(value).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /**
     * The standard error over repeated splits, {@code median(sqrt(se_s² + (θ_s - θ)²))}: each split's error widened by
     * how far its estimate lies from the median (Chernozhukov et al. 2018, §3.4, on the scale of the estimate).
     */
    private static double medianStandardError(double[] values, double[] stdErrors, double median) {
        double[] combined = new double[values.length];
        for (int s = 0; s < values.length; s++) {
            combined[s] = Math.sqrt(stdErrors[s] * stdErrors[s] + (values[s] - median) * (values[s] - median));
        }
        return median(combined);
    }
}

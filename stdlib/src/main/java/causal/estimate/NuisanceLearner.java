package causal.estimate;

import causal.learn.Classifier;
import causal.learn.Learner;
import causal.learn.LearnerException;
import causal.learn.LearnerOptionException;
import causal.learn.LearnerSpec;
import causal.learn.Learners;
import causal.options.OptionValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The learner a script chose for one nuisance function of {@code dml}, as {@code outcome = linear} or
 * {@code treatment = forest(trees = 200)}: a keyword of {@link Learners} with its options, checked when the estimator
 * is configured. {@code text} is the choice as the script would write it.
 */
record NuisanceLearner(String keyword, Map<String, Double> options, String text) {

    NuisanceLearner {
        options = Map.copyOf(options);
    }

    /** A learner with its default options. */
    static NuisanceLearner of(String keyword) {
        return new NuisanceLearner(keyword, Map.of(), keyword);
    }

    /**
     * The learner {@code value} names: a bare word ({@code linear}), a string, or a call with named numeric options
     * ({@code gbm(trees = 300, depth = 2)}).
     *
     * @throws OptionException naming {@code option}, for an unknown learner or a learner option it does not take
     */
    static NuisanceLearner parse(String option, OptionValue value) {
        String keyword;
        Map<String, Double> options = new LinkedHashMap<>();
        if (value instanceof OptionValue.Word word) {
            keyword = word.word();
        } else if (value instanceof OptionValue.Text text) {
            keyword = text.value();
        } else if (value instanceof OptionValue.Call call) {
            keyword = call.function();
            if (!call.args().isEmpty()) {
                throw new OptionException(option, "dml option " + option + ": learner options are named, as in "
                        + keyword + "(trees = 200), not " + call.text());
            }
            for (Map.Entry<String, OptionValue> e : call.named().entrySet()) {
                if (!(e.getValue() instanceof OptionValue.Number number)) {
                    throw new OptionException(option, "dml option " + option + ": " + keyword + " option "
                            + e.getKey() + " must be a number, not " + e.getValue().text());
                }
                options.put(e.getKey(), number.value());
            }
        } else {
            throw new OptionException(option, "dml option " + option + " must be a learner (" + known()
                    + "), not " + value.text());
        }
        LearnerSpec spec = Learners.find(keyword).orElseThrow(() -> new OptionException(option, "dml option "
                + option + ": there is no learner " + keyword + "; the learners are " + known()));
        try {
            // Building it once checks the option names and values now rather than at the first fold.
            if (spec.regresses()) {
                spec.regressor(options);
            } else {
                spec.classifier(options);
            }
        } catch (LearnerOptionException | LearnerException e) {
            throw new OptionException(option, "dml option " + option + ": " + e.getMessage());
        }
        return new NuisanceLearner(keyword, options, value.text());
    }

    private static String known() {
        return String.join(", ", Learners.all().stream().map(LearnerSpec::keyword).toList());
    }

    private LearnerSpec spec() {
        return Learners.find(keyword).orElseThrow();
    }

    /** True if the learner predicts a number (linear, ridge, lasso, forest, gbm). */
    boolean regresses() {
        return spec().regresses();
    }

    /** True if the learner predicts a probability (logistic, forest, gbm). */
    boolean classifies() {
        return spec().classifies();
    }

    Learner regressor() {
        return spec().regressor(options);
    }

    Classifier classifier() {
        return spec().classifier(options);
    }
}

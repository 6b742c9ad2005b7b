package causal.learn;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A learner as scripts name it ({@code forest}, {@code gbm(trees = 500)}): its keyword, its options with defaults,
 * and whether it can serve as a regression, a classifier, or both. The checker validates option names against
 * {@link #options()}, the runtime calls {@link #regressor} or {@link #classifier}.
 */
public final class LearnerSpec {
    private final String keyword;
    private final String description;
    private final List<LearnerOption> options;
    private final Function<LearnerSettings, Learner> regressor;
    private final Function<LearnerSettings, Classifier> classifier;

    /** {@code regressor} or {@code classifier} is null when the learner cannot serve as one. */
    LearnerSpec(String keyword, String description, List<LearnerOption> options,
            Function<LearnerSettings, Learner> regressor, Function<LearnerSettings, Classifier> classifier) {
        this.keyword = keyword;
        this.description = description;
        this.options = List.copyOf(options);
        this.regressor = regressor;
        this.classifier = classifier;
    }

    public String keyword() {
        return keyword;
    }

    public String description() {
        return description;
    }

    public List<LearnerOption> options() {
        return options;
    }

    /** True if the learner predicts a number ({@link #regressor} works). */
    public boolean regresses() {
        return regressor != null;
    }

    /** True if the learner predicts {@code P(y = 1)} ({@link #classifier} works). */
    public boolean classifies() {
        return classifier != null;
    }

    /**
     * The learner as a regression, configured with {@code values} (options left out take their defaults).
     *
     * @throws LearnerOptionException naming the option, for an option this learner does not take or a bad value
     * @throws LearnerException when the learner is a classifier only
     */
    public Learner regressor(Map<String, Double> values) {
        if (regressor == null) {
            throw new LearnerException(keyword + " is a classifier and cannot predict a number; use linear, ridge, "
                    + "lasso, forest or gbm");
        }
        return regressor.apply(settings(values));
    }

    /**
     * The learner as a classifier of a 0/1 target, configured with {@code values}.
     *
     * @throws LearnerOptionException naming the option, for an option this learner does not take or a bad value
     * @throws LearnerException when the learner cannot predict a probability
     */
    public Classifier classifier(Map<String, Double> values) {
        if (classifier == null) {
            throw new LearnerException(keyword + " cannot predict a probability; use logistic, forest or gbm");
        }
        return classifier.apply(settings(values));
    }

    private LearnerSettings settings(Map<String, Double> values) {
        for (String name : values.keySet()) {
            if (options.stream().noneMatch(o -> o.name().equals(name))) {
                String known = options.stream().map(LearnerOption::name).collect(Collectors.joining(", "));
                throw new LearnerOptionException(name, keyword + " has no option " + name
                        + (known.isEmpty() ? "; it takes none" : "; it takes " + known));
            }
        }
        return new LearnerSettings(keyword, values);
    }
}

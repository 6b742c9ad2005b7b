package causal.uplift;

import causal.learn.Classifier;
import causal.learn.CollinearColumnsException;
import causal.learn.FittedModel;
import causal.learn.Learner;
import causal.learn.LearnerException;
import causal.learn.LearnerOption;
import causal.learn.LearnerOptionException;
import causal.learn.LearnerSpec;
import causal.learn.Learners;
import causal.learn.PerfectSeparationException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A learner of {@code causal.learn} as an uplift option names it: {@code learner = gbm} or
 * {@code outcome = forest(trees = 500)}, the keyword and its option values.
 *
 * <p>When the learner takes a {@code seed} and the script gives it none, the uplift learner's own seed is passed
 * on, so {@code xlearner(seed = 3)} changes every random draw of the fit, not only the fold assignment.
 */
public record LearnerChoice(String keyword, Map<String, Double> options) {

    public LearnerChoice {
        options = Map.copyOf(options);
    }

    /** The learner {@code keyword} with its defaults. */
    public static LearnerChoice of(String keyword) {
        return new LearnerChoice(keyword, Map.of());
    }

    /** As a script writes it: {@code gbm}, {@code forest(min_leaf = 10, trees = 500)} (options sorted). */
    public String text() {
        if (options.isEmpty()) {
            return keyword;
        }
        StringBuilder sb = new StringBuilder(keyword).append('(');
        String separator = "";
        for (Map.Entry<String, Double> e : new TreeMap<>(options).entrySet()) {
            double v = e.getValue();
            sb.append(separator).append(e.getKey()).append(" = ")
                    .append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
            separator = ", ";
        }
        return sb.append(')').toString();
    }

    /**
     * The regression learner, given the uplift learner's {@code seed}.
     *
     * @throws UpliftOptionException naming {@code option} when the keyword is unknown, cannot regress, or has a
     *     bad option
     */
    Learner regressor(long seed, String option) {
        try {
            return Learners.regressor(keyword, seeded(seed));
        } catch (LearnerException | LearnerOptionException e) {
            throw new UpliftOptionException(option, option + " = " + text() + ": " + e.getMessage());
        }
    }

    /**
     * The classifier, given the uplift learner's {@code seed}.
     *
     * @throws UpliftOptionException naming {@code option} when the keyword is unknown, cannot give a probability,
     *     or has a bad option
     */
    Classifier classifier(long seed, String option) {
        try {
            return Learners.classifier(keyword, seeded(seed));
        } catch (LearnerException | LearnerOptionException e) {
            throw new UpliftOptionException(option, option + " = " + text() + ": " + e.getMessage());
        }
    }

    private Map<String, Double> seeded(long seed) {
        LearnerSpec spec = Learners.find(keyword).orElse(null);
        boolean takesSeed = spec != null && spec.options().stream().map(LearnerOption::name).anyMatch("seed"::equals);
        if (!takesSeed || options.containsKey("seed")) {
            return options;
        }
        Map<String, Double> withSeed = new HashMap<>(options);
        withSeed.put("seed", (double) seed);
        return withSeed;
    }

    /**
     * {@code learner} fitted to {@code target}, or an {@link UpliftException} saying which model failed.
     * Not modified: features, target.
     */
    static FittedModel fit(Learner learner, double[][] features, double[] target, String model) {
        try {
            return learner.fit(features, target);
        } catch (LearnerException | CollinearColumnsException | PerfectSeparationException e) {
            // The learners name the features x1, x2, … in the order given.
            throw new UpliftException("the " + model + " could not be fitted: " + e.getMessage());
        }
    }
}

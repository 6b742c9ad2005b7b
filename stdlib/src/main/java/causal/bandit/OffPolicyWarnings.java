package causal.bandit;

import java.util.ArrayList;
import java.util.List;

/** The warnings an off-policy evaluation attaches to its report, each in words with the numbers behind it. */
final class OffPolicyWarnings {
    /** Below this share of the rows, the effective sample size is worth a warning. */
    private static final double SMALL_EFFECTIVE_SHARE = 0.1;

    private OffPolicyWarnings() {
    }

    static List<String> of(BanditLog log, double[][] target, Weights weights, List<OffPolicyEstimator> estimators,
            OffPolicyEvaluation.Options options) {
        List<String> warnings = new ArrayList<>();
        if (weights != null) {
            lowPropensities(log, weights, options, warnings);
            double ess = weights.effectiveSampleSize();
            if (ess < SMALL_EFFECTIVE_SHARE * log.rows()) {
                warnings.add("the effective sample size is " + OptionText.significant(ess) + " of " + log.rows()
                        + " rows: the target plays arms the logging policy rarely did, so the estimates rest on few "
                        + "rows");
            }
            if (weights.clippedRows > 0) {
                warnings.add(weights.clippedRows + " row" + plural(weights.clippedRows) + " had a weight above clip = "
                        + OptionText.number(options.clip()) + (weights.clippedRows == 1 ? " and was" : " and were") + " cut to it, which biases ips, snips and dr "
                        + "towards the logging policy's value");
            }
        }
        if (estimators.contains(OffPolicyEstimator.REPLAY) && log.hasPropensity()) {
            nonUniformLogging(log, warnings);
        }
        unseenArms(log, target, warnings);
        return warnings;
    }

    private static void lowPropensities(BanditLog log, Weights weights, OffPolicyEvaluation.Options options,
            List<String> warnings) {
        int low = 0;
        for (int i = 0; i < log.rows(); i++) {
            low += log.propensity(i) < options.minPropensity() ? 1 : 0;
        }
        if (low > 0) {
            warnings.add(low + (low == 1 ? " row has" : " rows have") + " a propensity below "
                    + OptionText.number(options.minPropensity()) + " (the smallest is "
                    + OptionText.significant(weights.minPropensity()) + "), so single rows get weights up to "
                    + OptionText.significant(weights.max()) + ": ips and dr are noisy; clip = … bounds the weights "
                    + "at the cost of some bias");
        }
    }

    private static void nonUniformLogging(BanditLog log, List<String> warnings) {
        double uniform = 1.0 / log.arms();
        double low = 1;
        double high = 0;
        for (int i = 0; i < log.rows(); i++) {
            low = Math.min(low, log.propensity(i));
            high = Math.max(high, log.propensity(i));
        }
        if (Math.abs(low - uniform) > 1e-9 || Math.abs(high - uniform) > 1e-9) {
            warnings.add("replay assumes the log played every arm with probability 1/" + log.arms() + ", but its "
                    + "propensities range from " + OptionText.significant(low) + " to " + OptionText.significant(high)
                    + ", so replay is biased: prefer ips, snips or dr");
        }
    }

    /** Arms the target may play that no row of the log shows: no estimator sees their rewards. */
    private static void unseenArms(BanditLog log, double[][] target, List<String> warnings) {
        boolean[] logged = new boolean[log.arms()];
        for (int i = 0; i < log.rows(); i++) {
            logged[log.action(i)] = true;
        }
        List<String> unseen = new ArrayList<>();
        for (int a = 0; a < log.arms(); a++) {
            if (!logged[a] && targetMass(target, a) > 0) {
                unseen.add(log.armLabels().get(a));
            }
        }
        if (!unseen.isEmpty()) {
            warnings.add("the target plays arm" + plural(unseen.size()) + " " + String.join(", ", unseen)
                    + ", which the log never shows: no estimator sees " + (unseen.size() == 1 ? "its" : "their")
                    + " rewards (dr fills them in with the overall mean reward)");
        }
    }

    private static double targetMass(double[][] target, int arm) {
        double mass = 0;
        for (double[] row : target) {
            mass += row[arm];
        }
        return mass;
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }
}

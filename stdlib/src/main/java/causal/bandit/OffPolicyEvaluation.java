package causal.bandit;

import causal.learn.RidgeRegression;
import causal.options.OptionValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Off-policy evaluation: the value (expected reward per round) a target policy would have had on the rounds of a log
 * collected by another, the logging policy, from the logged arms, rewards and propensities (see
 * {@link OffPolicyEstimator} for the formulas). The target is given by its probability of each arm in each row, so a
 * fixed rule, a stochastic policy or a trained {@link Policy} can be evaluated. Each estimate comes with its standard
 * error from the per-row terms (SNIPS and replay by the delta method) and a normal confidence interval; the report
 * adds the logging policy's own value and weight diagnostics, with warnings when propensities are near 0 or the
 * weights leave few effective rows. Estimates agree with Open Bandit Pipeline's {@code InverseProbabilityWeighting},
 * {@code SelfNormalizedInverseProbabilityWeighting} and {@code DoublyRobust} (whose intervals are bootstrapped).
 *
 * <p>A log with positions holds slates; under the independent-position model (the reward at a position depends only
 * on the arm shown there, not on the rest of the slate; Li et al. 2018, Open Bandit Pipeline's
 * {@code SlateIndependentIPS}) the target's value per slate is estimated by {@code (1/S) Σ_i w_i r_i}, with
 * {@code π(a_i|x_i)} the target's probability of showing arm a_i at row i's position and {@code p_i} the logging
 * policy's, and the standard error from the S per-slate sums. Only {@code ips} applies to slates; it is reported
 * as {@code iips}.
 */
public final class OffPolicyEvaluation {
    public static final double DEFAULT_MIN_PROPENSITY = 0.01;
    public static final double DEFAULT_LEVEL = 0.95;
    /** How far a row of target probabilities may sum from 1. */
    private static final double SUM_TOLERANCE = 1e-6;

    /** How to estimate: weight clipping, the DR reward model's ridge penalty, the warning threshold, the level. */
    public record Options(double clip, double lambda, double minPropensity, double level) {
        public static final Options DEFAULTS = new Options(Double.POSITIVE_INFINITY, RidgeRegression.DEFAULT_LAMBDA,
                DEFAULT_MIN_PROPENSITY, DEFAULT_LEVEL);

        public Options {
            if (!(clip > 0)) {
                throw BanditException.option("clip", "clip must be a number greater than 0 (or none), not " + clip);
            }
            Checks.positive(lambda, "the reward model's lambda");
            if (!(minPropensity >= 0 && minPropensity < 1)) {
                throw BanditException.option("min_propensity", "min_propensity must lie in [0, 1), not "
                        + minPropensity);
            }
            Checks.openUnit(level, "the confidence level");
        }

        public Options withClip(double clip) {
            return new Options(clip, lambda, minPropensity, level);
        }

        public Options withLevel(double level) {
            return new Options(clip, lambda, minPropensity, level);
        }
    }

    /** The options a script may give an evaluation ({@code using ips, dr (clip = 20)}). */
    public static final List<BanditOption> OPTIONS = List.of(
            new BanditOption("clip", "number", "none",
                    "the largest importance weight π/p used by ips, snips and dr; larger ones are cut to it"),
            new BanditOption("lambda", "number", OptionText.number(RidgeRegression.DEFAULT_LAMBDA),
                    "the ridge penalty of dr's per-arm reward model on context features (glmnet's lambda)"),
            new BanditOption("min_propensity", "number", OptionText.number(DEFAULT_MIN_PROPENSITY),
                    "warn when a logged propensity is below this"),
            new BanditOption("level", "number", OptionText.number(DEFAULT_LEVEL),
                    "the confidence level of the intervals"));

    private OffPolicyEvaluation() {
    }

    /**
     * The options from a script's values; options left out take their defaults.
     *
     * @throws BanditException naming the option, for an unknown option or a bad value
     */
    public static Options options(Map<String, OptionValue> values) {
        OptionValues v = new OptionValues("evaluate offline", values, OPTIONS);
        Options d = Options.DEFAULTS;
        return new Options(v.limit("clip", d.clip()), v.number("lambda", d.lambda()),
                v.number("min_propensity", d.minPropensity()), v.number("level", d.level()));
    }

    /**
     * The value of the target whose probability of arm a in row i is {@code target[i][a]}, by each of
     * {@code estimators}. Not modified: target.
     *
     * @throws BanditException when the target's rows do not match the log's rows and arms or are not probabilities,
     *     the log lacks the propensities an estimator needs, or no row can inform a ratio estimator
     */
    public static OffPolicyReport evaluate(BanditLog log, double[][] target, List<OffPolicyEstimator> estimators,
            Options options) {
        checkTarget(log, target);
        if (estimators.isEmpty()) {
            throw new BanditException("name at least one estimator: replay, ips, snips or dr");
        }
        boolean needsPropensity = estimators.stream().anyMatch(e -> e != OffPolicyEstimator.REPLAY);
        if (needsPropensity) {
            log.requirePropensity("ips, snips and dr");
        }
        if (log.hasPositions()) {
            return SlateEvaluation.independentPositionIps(log, target, estimators, options);
        }
        Weights weights = log.hasPropensity() ? Weights.of(log, target, options.clip()) : null;
        List<PolicyValueEstimate> estimates = new ArrayList<>();
        for (OffPolicyEstimator estimator : estimators) {
            estimates.add(estimate(estimator, log, target, weights, options));
        }
        return report(log, 0, estimates, loggedValue(log, options.level()), weights, target, estimators, options);
    }

    /**
     * The value of {@code target} as it stands, its probabilities in each row's context (the log's context must be
     * the features the policy reads, in order). A context-free policy's one distribution serves every row, so a
     * Thompson sampler's Monte Carlo runs once. Not modified: target.
     *
     * @throws BanditException as {@link #evaluate(BanditLog, double[][], List, Options)}, or when the log has
     *     positions (a slate needs the target's probability of each arm at each position)
     */
    public static OffPolicyReport evaluate(BanditLog log, Policy target, List<OffPolicyEstimator> estimators,
            Options options) {
        if (log.hasPositions()) {
            throw new BanditException("the log has positions, so its rows are slates: give the target's "
                    + "probability of each arm at each row's position");
        }
        if (target.arms() != log.arms()) {
            throw new BanditException("the target policy has " + target.arms() + " arms but the log has "
                    + log.arms());
        }
        double[][] probabilities = new double[log.rows()][];
        double[] shared = target.readsContext() ? null : target.probabilities(null);
        for (int i = 0; i < log.rows(); i++) {
            probabilities[i] = shared != null ? shared : target.probabilities(log.contextRow(i));
        }
        return evaluate(log, probabilities, estimators, options);
    }

    private static PolicyValueEstimate estimate(OffPolicyEstimator estimator, BanditLog log, double[][] target,
            Weights weights, Options options) {
        int n = log.rows();
        double[] reward = new double[n];
        for (int i = 0; i < n; i++) {
            reward[i] = log.reward(i);
        }
        switch (estimator) {
            case REPLAY: {
                double[] match = new double[n];
                for (int i = 0; i < n; i++) {
                    match[i] = target[i][log.action(i)];
                }
                requireSomeWeight(match, "replay", "the target never plays an arm the log shows");
                return TermStatistics.ratio("replay", match, reward, options.level());
            }
            case IPS: {
                double[] terms = new double[n];
                for (int i = 0; i < n; i++) {
                    terms[i] = weights.clipped[i] * reward[i];
                }
                return TermStatistics.mean("ips", terms, options.level());
            }
            case SNIPS:
                requireSomeWeight(weights.clipped, "snips", "every importance weight is 0");
                return TermStatistics.ratio("snips", weights.clipped, reward, options.level());
            case DR:
                return TermStatistics.mean("dr", doublyRobustTerms(log, target, weights, options), options.level());
            default:
                throw new IllegalStateException("unknown estimator " + estimator);
        }
    }

    /** {@code Σ_a π(a|x_i) q(x_i, a) + w_i (r_i − q(x_i, a_i))} per row. */
    private static double[] doublyRobustTerms(BanditLog log, double[][] target, Weights weights, Options options) {
        RewardModel model = RewardModel.fit(log, options.lambda());
        double[] terms = new double[log.rows()];
        for (int i = 0; i < log.rows(); i++) {
            double[] x = log.contextRow(i);
            double direct = 0;
            for (int a = 0; a < log.arms(); a++) {
                if (target[i][a] != 0) {
                    direct += target[i][a] * model.predict(a, x);
                }
            }
            int logged = log.action(i);
            terms[i] = direct + weights.clipped[i] * (log.reward(i) - model.predict(logged, x));
        }
        return terms;
    }

    /** The logging policy's value: the mean logged reward, per row. */
    private static PolicyValueEstimate loggedValue(BanditLog log, double level) {
        double[] reward = new double[log.rows()];
        for (int i = 0; i < reward.length; i++) {
            reward[i] = log.reward(i);
        }
        return TermStatistics.mean("logging policy", reward, level);
    }

    static OffPolicyReport report(BanditLog log, int slates, List<PolicyValueEstimate> estimates,
            PolicyValueEstimate logged, Weights weights, double[][] target, List<OffPolicyEstimator> estimators,
            Options options) {
        List<String> warnings = OffPolicyWarnings.of(log, target, weights, estimators, options);
        if (weights == null) {
            return new OffPolicyReport(log.rows(), log.arms(), slates, options.level(), estimates, logged,
                    OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), warnings);
        }
        return new OffPolicyReport(log.rows(), log.arms(), slates, options.level(), estimates, logged,
                OptionalDouble.of(weights.effectiveSampleSize()), OptionalDouble.of(weights.max()),
                OptionalDouble.of(weights.minPropensity()), warnings);
    }

    private static void requireSomeWeight(double[] weight, String estimator, String why) {
        for (double w : weight) {
            if (w > 0) {
                return;
            }
        }
        throw new BanditException(estimator + " has nothing to average: " + why);
    }

    private static void checkTarget(BanditLog log, double[][] target) {
        if (target.length != log.rows()) {
            throw new BanditException("the target policy's probabilities have " + target.length + " rows but the "
                    + "log has " + log.rows());
        }
        for (int i = 0; i < target.length; i++) {
            double[] p = target[i];
            if (p == null || p.length != log.arms()) {
                throw new BanditException("row " + (i + 1) + " of the target policy's probabilities has "
                        + (p == null ? 0 : p.length) + " arms but the log has " + log.arms());
            }
            double sum = 0;
            for (int a = 0; a < p.length; a++) {
                if (!(p[a] >= 0 && p[a] <= 1)) {
                    throw new BanditException("row " + (i + 1) + " gives the target policy probability " + p[a]
                            + " for arm " + log.armLabels().get(a) + "; probabilities lie in [0, 1]");
                }
                sum += p[a];
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw new BanditException("row " + (i + 1) + "'s target probabilities sum to " + sum
                        + ", not 1");
            }
        }
    }
}

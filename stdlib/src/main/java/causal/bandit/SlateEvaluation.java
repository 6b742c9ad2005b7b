package causal.bandit;

import java.util.List;

/**
 * Off-policy evaluation of slates under the independent-position model (see {@link OffPolicyEvaluation}): the
 * value of a slate is the sum of its positions' rewards, and each row (a slate's position) is weighted by the
 * target's over the logging policy's probability of that arm at that position.
 */
final class SlateEvaluation {
    private SlateEvaluation() {
    }

    static OffPolicyReport independentPositionIps(BanditLog log, double[][] target,
            List<OffPolicyEstimator> estimators, OffPolicyEvaluation.Options options) {
        for (OffPolicyEstimator estimator : estimators) {
            if (estimator != OffPolicyEstimator.IPS) {
                throw new BanditException("the log has positions, so its rows are slates; " + estimator.keyword()
                        + " does not apply to slates, only ips (as the independent-position IPS)");
            }
        }
        Weights weights = Weights.of(log, target, options.clip());
        int slates = log.slates();
        double[] weighted = new double[slates];
        double[] logged = new double[slates];
        for (int i = 0; i < log.rows(); i++) {
            int s = log.slateOf(i);
            weighted[s] += weights.clipped[i] * log.reward(i);
            logged[s] += log.reward(i);
        }
        PolicyValueEstimate iips = TermStatistics.mean("iips", weighted, options.level());
        PolicyValueEstimate loggingPolicy = TermStatistics.mean("logging policy", logged, options.level());
        return OffPolicyEvaluation.report(log, slates, List.of(iips), loggingPolicy, weights, target, estimators,
                options);
    }
}

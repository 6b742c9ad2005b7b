package causal.bandit;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What off-policy evaluation found: the target policy's value by each estimator asked for, the logging policy's
 * own value (the mean logged reward, for comparison), and diagnostics of the importance weights
 * {@code w = π(a|x) / p}: the effective sample size {@code (Σw)² / Σw²} (Kish), the largest weight and the smallest
 * propensity, all before any clipping, and empty when the log has no propensities. {@code slates} is 0 unless the log
 * has positions, when values are per slate.
 */
public record OffPolicyReport(int rows, int arms, int slates, double level, List<PolicyValueEstimate> estimates,
        PolicyValueEstimate loggingPolicy, OptionalDouble effectiveSampleSize, OptionalDouble maxWeight,
        OptionalDouble minPropensity, List<String> warnings) {

    public OffPolicyReport {
        estimates = List.copyOf(estimates);
        warnings = List.copyOf(warnings);
    }

    /** The estimate by {@code estimator} (its keyword, e.g. {@code snips}), if it was asked for. */
    public Optional<PolicyValueEstimate> estimate(String estimator) {
        return estimates.stream().filter(e -> e.estimator().equals(estimator)).findFirst();
    }
}

package causal.bandit;

/**
 * One estimate of a policy's value (its expected reward per round, or per slate for a slate log) with its standard
 * error and a normal confidence interval at the report's level.
 */
public record PolicyValueEstimate(String estimator, double value, double stdError, double ciLow, double ciHigh) {
}

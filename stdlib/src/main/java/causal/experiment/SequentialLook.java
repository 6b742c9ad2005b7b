package causal.experiment;

/**
 * The state of a sequential test after one look at the first {@code control} and {@code treatment} units: the
 * difference so far, its standard error, the mixture likelihood ratio, and the always-valid p-value and confidence
 * sequence, both running over every look up to this one.
 */
public record SequentialLook(long control, long treatment, double difference, double stdError,
                             double likelihoodRatio, double pValue, double ciLow, double ciHigh) {
}

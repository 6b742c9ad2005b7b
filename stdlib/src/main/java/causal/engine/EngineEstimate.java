package causal.engine;

import causal.estimate.Estimate;

/**
 * An estimate a distributed engine computed, and how many rows it left out for a missing value in a column the
 * estimate uses (which the results report as the in-memory estimate's dropped rows).
 */
public record EngineEstimate(Estimate estimate, long dropped) {
}

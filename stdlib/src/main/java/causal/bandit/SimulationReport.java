package causal.bandit;

import java.util.List;
import java.util.Optional;

/**
 * A simulation of several policies on one environment with the same seed streams: each policy's performance, in the
 * order given, the best arm's mean reward the regret is measured against, and notes (a replayed log that ran out
 * before the rounds asked for, a log that was not collected uniformly at random).
 */
public record SimulationReport(String environment, long rounds, int runs, long seed, double bestArmMean,
        List<PolicyPerformance> policies, List<String> notes) {

    public SimulationReport {
        policies = List.copyOf(policies);
        notes = List.copyOf(notes);
    }

    /** The performance of the policy labelled {@code label}, if it was simulated. */
    public Optional<PolicyPerformance> policy(String label) {
        return policies.stream().filter(p -> p.policy().equals(label)).findFirst();
    }
}

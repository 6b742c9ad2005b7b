package causal.bandit;

import java.util.List;

/**
 * How one policy did in a simulation, averaged over its runs: the cumulative reward over {@code rounds} rounds, the
 * mean reward per round, the cumulative regret against always playing the best arm, the share of rounds each arm
 * was played, and the regret curve at up to the simulation's number of checkpoints.
 */
public record PolicyPerformance(String policy, long rounds, double cumulativeReward, double meanReward, double regret,
        List<Double> armShares, List<RegretPoint> curve) {

    public PolicyPerformance {
        armShares = List.copyOf(armShares);
        curve = List.copyOf(curve);
    }
}

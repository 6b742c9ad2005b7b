package causal.bandit;

import java.util.ArrayList;
import java.util.List;

/**
 * One policy's cumulative regret and reward over the runs of a simulation, summed at evenly spaced checkpoints
 * (round {@code ceil(j · rounds / P)} for j = 1…P), with how often each arm was played and the fewest rounds a run
 * reached.
 */
final class Trajectories {
    private final int rounds;
    private final long[] checkpoint;
    private final double[] regretSum;
    private final double[] rewardSum;
    private final double[] pullSum;
    private final long[] pulls;
    private int runs;
    private int fewest = Integer.MAX_VALUE;
    private int next;
    private int reached;
    private double regret;
    private double reward;
    private double regretTotal;
    private double rewardTotal;

    Trajectories(int arms, int rounds, int checkpoints) {
        this.rounds = rounds;
        int points = Math.min(checkpoints, rounds);
        this.checkpoint = new long[points];
        for (int j = 1; j <= points; j++) {
            checkpoint[j - 1] = ((long) j * rounds + points - 1) / points;
        }
        this.regretSum = new double[points];
        this.rewardSum = new double[points];
        this.pullSum = new double[arms];
        this.pulls = new long[arms];
    }

    void startRun() {
        next = 0;
        reached = 0;
        regret = 0;
        reward = 0;
        java.util.Arrays.fill(pulls, 0);
    }

    /** Round {@code t} of the current run played {@code arm}, leaving these cumulative totals. */
    void record(int t, int arm, double cumulativeRegret, double cumulativeReward) {
        pulls[arm]++;
        reached = t;
        regret = cumulativeRegret;
        reward = cumulativeReward;
        if (next < checkpoint.length && t == checkpoint[next]) {
            regretSum[next] += cumulativeRegret;
            rewardSum[next] += cumulativeReward;
            next++;
        }
    }

    void endRun() {
        runs++;
        fewest = Math.min(fewest, reached);
        regretTotal += regret;
        rewardTotal += reward;
        for (int a = 0; a < pulls.length; a++) {
            pullSum[a] += pulls[a];
        }
    }

    /** The fewest rounds any run reached (fewer than asked only when a replayed log ran out). */
    int fewestRounds() {
        return fewest;
    }

    /** The averages over runs; every run must have reached all its rounds. */
    PolicyPerformance performance(String label) {
        List<RegretPoint> curve = new ArrayList<>(checkpoint.length);
        for (int j = 0; j < checkpoint.length; j++) {
            curve.add(new RegretPoint(checkpoint[j], regretSum[j] / runs, rewardSum[j] / runs));
        }
        List<Double> shares = new ArrayList<>(pullSum.length);
        for (double p : pullSum) {
            shares.add(p / ((double) runs * rounds));
        }
        double cumulativeReward = rewardTotal / runs;
        return new PolicyPerformance(label, rounds, cumulativeReward, cumulativeReward / rounds, regretTotal / runs,
                shares, curve);
    }
}

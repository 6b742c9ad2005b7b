package causal.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import causal.random.RandomSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo coverage: logs drawn from a known stochastic logging policy, a second policy as the target, whose true
 * value is known exactly; over 100 seeds the 95% intervals of each estimator must cover the true value in at least
 * 85 (a binomial(100, 0.95) falls below 86 with probability under 0.1%; a biased estimator or a standard error too
 * small by a quarter falls well below).
 */
class OffPolicyCoverageTest {
    private static final int SEEDS = 100;
    private static final int MIN_COVERED = 85;

    /** Bernoulli arms 0.3, 0.5, 0.6 logged with probabilities 0.5, 0.3, 0.2; the target plays 0.1, 0.2, 0.7. */
    @Test
    void ipsSnipsAndDrCoverTheTargetsValueOnContextFreeLogs() {
        double[] mean = {0.3, 0.5, 0.6};
        double[] logging = {0.5, 0.3, 0.2};
        double[] target = {0.1, 0.2, 0.7};
        double truth = 0.1 * 0.3 + 0.2 * 0.5 + 0.7 * 0.6;
        int[] covered = new int[3];
        List<OffPolicyEstimator> estimators = List.of(OffPolicyEstimator.IPS, OffPolicyEstimator.SNIPS,
                OffPolicyEstimator.DR);
        for (int seed = 0; seed < SEEDS; seed++) {
            RandomSource rng = new RandomSource(seed);
            int n = 1000;
            int[] action = new int[n];
            double[] reward = new double[n];
            double[] propensity = new double[n];
            double[][] targetRows = new double[n][];
            for (int i = 0; i < n; i++) {
                action[i] = draw(logging, rng);
                reward[i] = rng.nextDouble() < mean[action[i]] ? 1 : 0;
                propensity[i] = logging[action[i]];
                targetRows[i] = target;
            }
            BanditLog log = BanditLog.of(3, action, reward).withPropensity(propensity);
            OffPolicyReport report = OffPolicyEvaluation.evaluate(log, targetRows, estimators,
                    OffPolicyEvaluation.Options.DEFAULTS);
            countCoverage(report, truth, covered);
        }
        assertEachCovers(covered);
    }

    /**
     * One context feature x ~ U(0, 1); arm a pays 1 with probability b_a + c_a·x; the logging policy plays arm a
     * with probability ∝ exp(θ_a x); the target plays arm 2 when x > 0.5 and arm 0 otherwise, so its value is
     * ∫₀^½ (b_0 + c_0 x) dx + ∫_½^1 (b_2 + c_2 x) dx. DR's reward model is the per-arm ridge regression on x.
     */
    @Test
    void ipsSnipsAndDrCoverTheTargetsValueOnContextualLogs() {
        double[] b = {0.5, 0.3, 0.1};
        double[] c = {-0.3, 0.2, 0.6};
        double[] theta = {-1, 0, 1.5};
        double truth = b[0] * 0.5 + c[0] * 0.125 + b[2] * 0.5 + c[2] * 0.375;
        int[] covered = new int[3];
        List<OffPolicyEstimator> estimators = List.of(OffPolicyEstimator.IPS, OffPolicyEstimator.SNIPS,
                OffPolicyEstimator.DR);
        for (int seed = 0; seed < SEEDS; seed++) {
            RandomSource rng = new RandomSource(1000 + seed);
            int n = 1000;
            int[] action = new int[n];
            double[] reward = new double[n];
            double[] propensity = new double[n];
            double[][] context = new double[n][1];
            double[][] targetRows = new double[n][];
            double[] logging = new double[3];
            for (int i = 0; i < n; i++) {
                double x = rng.nextDouble();
                context[i][0] = x;
                softmax(theta, x, logging);
                action[i] = draw(logging, rng);
                reward[i] = rng.nextDouble() < b[action[i]] + c[action[i]] * x ? 1 : 0;
                propensity[i] = logging[action[i]];
                targetRows[i] = x > 0.5 ? new double[] {0, 0, 1} : new double[] {1, 0, 0};
            }
            BanditLog log = BanditLog.of(3, action, reward).withPropensity(propensity)
                    .withContext(context, List.of("x"));
            OffPolicyReport report = OffPolicyEvaluation.evaluate(log, targetRows, estimators,
                    OffPolicyEvaluation.Options.DEFAULTS);
            countCoverage(report, truth, covered);
        }
        assertEachCovers(covered);
    }

    /** Replay is for uniformly random logs: there it covers the value of a deterministic target. */
    @Test
    void replayCoversTheTargetsValueOnUniformLogs() {
        double[] mean = {0.3, 0.5, 0.6, 0.2};
        int covered = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            RandomSource rng = new RandomSource(5000 + seed);
            int n = 2000;
            int[] action = new int[n];
            double[] reward = new double[n];
            double[][] targetRows = new double[n][];
            for (int i = 0; i < n; i++) {
                action[i] = rng.nextInt(4);
                reward[i] = rng.nextDouble() < mean[action[i]] ? 1 : 0;
                targetRows[i] = new double[] {0, 0, 1, 0};
            }
            OffPolicyReport report = OffPolicyEvaluation.evaluate(BanditLog.of(4, action, reward), targetRows,
                    List.of(OffPolicyEstimator.REPLAY), OffPolicyEvaluation.Options.DEFAULTS);
            PolicyValueEstimate replay = report.estimate("replay").orElseThrow();
            covered += replay.ciLow() <= 0.6 && 0.6 <= replay.ciHigh() ? 1 : 0;
        }
        assertThat(covered).isGreaterThanOrEqualTo(MIN_COVERED);
    }

    private static void countCoverage(OffPolicyReport report, double truth, int[] covered) {
        for (int k = 0; k < report.estimates().size(); k++) {
            PolicyValueEstimate e = report.estimates().get(k);
            covered[k] += e.ciLow() <= truth && truth <= e.ciHigh() ? 1 : 0;
        }
    }

    private static void assertEachCovers(int[] covered) {
        assertThat(covered[0]).as("seeds where ips covers").isGreaterThanOrEqualTo(MIN_COVERED);
        assertThat(covered[1]).as("seeds where snips covers").isGreaterThanOrEqualTo(MIN_COVERED);
        assertThat(covered[2]).as("seeds where dr covers").isGreaterThanOrEqualTo(MIN_COVERED);
    }

    private static int draw(double[] p, RandomSource rng) {
        double u = rng.nextDouble();
        for (int a = 0; a < p.length - 1; a++) {
            u -= p[a];
            if (u < 0) {
                return a;
            }
        }
        return p.length - 1;
    }

    private static void softmax(double[] theta, double x, double[] out) {
        double total = 0;
        for (int a = 0; a < theta.length; a++) {
            out[a] = Math.exp(theta[a] * x);
            total += out[a];
        }
        for (int a = 0; a < theta.length; a++) {
            out[a] /= total;
        }
    }
}

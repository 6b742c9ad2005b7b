package causal.random;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Poisson draws follow the Poisson probabilities, by inversion and by PTRS. */
class PoissonTest {
    private static double[] draw(double lambda, long seed) {
        double[] out = new double[1_000_000];
        new Poisson().sample(new RandomSource(seed), new double[][] {{lambda}}, out);
        return out;
    }

    private static double pmf(double lambda, int k) {
        return Math.exp(-lambda + k * Math.log(lambda) - CountsCheck.logFactorial(k));
    }

    @Test
    void smallMeanByInversionFollowsTheProbabilities() {
        CountsCheck.assertFollows(draw(4.2, 31), k -> pmf(4.2, k), 60);
    }

    @Test
    void largeMeanByTransformedRejectionFollowsTheProbabilities() {
        CountsCheck.assertFollows(draw(25, 32), k -> pmf(25, k), 120);
    }

    @Test
    void zeroMeanGivesZero() {
        assertThat(draw(0, 1)).containsOnly(0.0);
    }
}

package causal.random;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The binomial draws follow the binomial probabilities, by inversion and by BTRD, both tails and mirrored. */
class BinomialTest {
    private static double[] draw(int n, double p, long seed) {
        double[] out = new double[1_000_000];
        new Binomial().sample(new RandomSource(seed), new double[][] {{n}, {p}}, out);
        return out;
    }

    private static double pmf(int n, double p, int k) {
        if (k > n) {
            return 0;
        }
        return Math.exp(CountsCheck.logFactorial(n) - CountsCheck.logFactorial(k) - CountsCheck.logFactorial(n - k)
                + k * Math.log(p) + (n - k) * Math.log1p(-p));
    }

    @Test
    void smallMeanByInversionFollowsTheProbabilities() {
        CountsCheck.assertFollows(draw(20, 0.3, 21), k -> pmf(20, 0.3, k), 20);
    }

    @Test
    void largeMeanByTransformedRejectionFollowsTheProbabilities() {
        CountsCheck.assertFollows(draw(100, 0.3, 22), k -> pmf(100, 0.3, k), 100);
    }

    @Test
    void probabilityAboveOneHalfIsMirrored() {
        CountsCheck.assertFollows(draw(300, 0.9, 23), k -> pmf(300, 0.9, k), 300);
    }

    @Test
    void edgeProbabilitiesAndZeroTrialsAreCertain() {
        assertThat(draw(7, 0, 1)).containsOnly(0.0);
        assertThat(draw(7, 1, 1)).containsOnly(7.0);
        assertThat(draw(0, 0.5, 1)).containsOnly(0.0);
    }
}

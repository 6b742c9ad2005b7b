package causal.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Moments of 10^6 seeded draws against the distributions' textbook means and variances (as R's help pages give
 * them, e.g. {@code ?rgamma}: mean shape/rate, variance shape/rate^2). Means must lie within 5 standard errors,
 * variances within a few percent.
 */
class DistributionTest {
    private static final int N = 1_000_000;

    private static double[] draw(String name, long seed, double... constants) {
        double[][] params = new double[constants.length][];
        for (int k = 0; k < constants.length; k++) {
            params[k] = new double[] {constants[k]};
        }
        double[] out = new double[N];
        Distribution.byName(name).orElseThrow().sample(new RandomSource(seed), params, out);
        return out;
    }

    private static void assertMoments(double[] x, double mean, double variance, double varianceTolerance) {
        double m = Arrays.stream(x).average().orElseThrow();
        double v = Arrays.stream(x).map(d -> (d - m) * (d - m)).sum() / (x.length - 1);
        assertThat(m).as("mean").isCloseTo(mean, within(5 * Math.sqrt(variance / x.length)));
        assertThat(v).as("variance").isCloseTo(variance, within(varianceTolerance * variance));
    }

    @Test
    void registryKnowsEveryDistributionByItsScriptName() {
        assertThat(Distribution.all()).extracting(Distribution::name).containsExactly("normal", "uniform",
                "bernoulli", "binomial", "poisson", "exponential", "beta", "gamma", "categorical");
        assertThat(Distribution.byName("gamma")).contains(new Gamma());
        assertThat(Distribution.byName("lognormal")).isEmpty();
    }

    @Test
    void signaturesNameTheParametersInOrder() {
        assertThat(new Normal().signature()).isEqualTo("normal(mean, sd)");
        assertThat(new Gamma().signature()).isEqualTo("gamma(shape, rate)");
        assertThat(new Binomial().parameterCount()).isEqualTo(2);
        assertThat(new Exponential().parameterCount()).isEqualTo(1);
        assertThat(new Categorical().parameterCount()).isEqualTo(1);
        assertThat(new Categorical().signature()).isEqualTo("categorical([p1, p2, …])");
    }

    @Test
    void normalHasItsMeanAndVariance() {
        assertMoments(draw("normal", 1, 2, 3), 2, 9, 0.01);
    }

    @Test
    void normalDrawsMatchAnIndependentZiggurat() {
        double[] out = new double[100_000];
        new Normal().sample(new RandomSource(2024), new double[][] {{0}, {1}}, out);

        // Python 3: Doornik's 128-block ziggurat written from his paper, tables from math.exp/log/sqrt, on the
        // golden xoshiro256** stream of seed 2024 (see RandomSourceTest); math.fsum of the draws and their squares.
        // Among these draws 48 come from the tail beyond 3.4426, so every branch is compared.
        double[] python = {-1.590303196995506, 0.5726522630742866, -2.9465043211462607, -0.6220157404320608,
                1.040689505741376, -0.36048528471131613};
        for (int i = 0; i < python.length; i++) {
            assertThat(out[i]).isCloseTo(python[i], within(1e-14));
        }
        assertThat(Arrays.stream(out).sum()).isCloseTo(-248.45768366613717, within(1e-9));
        assertThat(Arrays.stream(out).map(x -> x * x).sum()).isCloseTo(100345.87941743294, within(1e-7));
        assertThat(Arrays.stream(out).filter(x -> Math.abs(x) > 3.442619855899).count()).isEqualTo(48);
    }

    @Test
    void normalDrawsFollowTheNormalDistributionFunction() {
        double[] x = draw("normal", 17, 0, 1);
        // Counts in the cells between these points against Φ (values of R: pnorm(c(-3, -2, -1, 0, 1, 2, 3)))
        double[] cuts = {-3, -2, -1, 0, 1, 2, 3};
        double[] cdf = {0.001349898031630095, 0.02275013194817921, 0.1586552539314571, 0.5, 0.8413447460685429,
                0.9772498680518208, 0.9986501019683699};
        long[] counts = new long[cuts.length + 1];
        for (double d : x) {
            int cell = 0;
            while (cell < cuts.length && d >= cuts[cell]) {
                cell++;
            }
            counts[cell]++;
        }
        double statistic = 0;
        for (int c = 0; c < counts.length; c++) {
            double p = (c == cuts.length ? 1 : cdf[c]) - (c == 0 ? 0 : cdf[c - 1]);
            double expected = p * N;
            statistic += (counts[c] - expected) * (counts[c] - expected) / expected;
        }
        // 7 degrees of freedom: R qchisq(0.9999, 7) = 29.88
        assertThat(statistic).isLessThan(29.88);
    }

    @Test
    void uniformHasItsMeanAndVariance() {
        double[] x = draw("uniform", 2, -1, 3);

        assertMoments(x, 1, 16.0 / 12, 0.01);
        assertThat(Arrays.stream(x).min().orElseThrow()).isGreaterThanOrEqualTo(-1);
        assertThat(Arrays.stream(x).max().orElseThrow()).isLessThan(3);
    }

    @Test
    void bernoulliHasItsMeanAndOnlyZerosAndOnes() {
        double[] x = draw("bernoulli", 3, 0.3);

        assertMoments(x, 0.3, 0.21, 0.01);
        assertThat(Arrays.stream(x).allMatch(d -> d == 0 || d == 1)).isTrue();
    }

    @Test
    void binomialHasItsMeanAndVarianceBySmallAndLargeMeans() {
        assertMoments(draw("binomial", 4, 20, 0.3), 6, 4.2, 0.02);
        assertMoments(draw("binomial", 5, 1000, 0.7), 700, 210, 0.02);
        assertMoments(draw("binomial", 6, 50, 0.5), 25, 12.5, 0.02);
    }

    @Test
    void poissonHasItsMeanAndVarianceBySmallAndLargeMeans() {
        assertMoments(draw("poisson", 7, 3.5), 3.5, 3.5, 0.02);
        assertMoments(draw("poisson", 8, 50), 50, 50, 0.02);
        assertMoments(draw("poisson", 9, 1e6), 1e6, 1e6, 0.02);
    }

    @Test
    void exponentialHasItsMeanAndVariance() {
        assertMoments(draw("exponential", 10, 2), 0.5, 0.25, 0.02);
    }

    @Test
    void gammaHasItsMeanAndVarianceForLargeAndSmallShapes() {
        assertMoments(draw("gamma", 11, 2.5, 2), 1.25, 0.625, 0.02);
        assertMoments(draw("gamma", 12, 0.3, 1), 0.3, 0.3, 0.03);
    }

    @Test
    void betaHasItsMeanAndVarianceForLargeAndSmallShapes() {
        // Var = ab / ((a + b)^2 (a + b + 1))
        assertMoments(draw("beta", 13, 2, 5), 2.0 / 7, 10.0 / (49 * 8), 0.02);
        double[] small = draw("beta", 14, 0.2, 0.3);
        assertMoments(small, 0.4, 0.06 / (0.25 * 1.5), 0.02);
        assertThat(Arrays.stream(small).allMatch(d -> d >= 0 && d <= 1)).isTrue();
    }

    @Test
    void categoricalGivesEachCodeWithItsProbability() {
        double[] out = new double[N];
        new Categorical().sample(new RandomSource(15), new double[][] {{0.2}, {0.5}, {0}, {0.3}}, out);
        int[] counts = new int[4];
        for (double code : out) {
            counts[(int) code]++;
        }

        assertThat(counts[2]).isZero();
        assertThat(counts[0] / (double) N).isCloseTo(0.2, within(5 * Math.sqrt(0.16 / N)));
        assertThat(counts[1] / (double) N).isCloseTo(0.5, within(5 * Math.sqrt(0.25 / N)));
        assertThat(counts[3] / (double) N).isCloseTo(0.3, within(5 * Math.sqrt(0.21 / N)));
    }

    @Test
    void constantParameterDrawsTheSameAsAFilledColumn() {
        for (Distribution d : Distribution.all()) {
            double[] constants = switch (d.name()) {
                case "normal", "uniform" -> new double[] {1, 2};
                case "binomial" -> new double[] {30, 0.4};
                case "poisson" -> new double[] {12};
                case "beta", "gamma" -> new double[] {0.7, 2};
                case "categorical" -> new double[] {0.25, 0.75};
                default -> new double[] {0.5};
            };
            double[][] constantParams = new double[constants.length][];
            double[][] filledParams = new double[constants.length][];
            for (int k = 0; k < constants.length; k++) {
                constantParams[k] = new double[] {constants[k]};
                filledParams[k] = new double[1000];
                Arrays.fill(filledParams[k], constants[k]);
            }
            double[] a = new double[1000];
            double[] b = new double[1000];
            d.sample(new RandomSource(99), constantParams, a);
            d.sample(new RandomSource(99), filledParams, b);

            assertThat(a).as(d.name()).containsExactly(b);
        }
    }

    @Test
    void parametersMayVaryByRow() {
        double[] mean = new double[N];
        for (int i = 0; i < N; i++) {
            mean[i] = i % 2 == 0 ? 0 : 100;
        }
        double[] out = new double[N];
        new Normal().sample(new RandomSource(16), new double[][] {mean, {1}}, out);

        double evenMean = 0;
        double oddMean = 0;
        for (int i = 0; i < N; i += 2) {
            evenMean += out[i] / (N / 2.0);
            oddMean += out[i + 1] / (N / 2.0);
        }
        assertThat(evenMean).isCloseTo(0, within(0.01));
        assertThat(oddMean).isCloseTo(100, within(0.01));
    }

    @Test
    void sameSeedGivesTheSameDrawsForEveryDistribution() {
        for (Distribution d : Distribution.all()) {
            double[][] params = d.name().equals("categorical") ? new double[][] {{0.5}, {0.5}}
                    : d.name().equals("binomial") ? new double[][] {{40}, {0.3}}
                    : d.name().equals("bernoulli") ? new double[][] {{0.3}}
                    : d.parameterCount() == 1 ? new double[][] {{15}} : new double[][] {{1}, {3}};
            double[] a = new double[100];
            double[] b = new double[100];
            d.sample(new RandomSource(7), params, a);
            d.sample(new RandomSource(7), params, b);

            assertThat(a).as(d.name()).containsExactly(b);
        }
    }

    @Test
    void invalidParameterIsNamedWithItsValueAndRow() {
        double[] out = new double[4];
        RandomSource rng = new RandomSource(1);

        assertThatThrownBy(() -> new Normal().sample(rng, new double[][] {{0}, {1, 1, -1, 1}}, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("normal: sd must be at least 0 but is -1 at row 2");
        assertThatThrownBy(() -> new Bernoulli().sample(rng, new double[][] {{0.5, 1.5, 0, 0}}, out))
                .hasMessage("bernoulli: p must be between 0 and 1 but is 1.5 at row 1");
        assertThatThrownBy(() -> new Binomial().sample(rng, new double[][] {{2.5}, {0.5}}, out))
                .hasMessageContaining("n must be a whole number").hasMessageContaining("2.5 at row 0");
        assertThatThrownBy(() -> new Poisson().sample(rng, new double[][] {{-1}}, out))
                .hasMessage("poisson: lambda must be at least 0 but is -1 at row 0");
        assertThatThrownBy(() -> new Exponential().sample(rng, new double[][] {{0}}, out))
                .hasMessage("exponential: rate must be positive but is 0 at row 0");
        assertThatThrownBy(() -> new Gamma().sample(rng, new double[][] {{1, 1, 1, 0}, {1}}, out))
                .hasMessage("gamma: shape must be positive but is 0 at row 3");
        assertThatThrownBy(() -> new Beta().sample(rng, new double[][] {{1}, {Double.NaN}}, out))
                .hasMessage("beta: b must be positive but is NaN at row 0");
        assertThatThrownBy(() -> new Uniform().sample(rng, new double[][] {{2}, {1}}, out))
                .hasMessage("uniform: high must be at least low (2) but is 1 at row 0");
        assertThatThrownBy(() -> new Normal().sample(rng, new double[][] {{Double.POSITIVE_INFINITY}, {1}}, out))
                .hasMessage("normal: mean must be a finite number but is Infinity at row 0");
    }

    @Test
    void categoricalProbabilitiesMustSumToOne() {
        double[] out = new double[3];

        assertThatThrownBy(() -> new Categorical().sample(new RandomSource(1), new double[][] {{0.5}, {0.4}}, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("categorical: the probabilities must sum to 1 but sum to 0.9 at row 0");
        assertThatThrownBy(() -> new Categorical().sample(new RandomSource(1), new double[0][], out))
                .hasMessageContaining("at least one probability");
    }

    @Test
    void parameterColumnOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new Normal().sample(new RandomSource(1), new double[][] {{0, 1}, {1}},
                new double[3])).hasMessage("normal: parameter mean has 2 values for 3 rows");
        assertThatThrownBy(() -> new Normal().sample(new RandomSource(1), new double[][] {{0}}, new double[3]))
                .hasMessage("normal(mean, sd) takes 2 parameter columns, not 1");
    }
}

package causal.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntToDoubleFunction;

/**
 * Pearson's chi-square test of draws against a probability mass function, pooling the tails so that every cell
 * expects at least 20 draws.
 */
final class CountsCheck {
    private CountsCheck() {
    }

    /** Fails unless the statistic is below the 0.9999 quantile of its chi-square distribution. */
    static void assertFollows(double[] draws, IntToDoubleFunction pmf, int maxValue) {
        long[] counts = new long[maxValue + 1];
        for (double d : draws) {
            counts[(int) d]++;
        }
        double n = draws.length;
        double statistic = 0;
        int cells = 0;
        double pooledExpected = 0;
        double pooledObserved = 0;
        for (int k = 0; k <= maxValue; k++) {
            pooledExpected += n * pmf.applyAsDouble(k);
            pooledObserved += counts[k];
            if (pooledExpected >= 20) {
                statistic += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
                cells++;
                pooledExpected = 0;
                pooledObserved = 0;
            }
        }
        int df = cells - 1;
        // Wilson–Hilferty approximation of the 0.9999 quantile (z = 3.719).
        double h = 2.0 / (9 * df);
        double quantile = df * Math.pow(1 - h + 3.719 * Math.sqrt(h), 3);
        assertThat(statistic).as("chi-square on %d degrees of freedom", df).isLessThan(quantile);
    }

    static double logFactorial(int k) {
        double sum = 0;
        for (int i = 2; i <= k; i++) {
            sum += Math.log(i);
        }
        return sum;
    }
}

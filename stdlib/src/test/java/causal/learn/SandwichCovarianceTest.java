package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The variances of chosen coefficients, which an effect estimate reports, against the diagonal of the whole
 * sandwich ({@link SandwichCovariance#heteroskedastic}, checked against R's {@code sandwich} by the estimators'
 * tests): each is {@code Σ s² (a'x)²} along the coefficient's row of the bread, the same number to rounding.
 */
class SandwichCovarianceTest {
    @Test
    void chosenVariancesAreTheSandwichsDiagonal() {
        // More rows than a block, so that the sums run over several blocks and a partial last one.
        int n = DesignMatrix.BLOCK_ROWS * 2 + 37;
        SplittableRandom random = new SplittableRandom(11);
        double[] ones = new double[n];
        double[] t = new double[n];
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            ones[i] = 1;
            x1[i] = random.nextGaussian() * 2 + 1;
            x2[i] = random.nextGaussian() - 3;
            t[i] = random.nextDouble() < 1 / (1 + Math.exp(-0.4 * x1[i])) ? 1 : 0;
            y[i] = 1 + 2 * t[i] + 0.5 * x1[i] - x2[i] + (1 + Math.abs(x1[i])) * random.nextGaussian();
            w[i] = 0.5 + random.nextDouble();
        }
        DesignMatrix design = DesignMatrix.ofColumns(List.of(DesignMatrix.INTERCEPT, "t", "x1", "x2"),
                new double[][] {ones, t, x1, x2});
        for (double[] weights : new double[][] {null, w}) {
            LinearFit fit = LinearRegression.fit(design, y, weights);
            for (CovarianceType type : CovarianceType.values()) {
                double[] whole = SandwichCovariance.heteroskedastic(fit, design, y, weights, type);
                double[] chosen = SandwichCovariance.heteroskedasticVariances(fit, design, y, weights, type, 1, 3, 0);
                int[] order = {1, 3, 0};
                for (int k = 0; k < order.length; k++) {
                    double diagonal = whole[order[k] * 4 + order[k]];
                    assertThat(chosen[k]).isCloseTo(diagonal, within(1e-12 * diagonal));
                }
            }
        }
    }
}

package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class LassoRegressionTest {
    private static final LearnData LINEAR = LearnData.load("linear");

    /*
     * R 4.2.2, glmnet 4.1-6, on linear.csv:
     *   d <- read.csv("linear.csv"); x <- as.matrix(d[, 1:5]); y <- d$y
     *   print(as.vector(coef(glmnet(x, y, alpha = 1, lambda = 0.3, thresh = 1e-22))), digits = 17)
     * thresh = 1e-22 rather than 1e-14: at 1e-14 glmnet stops about 3e-8 relative short of the minimum on the large
     * coefficients and 6e-7 on the smallest (0.0052846022 at λ = 0.05), where 1e-22 and our solver agree to 1e-10.
     */
    private static final double[] GLMNET_030 = {3.51460666765042973, 1.77288973246184045, -0.97166104830847011,
        6.87205848163214750, 0, 0};
    private static final double[] GLMNET_005 = {1.6469465490017789477, 1.9540964339550903617,
        -1.3999990886951239055, 9.1792882388276009209, 0.0052845988464552598, 0.1323167176151635593};

    @Test
    void matchesGlmnetWhereThePenaltyZeroesTwoCoefficients() {
        assertMatches(new LassoRegression(0.3).fit(LINEAR.features, LINEAR.target), GLMNET_030);
    }

    @Test
    void matchesGlmnetWhereEveryCoefficientIsNonZero() {
        assertMatches(new LassoRegression(0.05).fit(LINEAR.features, LINEAR.target), GLMNET_005);
    }

    @Test
    void setsTheDroppedCoefficientsToExactlyZero() {
        double[] b = new LassoRegression(0.3).fit(LINEAR.features, LINEAR.target).coefficients();
        assertThat(b[3]).isZero();
        assertThat(b[4]).isZero();
    }

    @Test
    void dropsEveryFeatureUnderAPenaltyAboveTheLargestCorrelation() {
        // λ_max = max_j |z_j'(y - ȳ)| / n, glmnet's first lambda; above it the lasso is the mean alone.
        LinearModel fit = new LassoRegression(1000).fit(LINEAR.features, LINEAR.target);
        assertThat(fit.coefficients()).containsOnly(0.0);
        assertThat(fit.intercept()).isCloseTo(StandardizedMoments.mean(LINEAR.target), withinPercentage(1e-12));
    }

    private static void assertMatches(LinearModel fit, double[] reference) {
        assertThat(fit.intercept()).isCloseTo(reference[0], withinPercentage(1e-4));
        double[] b = fit.coefficients();
        for (int j = 0; j < b.length; j++) {
            assertThat(b[j]).isCloseTo(reference[j + 1], withinPercentage(1e-4));
        }
    }
}

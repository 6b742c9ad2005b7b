package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class RidgeRegressionTest {
    private static final LearnData LINEAR = LearnData.load("linear");

    /**
     * R 4.2.2: the closed form on features standardized with divisor n.
     * <pre>
     * d <- read.csv("linear.csv"); x <- as.matrix(d[, 1:5]); y <- d$y; n <- nrow(x)
     * sd1 <- function(v) sqrt(mean((v - mean(v))^2)); s <- apply(x, 2, sd1)
     * z <- scale(x, center = TRUE, scale = s)
     * b <- solve(crossprod(z) / n + 0.5 * diag(5), crossprod(z, y - mean(y)) / n)
     * beta <- b / s; print(c(mean(y) - sum(colMeans(x) * beta), beta), digits = 17)
     * </pre>
     */
    private static final double[] CLOSED_FORM = {9.46578381028257176, 1.13942253226785128, -0.27640034514428352,
        5.81104830902054559, 0.25485687073264424, 0.13394914167114794};

    /**
     * R 4.2.2, glmnet 4.1-6; glmnet scales y to unit variance and leaves the ridge penalty on that scale, so λ = 0.5
     * of our objective is glmnet's lambda = 0.5 · sd1(y).
     * <pre>
     * print(as.vector(coef(glmnet(x, y, alpha = 0, lambda = 0.5 * sd1(y), thresh = 1e-14))), digits = 17)
     * </pre>
     */
    private static final double[] GLMNET = {9.46578382393164475, 1.13942253084187284, -0.27640034406648251,
        5.81104830704833564, 0.25485687118029915, 0.13394914148023510};

    @Test
    void matchesTheClosedFormComputedInR() {
        LinearModel fit = new RidgeRegression(0.5).fit(LINEAR.features, LINEAR.target);
        assertThat(fit.intercept()).isCloseTo(CLOSED_FORM[0], withinPercentage(1e-10));
        for (int j = 0; j < 5; j++) {
            assertThat(fit.coefficients()[j]).isCloseTo(CLOSED_FORM[j + 1], withinPercentage(1e-10));
        }
    }

    @Test
    void matchesGlmnetWithAlphaZeroToOneMillionth() {
        LinearModel fit = new RidgeRegression(0.5).fit(LINEAR.features, LINEAR.target);
        assertThat(fit.intercept()).isCloseTo(GLMNET[0], withinPercentage(1e-4));
        for (int j = 0; j < 5; j++) {
            assertThat(fit.coefficients()[j]).isCloseTo(GLMNET[j + 1], withinPercentage(1e-4));
        }
    }

    @Test
    void givesAConstantFeatureNoCoefficientAndLeavesTheOthersAlone() {
        double[][] withConstant = {LINEAR.features[0], LINEAR.features[1], new double[LINEAR.rows()],
            LINEAR.features[2], LINEAR.features[3], LINEAR.features[4]};
        java.util.Arrays.fill(withConstant[2], 0.1);
        double[] b = new RidgeRegression(0.5).fit(withConstant, LINEAR.target).coefficients();
        assertThat(b[2]).isZero();
        assertThat(b[3]).isCloseTo(CLOSED_FORM[3], withinPercentage(1e-10));
    }

    @Test
    void predictsTheInterceptPlusTheWeightedFeatures() {
        LinearModel fit = new RidgeRegression(0.5).fit(LINEAR.features, LINEAR.target);
        double[][] row = {{1}, {2}, {3}, {4}, {5}};
        double expected = CLOSED_FORM[0];
        for (int j = 0; j < 5; j++) {
            expected += CLOSED_FORM[j + 1] * (j + 1);
        }
        assertThat(fit.predict(row)[0]).isCloseTo(expected, withinPercentage(1e-10));
    }

    @Test
    void refusesAPenaltyOfZero() {
        assertThatThrownBy(() -> new RidgeRegression(0))
                .isInstanceOfSatisfying(LearnerOptionException.class, e -> assertThat(e.option()).isEqualTo("lambda"))
                .hasMessage("lambda must be greater than 0, not 0.0");
    }
}

package causal.estimate;

import causal.learn.CovarianceType;
import causal.learn.DesignMatrix;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;
import causal.learn.SandwichCovariance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The best linear predictor of an orthogonal signal given a basis: least squares with HC0 standard errors, as
 * DoubleML's {@code DoubleMLBLP(orth_signal, basis).fit()} ({@code statsmodels OLS(...).fit(cov_type = "HC0")}).
 * Double machine learning's CATE is this projection of the score's signal on the centred effect modifiers.
 */
record BestLinearPredictor(List<Double> coefficients, List<Double> stdErrors) {

    BestLinearPredictor {
        coefficients = List.copyOf(coefficients);
        stdErrors = List.copyOf(stdErrors);
    }

    /**
     * Fits {@code signal} on the columns {@code basis} (no intercept is added), named {@code names} for messages.
     * Not modified: signal, basis.
     *
     * @throws SingularDesignException when the basis columns are collinear (a modifier is constant, say)
     */
    static BestLinearPredictor fit(double[] signal, List<String> names, double[][] basis) {
        DesignMatrix design = DesignMatrix.ofColumns(names, basis);
        LinearFit fit = EffectData.fitting("best linear predictor of the effect",
                () -> LinearRegression.fit(design, signal, null));
        double[] covariance = SandwichCovariance.heteroskedastic(fit, design, signal, null, CovarianceType.HC0);
        int p = fit.parameters();
        List<Double> coefficients = new ArrayList<>();
        List<Double> stdErrors = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            coefficients.add(fit.coefficient(j));
            stdErrors.add(Math.sqrt(covariance[j * p + j]));
        }
        return new BestLinearPredictor(coefficients, stdErrors);
    }

    /** The first coefficient as the effect (at the modifiers' means), the others as its slopes in the modifiers. */
    SplitEstimate splitEstimate(Map<String, Double> diagnostics) {
        return new SplitEstimate(coefficients.get(0), stdErrors.get(0), coefficients.subList(1, coefficients.size()),
                stdErrors.subList(1, stdErrors.size()), diagnostics);
    }
}

package causal.rdd;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How the residual variance in the sandwich of a local polynomial fit is estimated, as rdrobust's {@code vce}
 * option.
 */
public enum VarianceEstimator {
    /**
     * rdrobust's default {@code vce = "nn"}: each residual is the observation minus the mean of its nearest neighbours
     * in the running variable on the same side (ties kept together), scaled by {@code sqrt(J/(J+1))}.
     */
    NEAREST_NEIGHBOUR("nn"),
    /** Eicker-Huber-White residuals from the fit. */
    HC0("hc0"),
    /** HC0 times {@code sqrt(n/(n-k))}, {@code n} the rows in the fit, {@code k} its coefficients. */
    HC1("hc1"),
    /** HC0 divided by {@code sqrt(1 - leverage)}. */
    HC2("hc2"),
    /** HC0 divided by {@code 1 - leverage}. */
    HC3("hc3");

    private final String keyword;

    VarianceEstimator(String keyword) {
        this.keyword = keyword;
    }

    /** The name a script writes: {@code nn}, {@code hc0}, … {@code hc3}. */
    public String keyword() {
        return keyword;
    }

    /**
     * The estimator a script names.
     *
     * @throws RegressionDiscontinuityException for any other name
     */
    public static VarianceEstimator fromKeyword(String keyword) {
        for (VarianceEstimator v : values()) {
            if (v.keyword.equals(keyword)) {
                return v;
            }
        }
        throw new RegressionDiscontinuityException("vce must be one of " + Arrays.stream(values())
                .map(VarianceEstimator::keyword).collect(Collectors.joining(", ")) + ", not " + keyword);
    }
}

package causal.stream;

import java.util.List;
import java.util.Optional;

/**
 * Logistic regression over a {@link BatchSource} by iteratively reweighted least squares, one pass per iteration
 * ({@link LogisticStep}), with the start, the working weights and the stopping rule of R's {@code glm} and
 * {@code causal.learn.LogisticRegression}: stop when {@code |dev - dev_old| / (|dev| + 0.1) < 1e-8}, at most 50
 * iterations. It therefore stops at the same iterate as the in-memory fit and agrees with it to rounding.
 */
public final class StreamingLogistic {
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-8;
    /** Fitted probabilities this close to 0 or 1 mean separation, the bound of R's glm warning. */
    private static final double NUMERICALLY_ZERO = 10 * Math.ulp(1.0);

    private StreamingLogistic() {
    }

    /**
     * {@code P(treatment = 1) = logistic(β0 + covariates'β)}; rows missing a value of any of these or of
     * {@code alsoComplete} are dropped.
     *
     * @throws StreamException when the treatment is not 0/1, the covariates are collinear (naming them) or separate
     *                         the two groups, or a column is missing or categorical
     */
    public static LogisticSolution fit(BatchSource source, List<String> covariates, String treatment,
                                       List<String> alsoComplete, StreamOptions options) {
        for (String covariate : covariates) {
            SourceColumns.numeric(source, covariate, "covariate");
        }
        SourceColumns.numeric(source, treatment, "treatment");
        for (String other : alsoComplete) {
            SourceColumns.present(source, other, "column");
        }
        RegressionColumns spec = new RegressionColumns(covariates, treatment, Optional.empty(), alsoComplete);
        List<String> names = spec.coefficientNames();
        int p = names.size();
        double[] beta = null;
        double previous = Double.NaN;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[] at = beta;
            LogisticStep step = StreamPass.run(source, () -> new LogisticStep(spec, at), options);
            if (step.rows() == 0) {
                throw new StreamException("no complete rows are left to fit the propensity model of " + treatment);
            }
            if (!Double.isFinite(step.deviance())) {
                break;
            }
            if (beta != null && Math.abs(step.deviance() - previous) / (Math.abs(step.deviance()) + 0.1) < TOLERANCE) {
                return finish(names, beta, iteration - 1, step, iteration);
            }
            previous = step.deviance();
            double[] inverse = SymmetricInverse.of(step::value, p, names, "the propensity model");
            beta = new double[p];
            for (int a = 0; a < p; a++) {
                double s = 0;
                for (int b = 0; b < p; b++) {
                    s += inverse[a * p + b] * step.value(b, p);
                }
                beta[a] = s;
            }
        }
        throw separated("the logistic model did not converge");
    }

    private static LogisticSolution finish(List<String> names, double[] beta, int iterations, LogisticStep last,
                                           int passes) {
        if (last.minimumProbability() < NUMERICALLY_ZERO || last.maximumProbability() > 1 - NUMERICALLY_ZERO) {
            throw separated("some rows have a fitted probability of 0 or 1");
        }
        return new LogisticSolution(names, beta, iterations, last, passes);
    }

    private static StreamException separated(String what) {
        return new StreamException("no overlap between treated and control rows: " + what + "; the covariates "
                + "separate the two groups");
    }
}

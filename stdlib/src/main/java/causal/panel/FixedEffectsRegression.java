package causal.panel;

import java.util.Arrays;
import causal.learn.CollinearColumnsException;
import causal.learn.DesignMatrix;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Least squares with any number of fixed effects absorbed, {@code y = Xβ + α₁[f₁] + α₂[f₂] + … + ε}, as
 * {@code fixest::feols(y ~ x1 + x2 | f1 + f2)}: y and every column of X are demeaned by
 * {@link AlternatingProjections} (Frisch-Waugh-Lovell: β is then the OLS slope of ỹ on X̃, identical to
 * {@code lm(y ~ x1 + x2 + factor(f1) + factor(f2))}), and the covariance is one of {@link StandardErrors} with the
 * small-sample factors of {@link SmallSampleCorrection} (fixest's defaults unless told otherwise). Every step is a
 * pass over primitive arrays, linear in the rows; the columns are demeaned in parallel.
 */
public final class FixedEffectsRegression {
    /**
     * @param tolerance     demeaning stops when a sweep changes no value by more than this times the column's
     *                      standard deviation
     * @param maxIterations sweeps at most, per column; a fit that stops there says so in its notes
     */
    public record Options(double tolerance, int maxIterations, SmallSampleCorrection correction,
            double confidenceLevel) {
        public static final Options DEFAULTS = new Options(1e-10, 10_000, SmallSampleCorrection.FIXEST, 0.95);

        public Options {
            if (!(tolerance > 0) || maxIterations < 1 || correction == null
                    || !(confidenceLevel > 0 && confidenceLevel < 1)) {
                throw new PanelException("fixed-effects options need a positive tolerance, at least one iteration, "
                        + "a small-sample correction and a confidence level between 0 and 1");
            }
        }

        public Options withCorrection(SmallSampleCorrection c) {
            return new Options(tolerance, maxIterations, c, confidenceLevel);
        }

        public Options withConfidenceLevel(double level) {
            return new Options(tolerance, maxIterations, correction, level);
        }

        public Options withIterations(double newTolerance, int newMaxIterations) {
            return new Options(newTolerance, newMaxIterations, correction, confidenceLevel);
        }
    }

    /** A slope whose within variation is below this share of its total variation is absorbed by the effects. */
    private static final double ABSORBED = 1e-10;

    private FixedEffectsRegression() {
    }

    /** {@link #fit(String, double[], Regressors, List, StandardErrors, Options)} with {@link Options#DEFAULTS}. */
    public static FixedEffectsFit fit(String outcome, double[] y, Regressors x, List<Factor> fixedEffects,
            StandardErrors errors) {
        return fit(outcome, y, x, fixedEffects, errors, Options.DEFAULTS);
    }

    /**
     * Fits y on x with the fixed effects absorbed. Not modified: y, x, fixedEffects.
     *
     * @throws PanelException when a level has a single row, a value is not finite, a regressor does not vary or is
     *                        absorbed by the fixed effects or by the other regressors, or too few rows remain
     */
    public static FixedEffectsFit fit(String outcome, double[] y, Regressors x, List<Factor> fixedEffects,
            StandardErrors errors, Options options) {
        int n = y.length;
        int k = x.count();
        checkInputs(outcome, y, x, fixedEffects);
        AlternatingProjections projections = AlternatingProjections.over(fixedEffects);
        double[][] demeaned = new double[k + 1][];
        AlternatingProjections.Sweeps[] sweeps = new AlternatingProjections.Sweeps[k + 1];
        IntStream.rangeClosed(0, k).parallel().forEach(j -> {
            demeaned[j] = (j == k ? y : x.column(j)).clone();
            sweeps[j] = projections.demean(demeaned[j], options.tolerance(), options.maxIterations());
        });
        double[] yt = demeaned[k];
        double[][] xt = Arrays.copyOf(demeaned, k);
        for (int j = 0; j < k; j++) {
            checkNotAbsorbed(x.names().get(j), x.column(j), xt[j], fixedEffects);
        }
        int absorbed = AbsorbedLevels.count(fixedEffects);
        int dfResidual = n - k - absorbed;
        if (dfResidual <= 0) {
            throw new PanelException("too few rows: " + n + " rows for " + k + " slopes and " + absorbed
                    + " fixed-effect levels");
        }
        LinearFit ols = leastSquares(x.names(), xt, yt);
        double[] beta = ols.coefficients();
        double[] residual = residuals(yt, xt, beta);
        double rss = sumOfSquares(residual);
        SlopeCovariance.Result covariance = SlopeCovariance.estimate(errors, options.correction(),
                new Scores(xt, residual), ols.inverseGram(), n, k, rss, absorbed, fixedEffects);
        int tDf = covariance.clusters() > 0 ? covariance.clusters() - 1 : dfResidual;
        List<Coefficient> coefficients = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double variance = covariance.matrix()[j * k + j];
            if (variance < 0) {
                notes.add("the estimated variance of " + x.names().get(j) + " is negative, as multi-way "
                        + "clustering can give with few clusters; its standard error is not a number");
            }
            coefficients.add(Coefficient.studentT(x.names().get(j), beta[j], Math.sqrt(variance), tDf,
                    options.confidenceLevel()));
        }
        int iterations = 0;
        boolean converged = true;
        for (AlternatingProjections.Sweeps s : sweeps) {
            iterations = Math.max(iterations, s.iterations());
            converged &= s.converged();
        }
        if (!converged) {
            notes.add("the fixed effects were not fully absorbed after " + options.maxIterations() + " sweeps; "
                    + "the estimates may be inaccurate");
        }
        return new FixedEffectsFit(outcome, coefficients, new CoefficientCovariance(x.names(), covariance.matrix()),
                n, fixedEffects.stream().map(Factor::name).toList(), absorbed, dfResidual, rss,
                1 - rss / sumOfSquares(yt), errors.describe(), options.correction(), covariance.parametersK(),
                covariance.clusters(), tDf, iterations, converged, notes);
    }

    /**
     * The slope of y on one regressor with the fixed effects absorbed, for many regressors against the same y (a
     * permutation test's reshuffled treatments): by Frisch–Waugh–Lovell it is {@code Σ x̃ỹ / Σ x̃²}, x̃ and ỹ the
     * columns demeaned as {@link #fit} demeans them, so the same number as fit's coefficient (to rounding); ỹ is
     * demeaned once and each call demeans only its x, with no standard error. The function is safe to call from
     * several threads and throws {@link PanelException} as fit would for an x that does not vary or is absorbed.
     * Not modified: y, fixedEffects, nor the x given to the function.
     */
    public static ToDoubleFunction<double[]> slopes(String outcome, double[] y, String regressor,
            List<Factor> fixedEffects, Options options) {
        checkInputs(outcome, y, Regressors.of(regressor, new double[y.length]), fixedEffects);
        AlternatingProjections projections = AlternatingProjections.over(fixedEffects);
        double[] yt = y.clone();
        projections.demean(yt, options.tolerance(), options.maxIterations());
        return x -> {
            checkFinite(regressor, x);
            double[] xt = x.clone();
            projections.demean(xt, options.tolerance(), options.maxIterations());
            checkNotAbsorbed(regressor, x, xt, fixedEffects);
            double xy = 0;
            double xx = 0;
            for (int i = 0; i < xt.length; i++) {
                xy += xt[i] * yt[i];
                xx += xt[i] * xt[i];
            }
            return xy / xx;
        };
    }

    private static void checkInputs(String outcome, double[] y, Regressors x, List<Factor> fixedEffects) {
        if (fixedEffects.isEmpty()) {
            throw new PanelException("a fixed-effects regression needs at least one fixed effect");
        }
        if (x.rows() != y.length) {
            throw new PanelException(outcome + " has " + y.length + " rows, but the regressors have " + x.rows());
        }
        checkFinite(outcome, y);
        for (int j = 0; j < x.count(); j++) {
            checkFinite(x.names().get(j), x.column(j));
        }
        for (Factor f : fixedEffects) {
            if (f.size() != y.length) {
                throw new PanelException(f.name() + " has " + f.size() + " rows, but " + outcome + " has "
                        + y.length);
            }
            for (int level = 0; level < f.levels(); level++) {
                if (f.count(level) == 1) {
                    throw new PanelException(f.label(level) + " has a single row: its fixed effect fits that row "
                            + "exactly and leaves nothing to estimate from; drop the row or the fixed effect");
                }
            }
        }
    }

    private static void checkFinite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new PanelException(name + " is " + values[i] + " in row " + (i + 1)
                        + "; remove or fill missing values first");
            }
        }
    }

    /** Names the column and, when one fixed effect alone absorbs it, that fixed effect. */
    private static void checkNotAbsorbed(String name, double[] original, double[] within, List<Factor> fixedEffects) {
        double mean = 0;
        for (double v : original) {
            mean += v;
        }
        mean /= original.length;
        double total = 0;
        for (double v : original) {
            total += (v - mean) * (v - mean);
        }
        if (total == 0) {
            throw new PanelException(name + " does not vary: it is " + original[0] + " in every row");
        }
        if (sumOfSquares(within) > ABSORBED * total) {
            return;
        }
        for (Factor f : fixedEffects) {
            if (constantWithin(original, f, Math.sqrt(total / original.length))) {
                throw new PanelException(name + " is constant within each " + f.name() + ", so the " + f.name()
                        + " fixed effects absorb it and its coefficient cannot be estimated");
            }
        }
        throw new PanelException(name + " is a combination of the " + String.join(" and ",
                fixedEffects.stream().map(Factor::name).toList()) + " fixed effects, which absorb it, so its "
                + "coefficient cannot be estimated");
    }

    private static boolean constantWithin(double[] x, Factor f, double scale) {
        double[] first = new double[f.levels()];
        boolean[] seen = new boolean[f.levels()];
        for (int i = 0; i < x.length; i++) {
            int c = f.code(i);
            if (!seen[c]) {
                seen[c] = true;
                first[c] = x[i];
            } else if (Math.abs(x[i] - first[c]) > 1e-9 * scale) {
                return false;
            }
        }
        return true;
    }

    private static LinearFit leastSquares(List<String> names, double[][] xt, double[] yt) {
        try {
            return LinearRegression.fit(DesignMatrix.ofColumns(names, xt), yt, null);
        } catch (CollinearColumnsException e) {
            throw new PanelException("once the fixed effects are removed, " + e.getMessage()
                    + ", so the coefficients of " + String.join(", ", e.columns()) + " cannot be told apart");
        }
    }

    private static double[] residuals(double[] yt, double[][] xt, double[] beta) {
        double[] e = yt.clone();
        for (int j = 0; j < beta.length; j++) {
            double b = beta[j];
            double[] column = xt[j];
            for (int i = 0; i < e.length; i++) {
                e[i] -= b * column[i];
            }
        }
        return e;
    }

    private static double sumOfSquares(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }
}

package causal.estimate;

import causal.data.CategoricalColumn;
import causal.data.DataLocation;
import causal.data.Table;
import causal.inference.WaldInterval;
import causal.learn.CovarianceType;
import causal.learn.DesignMatrix;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;
import causal.learn.SandwichCovariance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A treatment with several levels (a categorical column): one effect per level against the reference level (the
 * first level present), each E[Y(level)] − E[Y(reference)] over all rows. {@code ols}: one regression of the outcome
 * on the level dummies and the covariates, each dummy's coefficient with its HC1 error (R's {@code lm} with a factor
 * treatment and {@code sandwich::vcovHC(type = "HC1")}). {@code ipw}: Hájek means of each level weighted by one over
 * a multinomial logistic propensity ({@link MultinomialPropensity}); {@code aipw}: each level's outcome model (linear,
 * fitted on that level's rows) augmented by the same weights; for both the standard error is sd(ψ)/√n of the
 * difference of the levels' influence terms, the propensity taken as known.
 */
public final class CategoricalTreatment {
    /** The estimators that take a treatment with several levels. */
    public static final Set<String> ESTIMATORS = Set.of("ols", "ipw", "aipw");

    private CategoricalTreatment() {
    }

    /**
     * One estimate per non-reference level of the categorical treatment of {@code query}, in level order.
     *
     * @throws EstimationException when a level has too few rows, or a model cannot be fitted
     */
    public static List<Estimate> estimate(String keyword, Table data, EffectQuery query) {
        if (!ESTIMATORS.contains(keyword)) {
            throw new EstimationException(keyword + " takes a 0/1 treatment; for a treatment with several levels "
                    + "use ols, ipw or aipw");
        }
        if (query.estimand() != Estimand.ATE) {
            throw new EstimationException("a treatment with several levels has one ATE per level against the "
                    + "reference; " + query.estimand() + " is not defined for it");
        }
        CategoricalColumn column = (CategoricalColumn) data.column(query.treatment());
        EffectData effect = new EffectData(data, query, keyword);
        double[] y = effect.outcome();
        List<Integer> present = presentLevels(column);
        if (present.size() < 2) {
            throw new EstimationException(query.treatment() + " has one level only",
                    DataLocation.column(data.source(), query.treatment()));
        }
        int[] t = new int[y.length];
        int[] count = new int[present.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = present.indexOf(column.code(i));
            count[t[i]]++;
        }
        for (int k = 0; k < count.length; k++) {
            if (count[k] < 2) {
                throw new EstimationException("level " + column.levels().get(present.get(k)) + " of "
                        + query.treatment() + " has " + count[k] + " row; each level needs at least 2",
                        DataLocation.column(data.source(), query.treatment()));
            }
        }
        List<String> labels = present.stream().map(code -> column.levels().get(code)).toList();
        return keyword.equals("ols") ? regression(data, query, y, labels)
                : weighted(keyword, effect, query, y, t, labels);
    }

    private static List<Estimate> regression(Table data, EffectQuery query, double[] y, List<String> labels) {
        List<String> terms = new ArrayList<>();
        terms.add(query.treatment());
        terms.addAll(query.covariates());
        DesignMatrix design = DesignMatrix.of(data, terms);
        LinearFit fit = EffectData.fitting("regression", () -> LinearRegression.fit(design, y, null));
        if (fit.residualDegreesOfFreedom() < 1) {
            throw new EstimationException("ols needs more rows than coefficients: " + fit.observations() + " rows, "
                    + fit.parameters() + " coefficients");
        }
        double[] covariance = SandwichCovariance.heteroskedastic(fit, design, y, null, CovarianceType.HC1);
        int p = fit.parameters();
        List<Estimate> out = new ArrayList<>();
        for (int k = 1; k < labels.size(); k++) {
            double value = fit.coefficient(k);
            double se = Math.sqrt(covariance[k * p + k]);
            WaldInterval inference = WaldInterval.studentT(value, se, fit.residualDegreesOfFreedom(),
                    Estimate.CONFIDENCE_LEVEL);
            Map<String, Double> statistics = new LinkedHashMap<>();
            statistics.put("df_residual", (double) fit.residualDegreesOfFreedom());
            out.add(levelEstimate(query, "ols", labels, k, value, se, inference, y.length, statistics,
                    "the coefficient of the level's dummy in one regression with every level and the covariates; "
                            + "HC1 standard error"));
        }
        return out;
    }

    private static List<Estimate> weighted(String keyword, EffectData effect, EffectQuery query, double[] y, int[] t,
                                           List<String> labels) {
        int n = y.length;
        int levels = labels.size();
        DesignMatrix covariates = effect.covariateDesign();
        double[][] e = MultinomialPropensity.fit(covariates, t, levels);
        double[][] psi = new double[levels][n];
        double smallest = 1;
        for (int k = 0; k < levels; k++) {
            double[] m = keyword.equals("aipw") ? levelModel(covariates, y, t, k, labels.get(k)) : null;
            double weightSum = 0;
            double weighted = 0;
            for (int i = 0; i < n; i++) {
                smallest = Math.min(smallest, e[i][k]);
                if (t[i] == k) {
                    weightSum += 1 / e[i][k];
                    weighted += y[i] / e[i][k];
                }
            }
            double mean = weighted / weightSum;
            double meanWeight = weightSum / n;
            for (int i = 0; i < n; i++) {
                double in = t[i] == k ? 1 : 0;
                psi[k][i] = m == null ? mean + in * (y[i] - mean) / e[i][k] / meanWeight
                        : m[i] + in * (y[i] - m[i]) / e[i][k];
            }
        }
        List<Estimate> out = new ArrayList<>();
        for (int k = 1; k < levels; k++) {
            double[] d = new double[n];
            double value = 0;
            for (int i = 0; i < n; i++) {
                d[i] = psi[k][i] - psi[0][i];
                value += d[i] / n;
            }
            double ss = 0;
            for (double v : d) {
                ss += (v - value) * (v - value);
            }
            double se = Math.sqrt(ss / (n - 1) / n);
            Map<String, Double> statistics = new LinkedHashMap<>();
            statistics.put("propensity_min", smallest);
            WaldInterval inference = WaldInterval.normal(value, se, Estimate.CONFIDENCE_LEVEL);
            out.add(levelEstimate(query, keyword, labels, k, value, se, inference, n, statistics,
                    (keyword.equals("ipw") ? "Hájek means weighted by one over" : "each level's linear outcome model "
                            + "augmented by the inverse of") + " a multinomial logistic propensity; standard error "
                            + "from the influence terms with the propensity taken as known"));
        }
        return out;
    }

    /** The linear outcome model fitted on the rows of level {@code k}, predicted for every row. */
    private static double[] levelModel(DesignMatrix covariates, double[] y, int[] t, int k, String label) {
        double[] in = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            in[i] = t[i] == k ? 1 : 0;
        }
        LinearFit fit = EffectData.fitting("outcome model for level " + label,
                () -> LinearRegression.fit(covariates, y, in));
        return covariates.times(fit.coefficients());
    }

    private static Estimate levelEstimate(EffectQuery query, String keyword, List<String> labels, int k, double value,
                                          double se, WaldInterval inference, int n, Map<String, Double> statistics,
                                          String how) {
        List<String> notes = List.of("level " + labels.get(k) + " against the reference level " + labels.get(0)
                + ": " + how);
        return new Estimate(query.estimand(), query.treatment() + "=" + labels.get(k), query.outcome(), keyword,
                value, se, inference.low(), inference.high(), inference.pValue(), n, statistics, Optional.empty(),
                notes);
    }

    private static List<Integer> presentLevels(CategoricalColumn column) {
        boolean[] seen = new boolean[column.levels().size()];
        for (int i = 0; i < column.size(); i++) {
            if (column.code(i) >= 0) {
                seen[column.code(i)] = true;
            }
        }
        List<Integer> present = new ArrayList<>();
        for (int code = 0; code < seen.length; code++) {
            if (seen[code]) {
                present.add(code);
            }
        }
        return present;
    }
}

package causal.stream;

import causal.data.DataLocation;
import causal.estimate.Estimand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The pass of inverse probability weighting once the propensity model is fitted: each row's score
 * {@code e = logistic(x'β)}, its weight for the estimand ({@code 1/e} or {@code 1/(1-e)} for the ATE, …), and per
 * arm the sums that the Hajek estimate and its sandwich error need: {@code W = Σw}, {@code V = Σw²}, the weighted
 * mean {@code μ} of the outcome and {@code Q = Σ w² (y - μ)²}. Batches merge by moving each part's {@code Q} to the
 * common mean ({@code Q + 2(μ_part - μ)R + (μ_part - μ)² V} with {@code R = Σ w² (y - μ_part)}), which keeps it as
 * accurate as a second pass would. It also sums the Horvitz-Thompson terms {@code (2t - 1) w y} (count, mean and
 * squared deviations, merged as {@link GroupMoments}), the range of the scores, the rows trimmed, and the
 * covariates' balance before and after weighting ({@link BalanceSums}).
 */
final class WeightedArms implements Accumulator<WeightedArms> {
    /** Outside [0.01, 0.99] a weight exceeds 100: counted for the overlap note, as the in-memory estimators do. */
    static final double EXTREME = 0.01;

    private final List<String> covariates;
    private final String treatment;
    private final String outcome;
    private final double[] beta;
    private final Estimand estimand;
    private final double trim;
    final long[] kept = new long[2];
    final double[] weights = new double[2];
    final double[] squaredWeights = new double[2];
    final double[] means = new double[2];
    final double[] deviations = new double[2];
    private final double[] firstMoments = new double[2];
    long terms;
    double termMean;
    double termSquares;
    double minimum = Double.POSITIVE_INFINITY;
    double maximum = Double.NEGATIVE_INFINITY;
    long extreme;
    long trimmed;
    long rows;
    long dropped;
    final BalanceSums balance;

    /**
     * Empty sums for the scores {@code logistic(beta'(1, covariates))} (intercept first), weights for
     * {@code estimand} (ATE, ATT or ATC), dropping rows whose score lies outside {@code [trim, 1 - trim]}.
     */
    WeightedArms(List<String> covariates, String treatment, String outcome, double[] beta, Estimand estimand,
                        double trim) {
        if (beta.length != covariates.size() + 1) {
            throw new StreamException(beta.length + " coefficients for " + covariates.size()
                    + " covariates and an intercept");
        }
        if (estimand != Estimand.ATE && estimand != Estimand.ATT && estimand != Estimand.ATC) {
            throw new StreamException("inverse probability weighting estimates the ATE, ATT or ATC, not the "
                    + estimand);
        }
        this.covariates = List.copyOf(covariates);
        this.treatment = treatment;
        this.outcome = outcome;
        this.beta = beta.clone();
        this.estimand = estimand;
        this.trim = trim;
        this.balance = new BalanceSums(this.covariates.size());
    }

    @Override
    public List<String> columns() {
        LinkedHashSet<String> all = new LinkedHashSet<>(covariates);
        all.add(treatment);
        all.add(outcome);
        return new ArrayList<>(all);
    }

    @Override
    public void add(RowBatch batch) {
        int[] x = covariates.stream().mapToInt(batch::index).toArray();
        int tSource = batch.index(treatment);
        int ySource = batch.index(outcome);
        double[] t = batch.column(tSource);
        double[] y = batch.column(ySource);
        int n = batch.rows();
        int[] arm = new int[n];
        int[] group = new int[n];
        double[] w = new double[n];
        for (int r = 0; r < n; r++) {
            int i = batch.start() + r;
            arm[r] = -1;
            group[r] = -1;
            if (!complete(batch, x, tSource, ySource, i)) {
                dropped++;
                continue;
            }
            rows++;
            group[r] = (int) t[i];
            double eta = 0.0 + beta[0];
            for (int j = 0; j < x.length; j++) {
                eta += beta[j + 1] * batch.column(x[j])[i];
            }
            double e = LogisticStep.logistic(eta);
            minimum = Math.min(minimum, e);
            maximum = Math.max(maximum, e);
            extreme += e < EXTREME || e > 1 - EXTREME ? 1 : 0;
            if (e < trim || e > 1 - trim) {
                trimmed++;
                continue;
            }
            arm[r] = (int) t[i];
            w[r] = weight(t[i], e);
        }
        summarize(arm, w, t, y, batch.start());
        double[][] columns = new double[x.length][];
        for (int j = 0; j < x.length; j++) {
            columns[j] = batch.column(x[j]);
        }
        balance.add(columns, batch.start(), group, w);
    }

    /** Two passes over the batch's kept rows: means, then deviations from them; merged into the totals. */
    private void summarize(int[] arm, double[] w, double[] t, double[] y, int start) {
        long[] n = new long[2];
        double[] sumW = new double[2];
        double[] sumW2 = new double[2];
        double[] sumWy = new double[2];
        double sumTerms = 0;
        for (int r = 0; r < arm.length; r++) {
            int g = arm[r];
            if (g >= 0) {
                n[g]++;
                sumW[g] += w[r];
                sumW2[g] += w[r] * w[r];
                sumWy[g] += w[r] * y[start + r];
                sumTerms += (2 * t[start + r] - 1) * w[r] * y[start + r];
            }
        }
        long count = n[0] + n[1];
        double[] mean = new double[2];
        for (int g = 0; g < 2; g++) {
            mean[g] = sumW[g] > 0 ? sumWy[g] / sumW[g] : 0;
        }
        double termMeanHere = count > 0 ? sumTerms / count : 0;
        double[] q = new double[2];
        double[] first = new double[2];
        double termSquaresHere = 0;
        double termDeviations = 0;
        for (int r = 0; r < arm.length; r++) {
            int g = arm[r];
            if (g >= 0) {
                double d = y[start + r] - mean[g];
                double w2 = w[r] * w[r];
                q[g] += w2 * d * d;
                first[g] += w2 * d;
                double term = (2 * t[start + r] - 1) * w[r] * y[start + r] - termMeanHere;
                termSquaresHere += term * term;
                termDeviations += term;
            }
        }
        for (int g = 0; g < 2; g++) {
            combineArm(g, n[g], sumW[g], sumW2[g], mean[g], q[g], first[g]);
        }
        if (count > 0) {
            combineTerms(count, termMeanHere, termSquaresHere - termDeviations * termDeviations / count);
        }
    }

    private boolean complete(RowBatch batch, int[] x, int tSource, int ySource, int i) {
        boolean complete = true;
        for (int j : x) {
            complete &= finiteOrMissing(batch, j, i);
        }
        complete &= finiteOrMissing(batch, ySource, i);
        double v = batch.column(tSource)[i];
        if (Double.isNaN(v)) {
            return false;
        }
        if (v != 0.0 && v != 1.0) {
            long row = Rows.rowNumber(batch, i);
            throw new StreamException("ipw needs a binary treatment (0/1 or true/false) but " + treatment + " is "
                    + v + " in row " + row + " of " + batch.source(), DataLocation.cell(batch.source(), row,
                    treatment));
        }
        return complete;
    }

    private static boolean finiteOrMissing(RowBatch batch, int j, int i) {
        double v = batch.column(j)[i];
        if (Double.isInfinite(v)) {
            throw Rows.infinite(batch, j, i);
        }
        return !Double.isNaN(v);
    }

    private double weight(double t, double e) {
        return switch (estimand) {
            case ATE -> t == 1.0 ? 1 / e : 1 / (1 - e);
            case ATT -> t == 1.0 ? 1 : e / (1 - e);
            case ATC -> t == 1.0 ? (1 - e) / e : 1;
            case LATE, CATE -> throw new IllegalStateException("checked in the constructor");
        };
    }

    /** Adds an arm's part, both parts' squared deviations moved to the common weighted mean. */
    private void combineArm(int g, long n, double w, double w2, double mean, double q, double first) {
        if (n == 0) {
            return;
        }
        if (kept[g] == 0) {
            kept[g] = n;
            weights[g] = w;
            squaredWeights[g] = w2;
            means[g] = mean;
            deviations[g] = q;
            firstMoments[g] = first;
            return;
        }
        double total = weights[g] + w;
        double common = means[g] + (mean - means[g]) * (w / total);
        double shiftA = means[g] - common;
        double shiftB = mean - common;
        deviations[g] = deviations[g] + 2 * shiftA * firstMoments[g] + shiftA * shiftA * squaredWeights[g]
                + q + 2 * shiftB * first + shiftB * shiftB * w2;
        firstMoments[g] = firstMoments[g] + shiftA * squaredWeights[g] + first + shiftB * w2;
        means[g] = common;
        weights[g] = total;
        squaredWeights[g] += w2;
        kept[g] += n;
    }

    private void combineTerms(long n, double mean, double squares) {
        if (terms == 0) {
            terms = n;
            termMean = mean;
            termSquares = squares;
            return;
        }
        long total = terms + n;
        double delta = mean - termMean;
        termMean += delta * n / total;
        termSquares += squares + delta * delta * ((double) terms * n / total);
        terms = total;
    }

    @Override
    public void merge(WeightedArms later) {
        for (int g = 0; g < 2; g++) {
            combineArm(g, later.kept[g], later.weights[g], later.squaredWeights[g], later.means[g],
                    later.deviations[g], later.firstMoments[g]);
        }
        if (later.terms > 0) {
            combineTerms(later.terms, later.termMean, later.termSquares);
        }
        minimum = Math.min(minimum, later.minimum);
        maximum = Math.max(maximum, later.maximum);
        extreme += later.extreme;
        balance.merge(later.balance);
        trimmed += later.trimmed;
        rows += later.rows;
        dropped += later.dropped;
    }
}

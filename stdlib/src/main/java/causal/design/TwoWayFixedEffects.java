package causal.design;

import java.util.Arrays;

/**
 * The coefficient of one regressor d in y = β d + αᵤₙᵢₜ + γₜᵢₘₑ + ε, the two fixed effects absorbed by alternating
 * projections (demean by unit, then by time, until the largest change is below 1e-13 of the data's scale; a
 * balanced panel converges in one sweep), then β = Σ d̃ỹ / Σ d̃² on the demeaned data — the estimate of
 * {@code lm(y ~ d + factor(unit) + factor(time))} and of {@code fixest::feols(y ~ d | unit + time)}.
 *
 * <p>Standard errors: clustered (CR1, the default, by unit or any other grouping) with the small-sample factor
 * G/(G − 1) · (n − 1)/(n − K), K = 1 + (T − 1): the unit effects, nested in unit clusters, are not counted, as
 * fixest's default {@code ssc(fixef.K = "nested")} does; when the clusters are not the units, K = K′ below.
 * {@code hc1}: n/(n − K′) with K′ = U + T (β and the U + T − 1 free effects, as lm with dummies counts them);
 * {@code classical}: σ̂² / Σ d̃² with n − K′ residual degrees of freedom. Everything runs on primitive arrays;
 * each sweep is O(n).
 */
public final class TwoWayFixedEffects {
    /** How the standard error is computed. */
    public enum Errors { CLUSTER, HC1, CLASSICAL }

    /** β, its standard error, the residual degrees of freedom and what was absorbed. */
    public record Fit(double coefficient, double stdError, double dfResidual, int units, int periods, int clusters,
            int sweeps) {}

    private static final int MAX_SWEEPS = 10_000;

    private TwoWayFixedEffects() {
    }

    /**
     * @param unit     unit codes 0..units−1 per row
     * @param time     period codes 0..periods−1 per row
     * @param cluster  cluster codes per row (ignored unless {@code errors} is CLUSTER); pass {@code unit} to
     *                 cluster by unit
     */
    public static Fit fit(double[] y, double[] d, int[] unit, int units, int[] time, int periods, int[] cluster,
            int clusters, Errors errors, boolean clustersAreUnits) {
        int n = y.length;
        double[] yt = y.clone();
        double[] dt = d.clone();
        int sweeps = Math.max(absorb(yt, unit, units, time, periods), absorb(dt, unit, units, time, periods));
        double sdd = 0;
        double sdy = 0;
        for (int i = 0; i < n; i++) {
            sdd += dt[i] * dt[i];
            sdy += dt[i] * yt[i];
        }
        if (sdd <= 1e-20 * Math.max(1.0, sumSquares(d))) {
            throw new DesignException("the treatment does not vary once unit and period effects are removed: every "
                    + "unit is treated in the same periods, or none is");
        }
        double beta = sdy / sdd;
        // β plus the U + T − 1 free fixed effects of a connected panel (lm's intercept, U − 1 and T − 1 dummies)
        int kAll = units + periods;
        if (n - kAll <= 0) {
            throw new DesignException("too few rows: " + n + " rows for " + kAll + " coefficients and fixed effects");
        }
        double variance;
        double df = n - kAll;
        switch (errors) {
            case CLASSICAL -> {
                double rss = 0;
                for (int i = 0; i < n; i++) {
                    double e = yt[i] - beta * dt[i];
                    rss += e * e;
                }
                variance = rss / df / sdd;
            }
            case HC1 -> {
                double meat = 0;
                for (int i = 0; i < n; i++) {
                    double e = yt[i] - beta * dt[i];
                    meat += dt[i] * dt[i] * e * e;
                }
                variance = (double) n / df * meat / (sdd * sdd);
            }
            default -> {
                if (clusters < 2) {
                    throw new DesignException("clustered standard errors need at least 2 clusters");
                }
                double[] score = new double[clusters];
                for (int i = 0; i < n; i++) {
                    score[cluster[i]] += dt[i] * (yt[i] - beta * dt[i]);
                }
                double meat = 0;
                for (double s : score) {
                    meat += s * s;
                }
                int k = clustersAreUnits ? 1 + (periods - 1) : kAll;
                double factor = (double) clusters / (clusters - 1) * (n - 1.0) / (n - k);
                variance = factor * meat / (sdd * sdd);
                df = clusters - 1;
            }
        }
        return new Fit(beta, Math.sqrt(variance), df, units, periods, clusters, sweeps);
    }

    /** Demeans x in place by unit then by time until it stops changing; returns the sweeps taken. */
    static int absorb(double[] x, int[] unit, int units, int[] time, int periods) {
        double scale = 0;
        for (double v : x) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tolerance = 1e-13 * Math.max(scale, 1.0);
        double[] sums = new double[Math.max(units, periods)];
        int[] unitCounts = counts(unit, units);
        int[] timeCounts = counts(time, periods);
        for (int sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
            double change = Math.max(demean(x, unit, unitCounts, sums), demean(x, time, timeCounts, sums));
            if (change < tolerance) {
                return sweep;
            }
        }
        throw new DesignException("the fixed effects did not converge in " + MAX_SWEEPS + " sweeps");
    }

    private static double demean(double[] x, int[] group, int[] counts, double[] sums) {
        Arrays.fill(sums, 0, counts.length, 0.0);
        for (int i = 0; i < x.length; i++) {
            sums[group[i]] += x[i];
        }
        double largest = 0;
        for (int g = 0; g < counts.length; g++) {
            sums[g] /= counts[g];
            largest = Math.max(largest, Math.abs(sums[g]));
        }
        for (int i = 0; i < x.length; i++) {
            x[i] -= sums[group[i]];
        }
        return largest;
    }

    private static int[] counts(int[] codes, int levels) {
        int[] c = new int[levels];
        for (int code : codes) {
            c[code]++;
        }
        return c;
    }

    private static double sumSquares(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return s;
    }
}

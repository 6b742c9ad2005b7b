package causal.design;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An event study: y = Σ_k β_k·1{unit treated, event time k} + unit effect + period effect, with the event time of a
 * treated unit's row its period index minus the index of the unit's first treated period, every event time
 * observed getting a dummy except the reference period −1 (never-treated units have none). The two effects are
 * absorbed as in {@link TwoWayFixedEffects}; standard errors are clustered by unit with fixest's nested
 * small-sample factor G/(G − 1)·(n − 1)/(n − K), K = (number of β) + (T − 1). Agrees with R's
 * {@code lm(y ~ dummies + factor(unit) + factor(period))} and {@code sandwich::vcovCL}. The average post-treatment
 * effect averages β_k over k ≥ 0 with its standard error from the covariance.
 */
public final class EventStudy {
    /** The reference event time, whose coefficient is 0 by construction. */
    public static final int REFERENCE = -1;

    /** One event time's coefficient. */
    public record Period(int eventTime, double estimate, double stdError) {}

    /** Every event time's coefficient (sorted), the average over k ≥ 0 with its SE, and the clusters used. */
    public record Fit(List<Period> periods, double averagePost, double averagePostStdError, int clusters,
            int firstTreatedPeriods) {
        public Fit {
            periods = List.copyOf(periods);
        }
    }

    private EventStudy() {
    }

    /**
     * @param treated 1 for rows of treated units (constant within a unit), else 0
     * @param post    1 for a treated unit's rows from its first treated period on
     */
    public static Fit fit(double[] y, double[] treated, double[] post, int[] unit, int units, int[] time,
            int periods) {
        int n = y.length;
        int[] first = new int[units];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            if (treated[i] == 1.0 && post[i] == 1.0) {
                first[unit[i]] = Math.min(first[unit[i]], time[i]);
            }
        }
        TreeSet<Integer> eventTimes = new TreeSet<>();
        TreeSet<Integer> starts = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (treated[i] == 1.0 && first[unit[i]] != Integer.MAX_VALUE) {
                eventTimes.add(time[i] - first[unit[i]]);
                starts.add(first[unit[i]]);
            }
        }
        eventTimes.remove(REFERENCE);
        if (eventTimes.isEmpty() || eventTimes.stream().noneMatch(k -> k >= 0)) {
            throw new DesignException("no treated unit has a post-treatment period: there is no event to study");
        }
        List<Integer> ks = new ArrayList<>(eventTimes);
        int k = ks.size();
        double[][] x = new double[k][n];
        for (int i = 0; i < n; i++) {
            if (treated[i] == 1.0 && first[unit[i]] != Integer.MAX_VALUE) {
                int at = ks.indexOf(time[i] - first[unit[i]]);
                if (at >= 0) {
                    x[at][i] = 1.0;
                }
            }
        }
        double[] yt = y.clone();
        TwoWayFixedEffects.absorb(yt, unit, units, time, periods);
        for (double[] column : x) {
            TwoWayFixedEffects.absorb(column, unit, units, time, periods);
        }
        DMatrixRMaj gram = new DMatrixRMaj(k, k);
        DMatrixRMaj xty = new DMatrixRMaj(k, 1);
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double s = dot(x[a], x[b]);
                gram.set(a, b, s);
                gram.set(b, a, s);
            }
            xty.set(a, 0, dot(x[a], yt));
        }
        DMatrixRMaj bread = new DMatrixRMaj(k, k);
        if (!CommonOps_DDRM.invert(gram, bread)) {
            throw new DesignException("the event-time dummies are collinear with the unit and period effects");
        }
        DMatrixRMaj beta = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.mult(bread, xty, beta);
        double[][] scores = new double[units][k];
        for (int i = 0; i < n; i++) {
            double e = yt[i];
            for (int a = 0; a < k; a++) {
                e -= x[a][i] * beta.get(a, 0);
            }
            for (int a = 0; a < k; a++) {
                scores[unit[i]][a] += x[a][i] * e;
            }
        }
        DMatrixRMaj meat = new DMatrixRMaj(k, k);
        for (double[] s : scores) {
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    meat.add(a, b, s[a] * s[b]);
                }
            }
        }
        int kAll = k + (periods - 1);
        double factor = (double) units / (units - 1) * (n - 1.0) / (n - kAll);
        DMatrixRMaj tmp = new DMatrixRMaj(k, k);
        DMatrixRMaj covariance = new DMatrixRMaj(k, k);
        CommonOps_DDRM.mult(bread, meat, tmp);
        CommonOps_DDRM.mult(tmp, bread, covariance);
        CommonOps_DDRM.scale(factor, covariance);
        List<Period> out = new ArrayList<>();
        double[] weights = new double[k];
        long post0 = ks.stream().filter(v -> v >= 0).count();
        for (int a = 0; a < k; a++) {
            out.add(new Period(ks.get(a), beta.get(a, 0), Math.sqrt(covariance.get(a, a))));
            weights[a] = ks.get(a) >= 0 ? 1.0 / post0 : 0.0;
        }
        double average = 0;
        double variance = 0;
        for (int a = 0; a < k; a++) {
            average += weights[a] * beta.get(a, 0);
            for (int b = 0; b < k; b++) {
                variance += weights[a] * weights[b] * covariance.get(a, b);
            }
        }
        return new Fit(out, average, Math.sqrt(variance), units, starts.size());
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}

package causal.its;

import causal.options.OptionSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Segmented regression of an interrupted time series (Wagner, Soumerai, Zhang and Ross-Degnan 2002, J. Clin. Pharm.
 * Ther. 27(4)): {@code y = b0 + b1 t + b2 post + b3 (t - t0) post (+ covariates)}, post = 1 from the intervention time
 * t0 on, fitted by least squares with Newey-West (1987) standard errors, the Bartlett kernel over
 * {@code L} lags, as statsmodels' {@code OLS(y, X).fit(cov_type = "HAC", cov_kwds = {"maxlags": L})}: the covariance
 * is {@code (X'X)⁻¹ S (X'X)⁻¹} with {@code S = Γ₀ + Σ_{l=1..L} (1 - l/(L+1)) (Γ_l + Γ_l')},
 * {@code Γ_l = Σ_t x_t e_t e_{t-l} x_{t-l}'}, no small-sample factor unless asked (statsmodels' default
 * {@code use_correction = False}; with it, {@code n/(n-k)}), and normal p-values and intervals (statsmodels'
 * {@code use_t = False} for robust covariances). Rows are put in time order first; each period appears once.
 */
public final class InterruptedTimeSeries {

    /**
     * @param maxLags               L; empty means {@code floor(4 (n/100)^(2/9))}, the rule of statsmodels'
     *                              {@code cov_hac} when no lag is given (Newey and West 1994)
     * @param smallSampleCorrection multiply the covariance by {@code n/(n-k)} (statsmodels' {@code use_correction})
     * @param confidenceLevel       the level of the intervals
     */
    public record Options(OptionalInt maxLags, boolean smallSampleCorrection, double confidenceLevel) {
        public static final Options DEFAULTS = new Options(OptionalInt.empty(), false, 0.95);

        /** @throws InterruptedTimeSeriesException naming the option that is out of range */
        public Options {
            if (maxLags.isPresent() && maxLags.getAsInt() < 0) {
                throw new InterruptedTimeSeriesException("lags must be 0 or more, not " + maxLags.getAsInt());
            }
            if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
                throw new InterruptedTimeSeriesException("level must be between 0 and 1, not " + confidenceLevel);
            }
        }

        public Options withMaxLags(int lags) {
            return new Options(OptionalInt.of(lags), smallSampleCorrection, confidenceLevel);
        }

        public Options withSmallSampleCorrection(boolean correct) {
            return new Options(maxLags, correct, confidenceLevel);
        }

        public Options withConfidenceLevel(double level) {
            return new Options(maxLags, smallSampleCorrection, level);
        }
    }

    /** The options a script may give, with their defaults as a script writes them. */
    public static final List<OptionSpec> OPTIONS = List.of(
            new OptionSpec("lags", "integer", "floor(4 (n/100)^(2/9))",
                    "lags of the Newey-West (Bartlett) covariance"),
            new OptionSpec("small_sample", "boolean", "false",
                    "multiply the covariance by n/(n-k), statsmodels' use_correction"),
            new OptionSpec("level", "number", "0.95", "confidence level of the intervals"));

    private final String time;
    private final double interventionTime;
    /** Rows in time order. */
    private final int[] order;
    private final double[] sortedTime;
    private final int before;

    private InterruptedTimeSeries(String time, double interventionTime, int[] order, double[] sortedTime,
            int before) {
        this.time = time;
        this.interventionTime = interventionTime;
        this.order = order;
        this.sortedTime = sortedTime;
        this.before = before;
    }

    /**
     * A series over periods {@code t} (named {@code time}) interrupted at {@code interventionTime}: rows with
     * {@code t >= interventionTime} are after it. Not modified: t.
     *
     * @throws InterruptedTimeSeriesException when a period is missing or repeated, or fewer than two periods lie on
     *                                        either side of the intervention
     */
    public static InterruptedTimeSeries at(String time, double[] t, double interventionTime) {
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(t[i])) {
                throw new InterruptedTimeSeriesException(time + " is " + (Double.isNaN(t[i]) ? "missing" : t[i])
                        + " in row " + (i + 1));
            }
        }
        if (!Double.isFinite(interventionTime)) {
            throw new InterruptedTimeSeriesException("the intervention time must be a finite number, not "
                    + interventionTime);
        }
        double[] sorted = t.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw repeated(time, t, sorted[i]);
            }
        }
        // Periods are distinct, so each row's rank is where its period sits in the sorted copy.
        int[] order = new int[t.length];
        for (int row = 0; row < t.length; row++) {
            order[Arrays.binarySearch(sorted, t[row])] = row;
        }
        int before = 0;
        while (before < sorted.length && sorted[before] < interventionTime) {
            before++;
        }
        if (before < 2 || t.length - before < 2) {
            throw new InterruptedTimeSeriesException("the intervention at " + time + " = " + format(interventionTime)
                    + " leaves " + before + " period" + (before == 1 ? "" : "s") + " before it and "
                    + (t.length - before) + " after it; a level and a trend on each side need at least 2 of each");
        }
        return new InterruptedTimeSeries(time, interventionTime, order, sorted, before);
    }

    /**
     * A series interrupted where the 0/1 column {@code post} (named {@code intervention}) turns on: the intervention
     * time is the first period with post = 1, and post must stay 1 from then on. Not modified: t, post.
     *
     * @throws InterruptedTimeSeriesException as {@link #at}, or when post is not 0/1, never 1, or turns off again
     */
    public static InterruptedTimeSeries withIndicator(String time, double[] t, String intervention, double[] post) {
        if (post.length != t.length) {
            throw new InterruptedTimeSeriesException(intervention + " has " + post.length + " rows but " + time
                    + " has " + t.length);
        }
        double start = Double.POSITIVE_INFINITY;
        for (int i = 0; i < post.length; i++) {
            if (post[i] != 0 && post[i] != 1) {
                throw new InterruptedTimeSeriesException(intervention + " must be 0 or 1, but it is " + post[i]
                        + " in row " + (i + 1));
            }
            if (post[i] == 1) {
                start = Math.min(start, t[i]);
            }
        }
        if (start == Double.POSITIVE_INFINITY) {
            throw new InterruptedTimeSeriesException(intervention + " is 0 in every row: there is no period after "
                    + "the intervention");
        }
        for (int i = 0; i < post.length; i++) {
            if (post[i] == 0 && t[i] >= start) {
                throw new InterruptedTimeSeriesException(intervention + " is 0 in row " + (i + 1) + " (" + time
                        + " = " + format(t[i]) + ") after the intervention began at " + format(start)
                        + "; an interrupted time series has one intervention that stays on");
            }
        }
        return at(time, t, start);
    }

    private static InterruptedTimeSeriesException repeated(String time, double[] t, double period) {
        int first = -1;
        int second = -1;
        for (int row = 0; row < t.length && second < 0; row++) {
            if (t[row] == period) {
                if (first < 0) {
                    first = row;
                } else {
                    second = row;
                }
            }
        }
        return new InterruptedTimeSeriesException(time + " " + format(period) + " appears in rows " + (first + 1)
                + " and " + (second + 1) + ": an interrupted time series has one row per period (aggregate the "
                + "rows of a period first)");
    }

    public double interventionTime() {
        return interventionTime;
    }

    /** {@link #fit(String, double[], List, double[][], Options)} without covariates. */
    public SegmentedRegression fit(String outcome, double[] y, Options options) {
        return fit(outcome, y, List.of(), new double[0][], options);
    }

    /**
     * Fits the segmented regression of y, with {@code covariates[k]} named {@code names.get(k)}. Not modified: y,
     * covariates.
     *
     * @throws InterruptedTimeSeriesException when a column's length differs or it has a missing value, a covariate
     *                                        is collinear with the segments or the others, or the lags are not
     *                                        fewer than the periods
     */
    public SegmentedRegression fit(String outcome, double[] y, List<String> names, double[][] covariates,
            Options options) {
        int n = order.length;
        if (names.size() != covariates.length) {
            throw new InterruptedTimeSeriesException(names.size() + " covariate names for " + covariates.length
                    + " columns");
        }
        double[] response = inTimeOrder(outcome, y);
        List<String> columns = new ArrayList<>(List.of("intercept", time, "level_change", "slope_change"));
        columns.addAll(names);
        double[][] x = new double[columns.size()][n];
        for (int i = 0; i < n; i++) {
            double post = i >= before ? 1 : 0;
            x[0][i] = 1;
            x[1][i] = sortedTime[i];
            x[2][i] = post;
            x[3][i] = (sortedTime[i] - interventionTime) * post;
        }
        for (int k = 0; k < covariates.length; k++) {
            x[4 + k] = inTimeOrder(names.get(k), covariates[k]);
        }
        int lags = options.maxLags().orElse((int) Math.floor(4 * Math.pow(n / 100.0, 2.0 / 9.0)));
        if (lags >= n) {
            throw new InterruptedTimeSeriesException("lags must be fewer than the " + n + " periods, not " + lags);
        }
        HacRegression fit = HacRegression.fit(columns, x, response, lags, options.smallSampleCorrection());
        double level = options.confidenceLevel();
        List<Coefficient> coefficients = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            coefficients.add(Coefficient.normal(columns.get(k), fit.coefficient(k), Math.sqrt(fit.covariance(k, k)),
                    level));
        }
        List<String> notes = new ArrayList<>();
        if (n - columns.size() < 10) {
            notes.add("only " + (n - columns.size()) + " degrees of freedom: Newey-West standard errors and normal "
                    + "intervals are unreliable in so short a series");
        }
        return new SegmentedRegression(outcome, time, interventionTime, coefficients.get(0), coefficients.get(1),
                coefficients.get(2), coefficients.get(3), coefficients.subList(4, coefficients.size()),
                fit.covariance(2, 3), n, before, n - before, lags, options.smallSampleCorrection(), level, notes);
    }

    private double[] inTimeOrder(String name, double[] column) {
        if (column.length != order.length) {
            throw new InterruptedTimeSeriesException(name + " has " + column.length + " rows but " + time + " has "
                    + order.length + ": they must be columns of one table");
        }
        double[] sorted = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            double v = column[order[i]];
            if (!Double.isFinite(v)) {
                throw new InterruptedTimeSeriesException(name + " is " + (Double.isNaN(v) ? "missing" : v)
                        + " in row " + (order[i] + 1) + "; drop or fill such rows before fitting");
            }
            sorted[i] = v;
        }
        return sorted;
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

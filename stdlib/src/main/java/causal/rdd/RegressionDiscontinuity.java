package causal.rdd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sharp and fuzzy regression discontinuity at a cutoff c of a running variable x, by local polynomial regression on
 * each side as {@code rdrobust} 4.0.0 (Calonico, Cattaneo and Titiunik 2014, "Robust nonparametric confidence
 * intervals for regression-discontinuity designs", Econometrica 82(6)): rows with {@code x < c} are left of the
 * cutoff, rows with {@code x >= c} right of it; the jump is the difference of the two intercepts of order-p fits
 * weighted by {@code K((x - c)/h)}. The robust interval centres the bias-corrected jump (the order-p+1 coefficient of
 * an order-q fit at b removes the leading bias) and widens it by the variance of the correction. A fuzzy design
 * divides the outcome's jump by the treatment's, with delta-method variances. Default options
 * ({@link DiscontinuityOptions#DEFAULTS}) are rdrobust's: p = 1, q = 2, triangular kernel, h and b from
 * {@link MseOptimalBandwidth} ({@code bwselect = "mserd"}), nearest-neighbour variance with 3 neighbours, mass points
 * adjusted, 95% normal intervals. Not implemented: covariate adjustment, clustering, weights, derivatives (kink
 * designs) and the other bandwidth selectors.
 */
public final class RegressionDiscontinuity {

    /** rdrobust's smallest sample for bandwidth selection. */
    private static final int SELECTION_MINIMUM = 20;
    /** A first stage whose squared z is below this is flagged weak (Staiger and Stock's rule of thumb F < 10). */
    private static final double WEAK_FIRST_STAGE = 10;

    private final String running;
    private final double[] x;
    private final double cutoff;
    /** Rows with x < c, nearest the cutoff first. */
    private final int[] leftRows;
    /** Rows with x >= c, nearest the cutoff first. */
    private final int[] rightRows;
    private final RunningVariable summary;

    private RegressionDiscontinuity(String running, double[] x, double cutoff, int[] leftRows, int[] rightRows) {
        this.running = running;
        this.x = x;
        this.cutoff = cutoff;
        this.leftRows = leftRows;
        this.rightRows = rightRows;
        this.summary = RunningVariable.of(x);
    }

    /**
     * A design on running variable {@code x} (named {@code running} in messages) at {@code cutoff}. Not modified: x
     * (it is copied).
     *
     * @throws RegressionDiscontinuityException when x is empty or has a missing or infinite value, or the cutoff is
     *                                          not strictly inside the range of x
     */
    public static RegressionDiscontinuity of(String running, double[] x, double cutoff) {
        if (x.length == 0) {
            throw new RegressionDiscontinuityException(running + " has no rows");
        }
        requireFinite(running, x);
        if (!Double.isFinite(cutoff)) {
            throw new RegressionDiscontinuityException("the cutoff must be a finite number, not " + cutoff);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(cutoff > min && cutoff < max)) {
            throw new RegressionDiscontinuityException("the cutoff " + Side.format(cutoff) + " is not inside the "
                    + "range of " + running + " (" + Side.format(min) + " to " + Side.format(max) + "): there must "
                    + "be observations on both sides of it, and some strictly below it");
        }
        double[] copy = x.clone();
        double[] distance = new double[copy.length];
        int left = 0;
        for (int i = 0; i < copy.length; i++) {
            distance[i] = Math.abs(copy[i] - cutoff);
            if (copy[i] < cutoff) {
                left++;
            }
        }
        int[] leftRows = new int[left];
        int[] rightRows = new int[copy.length - left];
        for (int i = 0, l = 0, r = 0; i < copy.length; i++) {
            if (copy[i] < cutoff) {
                leftRows[l++] = i;
            } else {
                rightRows[r++] = i;
            }
        }
        return new RegressionDiscontinuity(running, copy, cutoff, RowOrder.ascending(leftRows, distance),
                RowOrder.ascending(rightRows, distance));
    }

    public String running() {
        return running;
    }

    public double cutoff() {
        return cutoff;
    }

    /** Rows left of the cutoff ({@code x < c}). */
    public int leftCount() {
        return leftRows.length;
    }

    /** Rows right of the cutoff ({@code x >= c}). */
    public int rightCount() {
        return rightRows.length;
    }

    /**
     * The sharp RD estimate of the jump of y at the cutoff. Not modified: y.
     *
     * @throws RegressionDiscontinuityException when y's length differs from x's, y has a missing value, or there are
     *                                          too few observations near the cutoff for the fits
     */
    public DiscontinuityEstimate sharp(String outcome, double[] y, DiscontinuityOptions options) {
        requireColumn(outcome, y);
        Side left = side("left", y);
        Side right = side("right", y);
        Bandwidths bandwidths = bandwidths(left, right, false, options);
        SideFit l = SideFit.of(left, bandwidths.h(), bandwidths.b(), options);
        SideFit r = SideFit.of(right, bandwidths.h(), bandwidths.b(), options);
        double[] s = {1};
        double level = options.confidenceLevel();
        Jump conventional = Jump.normal(r.conventional(0) - l.conventional(0),
                Math.sqrt(l.conventionalVariance(s) + r.conventionalVariance(s)), level);
        Jump robust = Jump.normal(r.biasCorrected(0) - l.biasCorrected(0),
                Math.sqrt(l.robustVariance(s) + r.robustVariance(s)), level);
        return result(outcome, conventional, robust, Optional.empty(), bandwidths, options, l, r, notes(left, right,
                options));
    }

    /**
     * The fuzzy RD estimate: the jump of y at the cutoff divided by the jump of the treatment d, with the
     * delta-method variance of the ratio (rdrobust's {@code fuzzy = d}). Not modified: y, d.
     *
     * @throws RegressionDiscontinuityException when a length differs from x's, a value is missing, d neither varies
     *                                          nor jumps at the cutoff, or its estimated jump is zero
     */
    public DiscontinuityEstimate fuzzy(String outcome, double[] y, String treatment, double[] d,
            DiscontinuityOptions options) {
        requireColumn(outcome, y);
        requireColumn(treatment, d);
        Side left = side("left", y, d);
        Side right = side("right", y, d);
        boolean constantLeft = constant(left.columns[1]);
        boolean constantRight = constant(right.columns[1]);
        if (constantLeft && constantRight && left.columns[1][0] == right.columns[1][0]) {
            throw new RegressionDiscontinuityException(treatment + " is " + Side.format(left.columns[1][0])
                    + " in every row on both sides of the cutoff: it does not jump there, so the fuzzy ratio is "
                    + "not identified; use the sharp design if treatment is the cutoff itself");
        }
        // One-sided compliance: rdrobust selects the bandwidth for the outcome alone then (its perf_comp).
        Bandwidths bandwidths = constantLeft || constantRight
                ? bandwidths(side("left", y), side("right", y), false, options)
                : bandwidths(left, right, true, options);
        SideFit l = SideFit.of(left, bandwidths.h(), bandwidths.b(), options);
        SideFit r = SideFit.of(right, bandwidths.h(), bandwidths.b(), options);
        double tauY = r.conventional(0) - l.conventional(0);
        double tauT = r.conventional(1) - l.conventional(1);
        double tauYCorrected = r.biasCorrected(0) - l.biasCorrected(0);
        double tauTCorrected = r.biasCorrected(1) - l.biasCorrected(1);
        if (!(Math.abs(tauT) > 1e-12)) {
            throw new RegressionDiscontinuityException("the estimated jump of " + treatment + " at the cutoff is "
                    + "zero within h = " + Side.format(bandwidths.h()) + ", so the fuzzy ratio is not defined");
        }
        double level = options.confidenceLevel();
        double ratio = tauY / tauT;
        // The linearised ratio (rdrobust's s_Y) and the bias correction of both jumps through it.
        double[] s = {1 / tauT, -tauY / (tauT * tauT)};
        double corrected = ratio - s[0] * (tauY - tauYCorrected) - s[1] * (tauT - tauTCorrected);
        Jump conventional = Jump.normal(ratio, Math.sqrt(l.conventionalVariance(s) + r.conventionalVariance(s)),
                level);
        Jump robust = Jump.normal(corrected, Math.sqrt(l.robustVariance(s) + r.robustVariance(s)), level);
        double[] first = {0, 1};
        FirstStage firstStage = new FirstStage(treatment,
                Jump.normal(tauT, Math.sqrt(l.conventionalVariance(first) + r.conventionalVariance(first)), level),
                Jump.normal(tauTCorrected, Math.sqrt(l.robustVariance(first) + r.robustVariance(first)), level));
        List<String> notes = notes(left, right, options);
        double z = firstStage.conventional().z();
        if (z * z < WEAK_FIRST_STAGE) {
            notes.add("the jump of " + treatment + " at the cutoff is weak (z = " + Side.format(z) + ", z² below "
                    + "10): the fuzzy estimate and its normal interval are unreliable");
        }
        return result(outcome, conventional, robust, Optional.of(firstStage), bandwidths, options, l, r, notes);
    }

    /**
     * The bandwidths {@link #sharp} would use for y: the given ones, or the MSE-optimal pair.
     *
     * @throws RegressionDiscontinuityException as {@link #sharp}
     */
    public Bandwidths bandwidths(String outcome, double[] y, DiscontinuityOptions options) {
        requireColumn(outcome, y);
        return bandwidths(side("left", y), side("right", y), false, options);
    }

    /**
     * The jump of each covariate at the cutoff, each estimated as a sharp RD with these options: a covariate
     * determined before treatment should not jump (Lee and Lemieux 2010). Without a given bandwidth,
     * each covariate gets its own MSE-optimal one, as rdrobust run once per covariate. Not modified: covariates.
     *
     * @param covariates {@code covariates[k]} is the column named {@code names.get(k)}
     */
    public CovariateBalance balance(List<String> names, double[][] covariates, DiscontinuityOptions options) {
        if (names.size() != covariates.length) {
            throw new RegressionDiscontinuityException("balance got " + names.size() + " covariate names for "
                    + covariates.length + " columns");
        }
        List<DiscontinuityEstimate> rows = new ArrayList<>(names.size());
        for (int k = 0; k < covariates.length; k++) {
            rows.add(sharp(names.get(k), covariates[k], options));
        }
        return new CovariateBalance(running, cutoff, rows);
    }

    /**
     * Binned means of y on each side and a polynomial fitted to each side, the data of an RD plot. Not modified: y.
     */
    public BinnedScatter binnedScatter(String outcome, double[] y, BinnedScatter.Options options) {
        requireColumn(outcome, y);
        return BinnedScatter.of(outcome, side("left", y), side("right", y), cutoff, options);
    }

    private Bandwidths bandwidths(Side left, Side right, boolean fuzzy, DiscontinuityOptions options) {
        if (options.bandwidth().isPresent()) {
            double h = options.bandwidth().getAsDouble();
            return new Bandwidths(h, options.biasBandwidth().orElse(h), "manual");
        }
        int n = left.size() + right.size();
        if (n < SELECTION_MINIMUM) {
            throw new RegressionDiscontinuityException("only " + n + " rows: selecting a bandwidth needs at least "
                    + SELECTION_MINIMUM + "; give a bandwidth");
        }
        Bandwidths selected = new MseOptimalBandwidth(left, right, fuzzy, options).select(summary);
        return options.biasBandwidth().isPresent()
                ? new Bandwidths(selected.h(), options.biasBandwidth().getAsDouble(), "mserd")
                : selected;
    }

    private DiscontinuityEstimate result(String outcome, Jump conventional, Jump robust,
            Optional<FirstStage> firstStage, Bandwidths bandwidths, DiscontinuityOptions options, SideFit l,
            SideFit r, List<String> notes) {
        return new DiscontinuityEstimate(outcome, running, cutoff, conventional, robust, firstStage, bandwidths,
                options.order(), options.biasOrderOrDefault(), options.kernel(), options.variance(),
                options.confidenceLevel(), leftRows.length, rightRows.length, l.effective, r.effective, notes);
    }

    private List<String> notes(Side left, Side right, DiscontinuityOptions options) {
        List<String> notes = new ArrayList<>();
        double repeatedLeft = 1 - left.distinct() / (double) left.size();
        double repeatedRight = 1 - right.distinct() / (double) right.size();
        if (Math.max(repeatedLeft, repeatedRight) >= 0.2) {
            notes.add(running + " has mass points (" + Math.round(100 * repeatedLeft) + "% of the rows left of the "
                    + "cutoff and " + Math.round(100 * repeatedRight) + "% right of it repeat a value)"
                    + (options.massPoints() && options.bandwidth().isEmpty()
                            ? "; the bandwidth selector was adjusted for them" : ""));
        }
        return notes;
    }

    private Side side(String which, double[]... responses) {
        String label = which + " of the cutoff " + Side.format(cutoff);
        return Side.of(label, x, cutoff, which.equals("left") ? leftRows : rightRows, responses);
    }

    private void requireColumn(String name, double[] column) {
        if (column.length != x.length) {
            throw new RegressionDiscontinuityException(name + " has " + column.length + " rows but " + running
                    + " has " + x.length + ": they must be columns of one table");
        }
        requireFinite(name, column);
    }

    private static void requireFinite(String name, double[] column) {
        for (int i = 0; i < column.length; i++) {
            if (!Double.isFinite(column[i])) {
                throw new RegressionDiscontinuityException(name + " is " + (Double.isNaN(column[i]) ? "missing"
                        : column[i]) + " in row " + (i + 1) + "; drop or fill such rows before estimating");
            }
        }
    }

    private static boolean constant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }
}

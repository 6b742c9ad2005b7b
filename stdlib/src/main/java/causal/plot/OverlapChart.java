package causal.plot;

import org.knowm.xchart.XYChart;

/**
 * The overlap of propensity scores, as {@code plot overlap of e} draws it: for each arm the share of its rows in
 * each of 20 bins of the score on [0, 1], drawn as a step outline. Regions where one arm has rows and the other
 * none are where an adjusted estimate extrapolates; scores piled near 0 or 1 make weights explode.
 */
public final class OverlapChart extends ChartPicture {
    private static final String CHART = "overlap plot";
    static final int BINS = 20;

    private OverlapChart(XYChart chart) {
        super(chart);
    }

    /**
     * The outlines of {@code treated} and {@code control} scores. Not modified: the arrays.
     *
     * @throws PlotException if an arm has no rows or a score lies outside [0, 1]
     */
    public static OverlapChart of(double[] treated, double[] control) {
        XYChart chart = ChartStyle.xyChart(WIDTH, HEIGHT, "propensity score", "share of the arm's rows");
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        outline(chart, "treated", treated, true);
        outline(chart, "control", control, false);
        return new OverlapChart(chart);
    }

    private static void outline(XYChart chart, String arm, double[] scores, boolean treated) {
        PlotInput.require(scores.length > 0, CHART, "the " + arm + " arm has no rows");
        double[] share = new double[BINS];
        for (double s : scores) {
            PlotInput.require(s >= 0 && s <= 1, CHART, "a propensity score of " + s + " is outside [0, 1]");
            share[Math.min(BINS - 1, (int) (s * BINS))] += 1.0 / scores.length;
        }
        double[] x = new double[2 * BINS + 2];
        double[] y = new double[2 * BINS + 2];
        for (int k = 0; k < BINS; k++) {
            x[2 * k + 1] = (double) k / BINS;
            y[2 * k + 1] = share[k];
            x[2 * k + 2] = (double) (k + 1) / BINS;
            y[2 * k + 2] = share[k];
        }
        x[2 * BINS + 1] = 1.0;
        ChartStyle.line(chart, arm + " (" + scores.length + " rows)", x, y,
                treated ? ChartStyle.ORANGE : ChartStyle.BLUE);
    }
}

package causal.plot;

import java.awt.Graphics2D;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A love plot, as {@code plot balance of e} draws it: each covariate's standardized mean difference before
 * adjustment (open circle) and after (filled), one row per covariate in the order given, top to bottom, with lines
 * at 0 and at ±0.1, the usual threshold of balance (Austin 2009; the default of R's {@code cobalt::love.plot}).
 */
public final class LovePlot implements Picture {
    /** One covariate's standardized mean difference before and after matching or weighting. */
    public record CovariateBalance(String covariate, double before, double after) {}

    /** The |SMD| under which a covariate is usually called balanced. */
    static final double THRESHOLD = 0.1;
    private static final String CHART = "love plot";
    private static final int WIDTH = 640;
    private static final int ROW_HEIGHT = 26;
    // Room for the x axis, its title and the legend under the rows.
    private static final int FRAME_HEIGHT = 110;
    // XChart gives up on ticks whose first and last labels are equal, so the two padding rows get different blanks.
    private static final String BLANK_BELOW = " ";
    private static final String BLANK_ABOVE = "  ";

    private final XYChart chart;
    private final int height;

    private LovePlot(XYChart chart, int height) {
        this.chart = chart;
        this.height = height;
    }

    /**
     * The love plot of {@code rows}. Not modified: the list.
     *
     * @throws PlotException if there are no rows, a covariate has no name, or a difference is not finite
     */
    public static LovePlot of(List<CovariateBalance> rows) {
        check(rows);
        int k = rows.size();
        int height = FRAME_HEIGHT + ROW_HEIGHT * (k + 1);
        XYChart chart = ChartStyle.xyChart(WIDTH, height, "standardized mean difference", "");
        chart.getStyler().setYAxisTitleVisible(false);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        chart.getStyler().setXAxisDecimalPattern("0.00");
        // Row i (from the top) sits at y = k - i. The y values must reach XChart in increasing order, and the rule
        // lines span [0, k + 1]: then XChart puts one tick at each row, and the labeller below names it.
        double[] y = new double[k];
        double[] before = new double[k];
        double[] after = new double[k];
        for (int j = 0; j < k; j++) {
            CovariateBalance row = rows.get(k - 1 - j);
            y[j] = j + 1;
            before[j] = row.before();
            after[j] = row.after();
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(k + 1.0);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(value -> label(rows, value));
        setXRange(chart, before, after);
        ChartStyle.points(chart, "before adjustment", before, y, ChartStyle.GREY).setMarker(new OpenCircle());
        ChartStyle.points(chart, "after adjustment", after, y, ChartStyle.BLUE).setMarker(SeriesMarkers.CIRCLE);
        ChartStyle.referenceLine(chart, "zero", new Point(0, 0), new Point(0, k + 1), ChartStyle.SOLID);
        ChartStyle.referenceLine(chart, "lower threshold", new Point(-THRESHOLD, 0), new Point(-THRESHOLD, k + 1),
                ChartStyle.DASHED);
        ChartStyle.referenceLine(chart, "upper threshold", new Point(THRESHOLD, 0), new Point(THRESHOLD, k + 1),
                ChartStyle.DASHED);
        return new LovePlot(chart, height);
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void paint(Graphics2D g) {
        chart.paint(g, WIDTH, height);
    }

    /** The covariate at tick {@code value}; blank at the two empty rows that pad the top and bottom. */
    private static String label(List<CovariateBalance> rows, double value) {
        int row = rows.size() - (int) Math.round(value);
        if (row < 0) {
            return BLANK_ABOVE;
        }
        return row < rows.size() ? rows.get(row).covariate() : BLANK_BELOW;
    }

    /** The data range widened to keep ±0.1 in view, plus a margin so no marker is cut by the frame. */
    private static void setXRange(XYChart chart, double[] before, double[] after) {
        double low = -THRESHOLD;
        double high = THRESHOLD;
        for (int j = 0; j < before.length; j++) {
            low = Math.min(low, Math.min(before[j], after[j]));
            high = Math.max(high, Math.max(before[j], after[j]));
        }
        double margin = 0.06 * (high - low);
        chart.getStyler().setXAxisMin(low - margin);
        chart.getStyler().setXAxisMax(high + margin);
    }

    private static void check(List<CovariateBalance> rows) {
        PlotInput.require(!rows.isEmpty(), CHART, "there are no covariates");
        for (CovariateBalance row : rows) {
            PlotInput.require(row.covariate() != null && !row.covariate().isBlank(), CHART,
                    "a covariate has no name");
            PlotInput.requireFinite(row.before(), CHART, "the difference of " + row.covariate() + " before");
            PlotInput.requireFinite(row.after(), CHART, "the difference of " + row.covariate() + " after");
        }
    }
}

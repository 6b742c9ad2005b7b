package causal.plot;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A regression-discontinuity plot, as {@code plot rdd of e} draws it (the look of rdrobust's {@code rdplot}): the
 * outcome's mean in evenly spaced bins of the running variable on each side of the cutoff, a polynomial fitted on
 * each side, and the cutoff as a dashed vertical line. The jump of the two curves at the cutoff is the effect.
 */
public final class DiscontinuityChart extends ChartPicture {
    private static final String CHART = "regression discontinuity plot";

    private DiscontinuityChart(XYChart chart) {
        super(chart);
    }

    /**
     * The plot of bin means {@code leftBins}/{@code rightBins} and fitted curves {@code leftCurve}/{@code rightCurve}
     * (points in increasing x) around {@code cutoff}. Not modified: the lists.
     *
     * @throws PlotException if a side has no bin or no curve, or a number is not finite
     */
    public static DiscontinuityChart of(String running, String outcome, double cutoff, List<Point> leftBins,
            List<Point> rightBins, List<Point> leftCurve, List<Point> rightCurve) {
        PlotInput.requireFinite(cutoff, CHART, "the cutoff");
        for (List<Point> side : List.of(leftBins, rightBins, leftCurve, rightCurve)) {
            PlotInput.require(!side.isEmpty(), CHART, "each side of the cutoff needs bins and a fitted curve");
            for (Point p : side) {
                PlotInput.requireFinite(p.x(), CHART, "a value of " + running);
                PlotInput.requireFinite(p.y(), CHART, "a value of " + outcome);
            }
        }
        XYChart chart = ChartStyle.xyChart(WIDTH, HEIGHT, running, outcome);
        double low = Math.min(Math.min(min(leftBins, true), min(rightBins, true)), min(leftCurve, true));
        double high = Math.max(Math.max(max(leftBins, true), max(rightBins, true)), max(rightCurve, true));
        double bottom = Math.min(min(leftBins, false), Math.min(min(rightBins, false),
                Math.min(min(leftCurve, false), min(rightCurve, false))));
        double top = Math.max(max(leftBins, false), Math.max(max(rightBins, false),
                Math.max(max(leftCurve, false), max(rightCurve, false))));
        ChartStyle.referenceLine(chart, "cutoff", new Point(cutoff, bottom), new Point(cutoff, top),
                ChartStyle.DASHED);
        chart.getStyler().setXAxisMin(low);
        chart.getStyler().setXAxisMax(high);
        ChartStyle.points(chart, "bin means", xs(leftBins), ys(leftBins), ChartStyle.BLUE)
                .setMarker(SeriesMarkers.CIRCLE);
        XYSeries above = ChartStyle.points(chart, "bin means (above)", xs(rightBins), ys(rightBins), ChartStyle.BLUE);
        above.setMarker(SeriesMarkers.CIRCLE);
        above.setShowInLegend(false);
        curve(chart, "polynomial fit on each side", leftCurve).setShowInLegend(true);
        curve(chart, "fit above the cutoff", rightCurve).setShowInLegend(false);
        return new DiscontinuityChart(chart);
    }

    private static XYSeries curve(XYChart chart, String name, List<Point> points) {
        return ChartStyle.line(chart, name, xs(points), ys(points), ChartStyle.ORANGE);
    }

    private static double[] xs(List<Point> points) {
        return points.stream().mapToDouble(Point::x).toArray();
    }

    private static double[] ys(List<Point> points) {
        return points.stream().mapToDouble(Point::y).toArray();
    }

    private static double min(List<Point> points, boolean x) {
        return points.stream().mapToDouble(p -> x ? p.x() : p.y()).min().orElseThrow();
    }

    private static double max(List<Point> points, boolean x) {
        return points.stream().mapToDouble(p -> x ? p.x() : p.y()).max().orElseThrow();
    }
}

package causal.plot;

import causal.text.Printf;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The power of an experiment against its sample size per arm, as {@code plot power of D} draws it: the curve, a
 * dashed line at the target power and a marker at the planned sample size. The curve's points come from the power
 * calculation (for two proportions, R's {@code power.prop.test}); this class only draws them.
 */
public final class PowerCurve extends ChartPicture {
    private static final String CHART = "power curve";

    private PowerCurve(XYChart chart) {
        super(chart);
    }

    /**
     * The chart of {@code curve} (sample size per arm → power, sizes increasing), with {@code planned} (the planned
     * size and its power) marked and {@code targetPower} drawn as a dashed line. Not modified: the list.
     *
     * @throws PlotException if the curve has fewer than two points, sizes are not positive and increasing, or a
     *     power is outside [0, 1]
     */
    public static PowerCurve of(List<Point> curve, Point planned, double targetPower) {
        check(curve, planned, targetPower);
        XYChart chart = ChartStyle.xyChart(WIDTH, HEIGHT, "sample size per arm", "power");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern("0.0");
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        double[] n = curve.stream().mapToDouble(Point::x).toArray();
        double[] power = curve.stream().mapToDouble(Point::y).toArray();
        double low = Math.min(n[0], planned.x());
        double high = Math.max(n[n.length - 1], planned.x());
        XYSeries line = ChartStyle.line(chart, "power", n, power, ChartStyle.BLUE);
        ChartStyle.referenceLine(chart, "target power " + ChartStyle.number(targetPower, 2),
                new Point(low, targetPower), new Point(high, targetPower), ChartStyle.DASHED).setShowInLegend(true);
        ChartStyle.points(chart, plannedLabel(planned), new double[] {planned.x()}, new double[] {planned.y()},
                ChartStyle.ORANGE).setMarker(SeriesMarkers.DIAMOND);
        return new PowerCurve(chart);
    }

    private static String plannedLabel(Point planned) {
        boolean whole = planned.x() == Math.rint(planned.x());
        String n = whole ? Printf.format("%,d", (long) planned.x())
                : ChartStyle.number(planned.x(), 1);
        return "planned: " + n + " per arm, power " + ChartStyle.number(planned.y(), 2);
    }

    private static void check(List<Point> curve, Point planned, double targetPower) {
        PlotInput.require(curve.size() >= 2, CHART, "it needs at least two points, got " + curve.size());
        double previous = 0;
        for (Point p : curve) {
            PlotInput.requireFinite(p.x(), CHART, "a sample size");
            PlotInput.requireFinite(p.y(), CHART, "a power");
            PlotInput.require(p.x() > previous, CHART, "sample sizes must be positive and increasing, "
                    + ChartStyle.number(p.x(), 1) + " follows " + ChartStyle.number(previous, 1));
            PlotInput.require(p.y() >= 0 && p.y() <= 1, CHART, "a power of " + p.y() + " is outside [0, 1]");
            previous = p.x();
        }
        PlotInput.requireFinite(planned.x(), CHART, "the planned sample size");
        PlotInput.require(planned.x() > 0, CHART, "the planned sample size must be positive");
        PlotInput.require(planned.y() >= 0 && planned.y() <= 1, CHART,
                "the planned power " + planned.y() + " is outside [0, 1]");
        PlotInput.require(targetPower > 0 && targetPower < 1, CHART,
                "the target power " + targetPower + " is outside (0, 1)");
    }
}

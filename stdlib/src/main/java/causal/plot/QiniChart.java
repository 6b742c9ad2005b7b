package causal.plot;

import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * A Qini curve, as {@code plot qini of tau} draws it: the incremental responses gained when the rows are targeted in
 * the order of their predicted effect, against the number targeted, with the random-targeting line from the origin
 * to the curve's end. The area between them is the Qini measure; a model that ranks well bows above the line.
 */
public final class QiniChart extends ChartPicture {
    private static final String CHART = "Qini plot";

    private QiniChart(XYChart chart) {
        super(chart);
    }

    /**
     * The curve through {@code points} (number targeted, incremental responses), starting at (0, 0). Not modified.
     *
     * @throws PlotException if there are fewer than 2 points or a number is not finite
     */
    public static QiniChart of(List<Point> points) {
        PlotInput.require(points.size() >= 2, CHART, "a curve needs at least 2 points");
        for (Point p : points) {
            PlotInput.requireFinite(p.x(), CHART, "the number targeted");
            PlotInput.requireFinite(p.y(), CHART, "the incremental responses");
        }
        XYChart chart = ChartStyle.xyChart(WIDTH, HEIGHT, "rows targeted, by predicted effect",
                "incremental responses");
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        Point last = points.get(points.size() - 1);
        ChartStyle.referenceLine(chart, "random targeting", new Point(0, 0), last, ChartStyle.DASHED)
                .setShowInLegend(true);
        ChartStyle.line(chart, "Qini curve", points.stream().mapToDouble(Point::x).toArray(),
                points.stream().mapToDouble(Point::y).toArray(), ChartStyle.BLUE);
        return new QiniChart(chart);
    }
}

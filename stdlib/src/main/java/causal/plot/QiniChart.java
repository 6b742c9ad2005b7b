package causal.plot;

import java.awt.Graphics2D;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A Qini curve, as {@code plot qini of tau} draws it: the incremental responses gained when the rows are targeted in
 * the order of their predicted effect, against the number targeted, with the random-targeting line from the origin
 * to the curve's end. The area between them is the Qini measure; a model that ranks well bows above the line.
 */
public final class QiniChart implements Picture {
    private static final String CHART = "Qini plot";
    private static final int WIDTH = 680;
    private static final int HEIGHT = 420;

    private final XYChart chart;

    private QiniChart(XYChart chart) {
        this.chart = chart;
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
        XYSeries curve = chart.addSeries("Qini curve", points.stream().mapToDouble(Point::x).toArray(),
                points.stream().mapToDouble(Point::y).toArray());
        curve.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        curve.setMarker(SeriesMarkers.NONE);
        curve.setLineColor(ChartStyle.BLUE);
        curve.setLineStyle(ChartStyle.THICK);
        return new QiniChart(chart);
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    @Override
    public void paint(Graphics2D g) {
        chart.paint(g, WIDTH, HEIGHT);
    }
}

package causal.plot;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;

/**
 * The regret curves of a bandit simulation, as {@code plot regret of P} draws them: cumulative regret against the
 * round for each policy simulated, one line each. A policy that learns bends over (sublinear regret); one that keeps
 * exploring at a fixed rate climbs in a straight line.
 */
public final class RegretChart extends ChartPicture {
    private static final String CHART = "regret plot";
    private static final Color[] PALETTE = {ChartStyle.BLUE, ChartStyle.ORANGE, new Color(0x1B, 0x9E, 0x77),
        new Color(0x75, 0x70, 0xB3), new Color(0xE7, 0x29, 0x8A), ChartStyle.GREY};

    private RegretChart(XYChart chart) {
        super(chart);
    }

    /**
     * One line per policy, by name in the order given, each its (round, cumulative regret) points in increasing
     * round. Not modified: the map and lists.
     *
     * @throws PlotException if there is no policy, a policy has no point, or a number is not finite
     */
    public static RegretChart of(Map<String, List<Point>> curves) {
        PlotInput.require(!curves.isEmpty(), CHART, "there is no policy to draw");
        XYChart chart = ChartStyle.xyChart(WIDTH, HEIGHT, "round", "cumulative regret");
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        int k = 0;
        for (Map.Entry<String, List<Point>> e : new LinkedHashMap<>(curves).entrySet()) {
            PlotInput.require(!e.getValue().isEmpty(), CHART, e.getKey() + " has no point");
            for (Point p : e.getValue()) {
                PlotInput.requireFinite(p.x(), CHART, "a round of " + e.getKey());
                PlotInput.requireFinite(p.y(), CHART, "the regret of " + e.getKey());
            }
            ChartStyle.line(chart, e.getKey(), e.getValue().stream().mapToDouble(Point::x).toArray(),
                    e.getValue().stream().mapToDouble(Point::y).toArray(), PALETTE[k++ % PALETTE.length]);
        }
        return new RegretChart(chart);
    }
}

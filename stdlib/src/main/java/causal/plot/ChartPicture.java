package causal.plot;

import java.awt.Graphics2D;
import org.knowm.xchart.XYChart;

/** One XY chart at the size every chart plot shares: what the chart plots have in common once drawn. */
abstract class ChartPicture implements Picture {
    static final int WIDTH = 680;
    static final int HEIGHT = 420;

    private final XYChart chart;

    ChartPicture(XYChart chart) {
        this.chart = chart;
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

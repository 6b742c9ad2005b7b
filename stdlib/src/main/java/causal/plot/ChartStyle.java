package causal.plot;

import causal.text.Printf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look shared by the XChart charts: white background, light grid, sans-serif text sized for a paper, numbers
 * formatted the same in every locale, and thin grey reference lines that stay out of the legend.
 */
final class ChartStyle {
    static final Color BLUE = new Color(0x1F, 0x5F, 0xA8);
    static final Color ORANGE = new Color(0xD9, 0x5F, 0x02);
    static final Color GREY = new Color(0x80, 0x80, 0x80);
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final BasicStroke SOLID = new BasicStroke(1.2f);
    static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    static final BasicStroke THICK = new BasicStroke(2f);

    private ChartStyle() {}

    /** An empty XY chart of the given size and axis titles, in the shared look. */
    static XYChart xyChart(int width, int height, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(width).height(height).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        XYStyler styler = chart.getStyler();
        styler.setLocale(Locale.ROOT);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(INK);
        styler.setPlotGridLinesColor(new Color(0xE4, 0xE4, 0xE4));
        styler.setChartFontColor(INK);
        styler.setAxisTickLabelsColor(INK);
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendBorderColor(new Color(0xC8, 0xC8, 0xC8));
        styler.setChartTitleVisible(false);
        styler.setMarkerSize(8);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        return chart;
    }

    /** A straight line through two points, drawn in grey and left out of the legend. */
    static XYSeries referenceLine(XYChart chart, String name, Point from, Point to, BasicStroke stroke) {
        XYSeries line = chart.addSeries(name, new double[] {from.x(), to.x()}, new double[] {from.y(), to.y()});
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(GREY);
        line.setLineStyle(stroke);
        line.setShowInLegend(false);
        return line;
    }

    /** A thick line through the points, without markers. */
    static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color) {
        XYSeries line = chart.addSeries(name, x, y);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(color);
        line.setLineStyle(THICK);
        return line;
    }

    /** Points without connecting lines. */
    static XYSeries points(XYChart chart, String name, double[] x, double[] y, Color color) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarkerColor(color);
        return series;
    }

    /** {@code value} with the digits it needs, the same in every locale. */
    static String number(double value, int decimals) {
        return Printf.format("%." + decimals + "f", value);
    }
}

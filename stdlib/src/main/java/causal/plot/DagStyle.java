package causal.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * How DAG drawings look: fonts, colours and strokes, and the painting of one node shape, shared by the drawing and
 * its legend. Colours are light enough to print in grey and keep black text readable.
 */
final class DagStyle {
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color PLAIN_FILL = Color.WHITE;
    static final Color TREATMENT_FILL = new Color(0xCC, 0xEB, 0xC5);
    static final Color OUTCOME_FILL = new Color(0xC6, 0xDB, 0xEF);
    static final Color ADJUSTED_FILL = new Color(0xE0, 0xE0, 0xE0);
    static final Stroke LINE = new BasicStroke(1.4f);
    static final Stroke DASHED_LINE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    private static final Stroke BOX_LINE = new BasicStroke(2.4f);
    private static final double CORNER = 14;
    // Measured with antialiasing and fractional metrics, as the PNG is painted; SVG viewers lay text out themselves.
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);

    private DagStyle() {}

    static double textWidth(String text, Font font) {
        return font.getStringBounds(text, MEASURING).getWidth();
    }

    /**
     * A node's shape: rounded, or a square box for an adjusted-for node (the usual mark of conditioning in DAG
     * drawings), outlined dashed when the node is latent.
     */
    static void paintNode(Graphics2D g, Rectangle2D box, Color fill, boolean boxed, boolean dashed) {
        Shape shape = boxed ? box
                : new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), CORNER, CORNER);
        g.setPaint(fill);
        g.fill(shape);
        g.setPaint(INK);
        g.setStroke(dashed ? DASHED_LINE : boxed ? BOX_LINE : LINE);
        g.draw(shape);
    }

    /** Text centred on {@code center}, vertically by its ascent and descent. */
    static void paintCentredText(Graphics2D g, String text, Font font, Point center) {
        LineMetrics metrics = font.getLineMetrics(text, MEASURING);
        float x = (float) (center.x() - textWidth(text, font) / 2);
        float y = (float) (center.y() + (metrics.getAscent() - metrics.getDescent()) / 2);
        g.setFont(font);
        g.setPaint(INK);
        g.drawString(text, x, y);
    }

    /** Text starting at {@code x}, vertically centred on {@code centerY}. */
    static void paintText(Graphics2D g, String text, Font font, double x, double centerY) {
        LineMetrics metrics = font.getLineMetrics(text, MEASURING);
        g.setFont(font);
        g.setPaint(INK);
        g.drawString(text, (float) x, (float) (centerY + (metrics.getAscent() - metrics.getDescent()) / 2));
    }

    /** A bidirected edge: a dashed curve along {@code route} with a head at each end. */
    static void paintBidirected(Graphics2D g, List<Point> route) {
        ArcCurve curve = new ArcCurve(route);
        g.setPaint(INK);
        g.setStroke(DASHED_LINE);
        g.draw(curve.path());
        g.fill(Arrowhead.at(curve.startTip(), curve.startDirection()));
        g.fill(Arrowhead.at(curve.endTip(), curve.endDirection()));
    }
}

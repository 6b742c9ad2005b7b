package causal.plot;

import java.awt.Shape;
import java.awt.geom.Path2D;

/** A filled triangular arrowhead, as DAG drawings use at the head of an edge. */
final class Arrowhead {
    static final double LENGTH = 10;
    private static final double HALF_WIDTH = 4;
    // Lines stop a little inside the head, so no gap shows between the line's end and the triangle.
    private static final double LINE_OVERLAP = 2;

    private Arrowhead() {}

    /** The head with its tip at {@code tip}, coming from the direction of {@code from}. */
    static Shape at(Point tip, Point from) {
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 1 : dx / length;
        double uy = length == 0 ? 0 : dy / length;
        double baseX = tip.x() - ux * LENGTH;
        double baseY = tip.y() - uy * LENGTH;
        Path2D.Double head = new Path2D.Double();
        head.moveTo(tip.x(), tip.y());
        head.lineTo(baseX - uy * HALF_WIDTH, baseY + ux * HALF_WIDTH);
        head.lineTo(baseX + uy * HALF_WIDTH, baseY - ux * HALF_WIDTH);
        head.closePath();
        return head;
    }

    /** Where the line that ends in a head at {@code tip}, coming from {@code from}, should stop. */
    static Point lineEnd(Point tip, Point from) {
        return tip.towards(from, LENGTH - LINE_OVERLAP);
    }
}

package causal.plot;

import java.awt.geom.Path2D;
import java.util.List;

/**
 * The curve of a bidirected edge through the points of its route: quadratic pieces that use each bend as a control
 * point and join at the midpoints between bends, so the curve is smooth and stays near the route ELK kept free. A
 * route without bends is bowed to the left of its direction, so it never hides a directed edge between the same
 * nodes. Both ends stop short of the tips, where the arrowheads go.
 */
final class ArcCurve {
    private static final double BOW = 0.18;
    private static final double MIN_BOW = 10;

    private final List<Point> controls;

    /** The curve along {@code route}, at least two points from one tip to the other. */
    ArcCurve(List<Point> route) {
        this.controls = route.size() == 2 ? bowed(route.get(0), route.get(1)) : List.copyOf(route);
    }

    Point startTip() {
        return controls.get(0);
    }

    Point endTip() {
        return controls.get(controls.size() - 1);
    }

    /** The point the curve comes from as it reaches the start tip: the arrowhead's direction. */
    Point startDirection() {
        return controls.get(1);
    }

    Point endDirection() {
        return controls.get(controls.size() - 2);
    }

    Path2D path() {
        int last = controls.size() - 1;
        Point start = Arrowhead.lineEnd(startTip(), startDirection());
        Point end = Arrowhead.lineEnd(endTip(), endDirection());
        Path2D.Double path = new Path2D.Double();
        path.moveTo(start.x(), start.y());
        if (last > 2) {
            Point firstJoin = midpoint(controls.get(0), controls.get(1));
            path.lineTo(firstJoin.x(), firstJoin.y());
        }
        for (int i = 1; i < last; i++) {
            Point to = i == last - 1 ? end : midpoint(controls.get(i), controls.get(i + 1));
            path.quadTo(controls.get(i).x(), controls.get(i).y(), to.x(), to.y());
        }
        return path;
    }

    private static List<Point> bowed(Point a, Point b) {
        double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
        double offset = Math.max(MIN_BOW, BOW * length) * 2;
        double nx = length == 0 ? 0 : (b.y() - a.y()) / length;
        double ny = length == 0 ? -1 : -(b.x() - a.x()) / length;
        Point mid = midpoint(a, b);
        return List.of(a, new Point(mid.x() + nx * offset, mid.y() + ny * offset), b);
    }

    private static Point midpoint(Point a, Point b) {
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }
}

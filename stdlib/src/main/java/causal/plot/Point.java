package causal.plot;

/** A point of a curve, or a position on a drawing; in drawing coordinates y grows downwards. */
public record Point(double x, double y) {
    /** The point {@code distance} away from this one towards {@code target}; this point if the two coincide. */
    Point towards(Point target, double distance) {
        double dx = target.x - x;
        double dy = target.y - y;
        double length = Math.hypot(dx, dy);
        return length == 0 ? this : new Point(x + dx / length * distance, y + dy / length * distance);
    }
}

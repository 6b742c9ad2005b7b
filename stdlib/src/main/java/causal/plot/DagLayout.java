package causal.plot;

import java.util.List;

/**
 * Where a DAG's parts go on the drawing: a box per named node, a route per directed edge, and a route per
 * bidirected edge. The canvas is {@code width × height}, origin top left.
 */
record DagLayout(List<NodeBox> nodes, List<EdgeRoute> edges, List<ArcRoute> arcs, double width, double height) {
    DagLayout {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        arcs = List.copyOf(arcs);
    }

    /** A named node's box, its top left corner at {@code (x, y)}. */
    record NodeBox(String name, double x, double y, double width, double height) {
        Point center() {
            return new Point(x + width / 2, y + height / 2);
        }
    }

    /** A directed edge as a polyline from the source's border to the target's border. */
    record EdgeRoute(String from, String to, List<Point> points) {
        EdgeRoute {
            points = List.copyOf(points);
        }
    }

    /**
     * A bidirected edge {@code a <-> b} routed like a directed edge, {@code points} running from {@code a}'s border
     * to {@code b}'s; drawn as a curve through the route's bends.
     */
    record ArcRoute(String a, String b, List<Point> points) {
        ArcRoute {
            points = List.copyOf(points);
        }
    }
}

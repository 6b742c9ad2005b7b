package causal.plot;

import causal.graph.Dag;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A drawing of a causal DAG for a paper: laid out left to right in layers by ELK (treatments in the first layer,
 * outcomes in the last), latent nodes outlined dashed, bidirected edges as dashed curves with a head at each end,
 * the nodes of an adjustment set boxed and shaded, a legend of the marks used, and node names as text (real
 * {@code <text>} in SVG). The same DAG and roles always give the same drawing, byte for byte.
 */
public final class DagDrawing implements Picture {
    /**
     * What the drawing marks: the treatments and outcomes (placed first and last, and shaded) and the set adjusted
     * for (boxed). The sets are kept sorted; the three must not share nodes.
     */
    public record Roles(Set<String> treatments, Set<String> outcomes, Set<String> adjusted) {
        /** No marks: a plain layered drawing. */
        public static final Roles NONE = new Roles(Set.of(), Set.of(), Set.of());

        public Roles {
            treatments = sorted(treatments);
            outcomes = sorted(outcomes);
            adjusted = sorted(adjusted);
        }

        /** The effect of {@code treatments} on {@code outcomes}, no adjustment set marked. */
        public static Roles of(Set<String> treatments, Set<String> outcomes) {
            return new Roles(treatments, outcomes, Set.of());
        }

        /** These roles with {@code set} marked as the adjustment set. */
        public Roles withAdjusted(Set<String> set) {
            return new Roles(treatments, outcomes, set);
        }

        // Sorted, so that nothing drawn depends on the iteration order of a hash set.
        private static Set<String> sorted(Set<String> names) {
            return Collections.unmodifiableSortedSet(new TreeSet<>(names));
        }
    }

    private static final double LEGEND_GAP = 6;
    private static final double MARGIN = 24;

    private final Dag dag;
    private final Roles roles;
    private final DagLayout layout;
    private final DagLegend legend;
    private final Map<String, DagLayout.NodeBox> boxes = new LinkedHashMap<>();

    private DagDrawing(Dag dag, Roles roles, DagLayout layout, DagLegend legend) {
        this.dag = dag;
        this.roles = roles;
        this.layout = layout;
        this.legend = legend;
        layout.nodes().forEach(box -> boxes.put(box.name(), box));
    }

    /** A plain drawing of {@code dag}, nothing marked. */
    public static DagDrawing of(Dag dag) {
        return of(dag, Roles.NONE);
    }

    /**
     * The drawing of {@code dag} with {@code roles} marked; lays the graph out (the first layout in a JVM takes about
     * half a second to load ELK).
     *
     * @throws PlotException if the DAG has no nodes, a role names an unknown node, or two roles share a node
     */
    public static DagDrawing of(Dag dag, Roles roles) {
        if (dag.nodes().isEmpty()) {
            throw new PlotException("cannot draw a graph without nodes");
        }
        requireKnown(dag, roles.treatments(), "treatment");
        requireKnown(dag, roles.outcomes(), "outcome");
        requireKnown(dag, roles.adjusted(), "adjustment set");
        requireDisjoint(roles.treatments(), roles.outcomes(), "a treatment", "an outcome");
        requireDisjoint(roles.adjusted(), roles.treatments(), "in the adjustment set", "a treatment");
        requireDisjoint(roles.adjusted(), roles.outcomes(), "in the adjustment set", "an outcome");
        DagLayout layout = LayeredLayout.of(dag, roles, name -> DagStyle.textWidth(name, DagStyle.LABEL_FONT));
        return new DagDrawing(dag, roles, layout, new DagLegend(legendEntries(dag, roles)));
    }

    @Override
    public int width() {
        return (int) Math.ceil(Math.max(layout.width(), legend.width() + 2 * MARGIN));
    }

    @Override
    public int height() {
        return (int) Math.ceil(legend.isEmpty() ? layout.height() : layout.height() + DagLegend.HEIGHT + LEGEND_GAP);
    }

    @Override
    public void paint(Graphics2D g) {
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width(), height()));
        layout.edges().forEach(edge -> paintEdge(g, edge));
        layout.arcs().forEach(arc -> paintArc(g, arc));
        layout.nodes().forEach(box -> paintNode(g, box));
        if (!legend.isEmpty()) {
            legend.paint(g, MARGIN, layout.height() - MARGIN / 2 + LEGEND_GAP + DagLegend.HEIGHT / 2);
        }
    }

    /** Where a node was placed; for tests of the layout. */
    DagLayout.NodeBox box(String name) {
        return boxes.get(name);
    }

    private void paintEdge(Graphics2D g, DagLayout.EdgeRoute edge) {
        List<Point> points = edge.points();
        Point tip = points.get(points.size() - 1);
        Point beforeTip = points.get(points.size() - 2);
        Path2D.Double line = new Path2D.Double();
        line.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size() - 1; i++) {
            line.lineTo(points.get(i).x(), points.get(i).y());
        }
        Point end = Arrowhead.lineEnd(tip, beforeTip);
        line.lineTo(end.x(), end.y());
        g.setPaint(DagStyle.INK);
        // An edge out of a latent node carries unobserved variation: dashed like the node.
        g.setStroke(dag.isLatent(edge.from()) ? DagStyle.DASHED_LINE : DagStyle.LINE);
        g.draw(line);
        g.fill(Arrowhead.at(tip, beforeTip));
    }

    private void paintArc(Graphics2D g, DagLayout.ArcRoute arc) {
        DagStyle.paintBidirected(g, arc.points());
    }

    private void paintNode(Graphics2D g, DagLayout.NodeBox box) {
        String name = box.name();
        Rectangle2D shape = new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
        boolean adjusted = roles.adjusted().contains(name);
        DagStyle.paintNode(g, shape, fill(name), adjusted, dag.isLatent(name));
        DagStyle.paintCentredText(g, name, DagStyle.LABEL_FONT, box.center());
    }

    private Color fill(String name) {
        if (roles.treatments().contains(name)) {
            return DagStyle.TREATMENT_FILL;
        }
        if (roles.outcomes().contains(name)) {
            return DagStyle.OUTCOME_FILL;
        }
        return roles.adjusted().contains(name) ? DagStyle.ADJUSTED_FILL : DagStyle.PLAIN_FILL;
    }

    private static List<DagLegend.Entry> legendEntries(Dag dag, Roles roles) {
        List<DagLegend.Entry> entries = new ArrayList<>();
        if (!roles.treatments().isEmpty()) {
            entries.add(DagLegend.Entry.TREATMENT);
        }
        if (!roles.outcomes().isEmpty()) {
            entries.add(DagLegend.Entry.OUTCOME);
        }
        if (!roles.adjusted().isEmpty()) {
            entries.add(DagLegend.Entry.ADJUSTED);
        }
        if (dag.nodes().stream().anyMatch(dag::isLatent)) {
            entries.add(DagLegend.Entry.LATENT);
        }
        if (dag.edges().stream().anyMatch(Dag.Edge::bidirected)) {
            entries.add(DagLegend.Entry.BIDIRECTED);
        }
        return entries;
    }

    private static void requireKnown(Dag dag, Set<String> names, String role) {
        for (String name : names) {
            if (!dag.has(name)) {
                throw new PlotException("cannot draw the graph: the " + role + " " + name + " is not one of its nodes");
            }
        }
    }

    private static void requireDisjoint(Set<String> first, Set<String> second, String firstRole, String secondRole) {
        for (String name : first) {
            if (second.contains(name)) {
                throw new PlotException("cannot draw the graph: " + name + " is both " + firstRole + " and "
                        + secondRole);
            }
        }
    }
}

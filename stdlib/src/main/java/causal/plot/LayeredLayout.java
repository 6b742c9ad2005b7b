package causal.plot;

import causal.graph.Dag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.UnsupportedConfigurationException;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a DAG's directed edges out left to right in layers with ELK's layered (Sugiyama) algorithm, treatments in a
 * first layer of their own and outcomes in a last one. ELK reverses the edges into a treatment and out of an outcome
 * while layering, so such an arrow points back to the left.
 *
 * <p>A bidirected edge is given to ELK as an edge from its end that comes earlier in the DAG's order (fewer
 * ancestors deep) to the later one, which adds no cycle: ELK then routes it around the nodes like any edge, and it
 * is drawn as a curve along that route.
 */
final class LayeredLayout {
    static final double NODE_HEIGHT = 32;
    private static final double NODE_PADDING = 14;
    private static final double MIN_NODE_WIDTH = 44;
    private static final double MARGIN = 24;

    static {
        // ELK finds algorithms through this registry; register the layered one explicitly, once per class load.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private LayeredLayout() {}

    /** The layout of {@code dag}; node widths fit their labels as measured by {@code labelWidth}. */
    static DagLayout of(Dag dag, DagDrawing.Roles roles, ToDoubleFunction<String> labelWidth) {
        ElkNode graph = ElkGraphUtil.createGraph();
        configure(graph);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (String name : dag.nodes()) {
            nodes.put(name, node(graph, name, roles, labelWidth));
        }
        List<ElkEdge> edges = new ArrayList<>();
        List<ElkEdge> arcs = new ArrayList<>();
        Map<String, Integer> depth = depths(dag);
        for (Dag.Edge edge : dag.edges()) {
            if (!edge.bidirected()) {
                edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(edge.from()), nodes.get(edge.to())));
            } else if (depth.get(edge.to()) < depth.get(edge.from())) {
                arcs.add(ElkGraphUtil.createSimpleEdge(nodes.get(edge.to()), nodes.get(edge.from())));
            } else {
                arcs.add(ElkGraphUtil.createSimpleEdge(nodes.get(edge.from()), nodes.get(edge.to())));
            }
        }
        run(graph);
        List<DagLayout.EdgeRoute> edgeRoutes = new ArrayList<>();
        edges.forEach(edge -> edgeRoutes.add(new DagLayout.EdgeRoute(sourceName(edge), targetName(edge), route(edge))));
        List<DagLayout.ArcRoute> arcRoutes = new ArrayList<>();
        arcs.forEach(arc -> arcRoutes.add(new DagLayout.ArcRoute(sourceName(arc), targetName(arc), route(arc))));
        return new DagLayout(boxes(nodes), edgeRoutes, arcRoutes, graph.getWidth(), graph.getHeight());
    }

    /** The length of the longest directed path into each node: an order in which every edge goes forward. */
    private static Map<String, Integer> depths(Dag dag) {
        Map<String, Integer> depth = new HashMap<>();
        for (String name : dag.nodes()) {
            depthOf(dag, name, depth);
        }
        return depth;
    }

    private static int depthOf(Dag dag, String name, Map<String, Integer> depth) {
        Integer known = depth.get(name);
        if (known != null) {
            return known;
        }
        int d = 0;
        for (String parent : dag.parents(name)) {
            d = Math.max(d, depthOf(dag, parent, depth) + 1);
        }
        depth.put(name, d);
        return d;
    }

    private static void configure(ElkNode graph) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        // One component drawing: layers line up across components, so "first layer" means the leftmost column.
        graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        graph.setProperty(CoreOptions.RANDOM_SEED, 1);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 26.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
    }

    private static ElkNode node(ElkNode graph, String name, DagDrawing.Roles roles, ToDoubleFunction<String> width) {
        ElkNode node = ElkGraphUtil.createNode(graph);
        node.setIdentifier(name);
        node.setDimensions(Math.max(MIN_NODE_WIDTH, Math.ceil(width.applyAsDouble(name)) + 2 * NODE_PADDING),
                NODE_HEIGHT);
        // The *_SEPARATE constraints: with plain FIRST, other sources (a latent cause, say) share the first layer and
        // may sit left of the treatment; a separate layer keeps treatments strictly leftmost, outcomes rightmost.
        if (roles.treatments().contains(name)) {
            node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST_SEPARATE);
        } else if (roles.outcomes().contains(name)) {
            node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST_SEPARATE);
        }
        return node;
    }

    private static void run(ElkNode graph) {
        try {
            new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        } catch (UnsupportedConfigurationException e) {
            // Happens when the roles contradict the edges, e.g. an edge from an outcome into a treatment.
            throw new PlotException("cannot lay the graph out with the treatments first and the outcomes last: "
                    + e.getMessage());
        }
    }

    private static List<DagLayout.NodeBox> boxes(Map<String, ElkNode> nodes) {
        List<DagLayout.NodeBox> boxes = new ArrayList<>();
        nodes.forEach((name, n) -> boxes.add(
                new DagLayout.NodeBox(name, n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        return boxes;
    }

    private static List<Point> route(ElkEdge edge) {
        ElkEdgeSection section = edge.getSections().get(0);
        List<Point> points = new ArrayList<>();
        points.add(new Point(section.getStartX(), section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new Point(bend.getX(), bend.getY()));
        }
        points.add(new Point(section.getEndX(), section.getEndY()));
        return points;
    }

    private static String sourceName(ElkEdge edge) {
        return ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0)).getIdentifier();
    }

    private static String targetName(ElkEdge edge) {
        return ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0)).getIdentifier();
    }
}

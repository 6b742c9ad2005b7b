package causal.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DAG read from or written to dagitty's text format, with what the format says besides the graph: exposures,
 * outcomes, adjusted nodes, the drawing positions of nodes and edges (an edge's position is the control point
 * dagitty bends it through) and the bounding box. Latent nodes are marked in the {@link Dag} itself.
 *
 * @param exposures sorted by name
 * @param outcomes sorted by name
 * @param adjusted sorted by name
 * @param edgePositions keyed by {@link Dag.Edge} as the DAG lists it (a bidirected edge with its ends in name order)
 */
public record DagittyGraph(Dag dag, List<String> exposures, List<String> outcomes, List<String> adjusted,
        Map<String, Position> positions, Map<Dag.Edge, Position> edgePositions, Optional<BoundingBox> boundingBox) {

    /** A point of the drawing, in dagitty's coordinates (y grows downwards). */
    public record Position(double x, double y) {}

    /** dagitty's {@code bb="left,top,right,bottom"}. */
    public record BoundingBox(double left, double top, double right, double bottom) {}

    public DagittyGraph {
        exposures = exposures.stream().sorted().toList();
        outcomes = outcomes.stream().sorted().toList();
        adjusted = adjusted.stream().sorted().toList();
        positions = Map.copyOf(positions);
        edgePositions = Map.copyOf(edgePositions);
    }

    /** The DAG alone, with no roles and no positions. */
    public static DagittyGraph of(Dag dag) {
        return new DagittyGraph(dag, List.of(), List.of(), List.of(), Map.of(), Map.of(), Optional.empty());
    }
}

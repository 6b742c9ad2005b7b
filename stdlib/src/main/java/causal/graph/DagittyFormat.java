package causal.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and writes dagitty's text format ({@code dag { x [exposure, pos="0,1"] u [latent] x <- u -> y
 * a <-> b }}), as dagitty.net and the R package {@code dagitty} do.
 *
 * <p>Reading follows dagitty's grammar ({@code jslib/parser/GraphDotParser.pegjs}) for graphs of type {@code dag}
 * (and {@code digraph}, which holds the same edges; text without a header is read as a {@code dag}, as dagitty
 * does): edge chains {@code a -> b <- c}, groups {@code x -> {a b}}, quoted names, node attributes
 * {@code latent}, {@code exposure}, {@code outcome}, {@code adjusted} (with dagitty's aliases {@code l, u,
 * unobserved, e, source, o, target, a}) and {@code pos="x,y"}, edge {@code pos}, and the bounding box
 * {@code bb}. Other attributes ({@code label}, {@code beta}, …) are read and dropped. Graph types that are not
 * DAGs ({@code graph}, {@code pdag}, {@code mag}, {@code pag}), their edges ({@code --}, {@code @->}, …),
 * selection nodes, self-loops and cycles are a {@link DagittyFormatException} naming line and column.
 *
 * <p>Writing reproduces dagitty's serializer ({@code GraphSerializer.toDot}): one line per node that has a role, a
 * position or no edges, then one line per edge, each group sorted as text, positions with three decimals.
 */
public final class DagittyFormat {
    private static final Pattern BAREWORD = Pattern.compile("[0-9a-zA-Z_.]+");

    private DagittyFormat() {}

    /** The graph the text describes; an error in the text is a {@link DagittyFormatException}. */
    public static DagittyGraph read(String text) {
        return DagittyParser.parse(text);
    }

    /** The text of a DAG without roles or positions. */
    public static String write(Dag dag) {
        return write(DagittyGraph.of(dag));
    }

    /** dagitty's text for the graph, ending in a line break; reading it back gives the same graph. */
    public static String write(DagittyGraph graph) {
        StringBuilder text = new StringBuilder("dag {\n");
        graph.boundingBox().ifPresent(bb -> text.append("bb=\"").append(number(bb.left())).append(',')
                .append(number(bb.top())).append(',').append(number(bb.right())).append(',')
                .append(number(bb.bottom())).append("\"\n"));
        nodeLines(graph).forEach(line -> text.append(line).append('\n'));
        text.append(String.join("\n", edgeLines(graph)));
        return text.append("\n}\n").toString();
    }

    private static List<String> nodeLines(DagittyGraph graph) {
        Dag dag = graph.dag();
        Set<String> withEdges = new HashSet<>();
        dag.edges().forEach(e -> {
            withEdges.add(e.from());
            withEdges.add(e.to());
        });
        List<String> lines = new ArrayList<>();
        for (String node : dag.nodes()) {
            List<String> properties = new ArrayList<>();
            addIf(properties, graph.exposures().contains(node), "exposure");
            addIf(properties, graph.outcomes().contains(node), "outcome");
            addIf(properties, graph.adjusted().contains(node), "adjusted");
            addIf(properties, dag.isLatent(node), "latent");
            DagittyGraph.Position p = graph.positions().get(node);
            if (p != null) {
                properties.add(position(p));
            }
            if (!properties.isEmpty()) {
                lines.add(quoted(node) + " [" + String.join(",", properties) + "]");
            } else if (!withEdges.contains(node)) {
                lines.add(quoted(node));
            }
        }
        lines.sort(null);
        return lines;
    }

    private static List<String> edgeLines(DagittyGraph graph) {
        List<String> lines = new ArrayList<>();
        for (Dag.Edge e : graph.dag().edges()) {
            String from = quoted(e.from());
            String to = quoted(e.to());
            String line;
            if (e.bidirected()) {
                // dagitty orders the ends of a symmetric edge by their quoted text.
                line = from.compareTo(to) <= 0 ? from + " <-> " + to : to + " <-> " + from;
            } else {
                line = from + " -> " + to;
            }
            DagittyGraph.Position p = graph.edgePositions().get(e);
            lines.add(p == null ? line : line + " [" + position(p) + "]");
        }
        lines.sort(null);
        return lines;
    }

    private static void addIf(List<String> properties, boolean condition, String property) {
        if (condition) {
            properties.add(property);
        }
    }

    private static String position(DagittyGraph.Position p) {
        return "pos=\"" + fixed3(p.x()) + "," + fixed3(p.y()) + "\"";
    }

    /** JavaScript's {@code toFixed(3)}: the exact binary value rounded half up in magnitude. */
    private static String fixed3(double v) {
        String magnitude = new BigDecimal(Math.abs(v)).setScale(3, RoundingMode.HALF_UP).toPlainString();
        return v < 0 ? "-" + magnitude : magnitude;
    }

    /** JavaScript's shortest number text for the common cases: {@code 2}, {@code -0.5}, {@code 1.2}. */
    private static String number(double v) {
        if (v == 0) {
            return "0";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** dagitty's {@code dotQuoteVid}: barewords as they are, anything else in quotes with {@code \"}. */
    private static String quoted(String name) {
        if (BAREWORD.matcher(name).matches()) {
            return name;
        }
        return "\"" + name.replace("\"", "\\\"") + "\"";
    }
}

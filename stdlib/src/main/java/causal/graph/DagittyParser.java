package causal.graph;

import causal.graph.DagittyTokens.Kind;
import causal.graph.DagittyTokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Recursive descent over dagitty's grammar, restricted to DAGs:
 *
 * <pre>
 * graph     := ['strict'] TYPE [name] '{' statement* '}'  |  statement*      (dagitty wraps bare text in dag { })
 * statement := name '=' name                               (graph option, e.g. bb)
 *            | endpoint (EDGE endpoint)+ [attributes]
 *            | name [attributes]                           (a node; 'graph [...]' sets graph options)
 *            | group
 * endpoint  := name | group          group := '{' statement* '}'   (stands for every node declared inside)
 * attributes := '[' (name ['=' name] [','])* ']'
 * </pre>
 */
final class DagittyParser {
    private static final Set<String> TYPES = Set.of("dag", "digraph", "graph", "pdag", "mag", "pag");

    private final List<Token> tokens;
    private int at;
    private final Map<String, NodeFacts> nodes = new LinkedHashMap<>();
    private final Map<List<String>, Token> directed = new LinkedHashMap<>();
    private final Map<List<String>, Token> bidirected = new LinkedHashMap<>();
    private final Map<Dag.Edge, DagittyGraph.Position> edgePositions = new LinkedHashMap<>();
    private DagittyGraph.BoundingBox boundingBox;

    /** What the text says about one node. */
    private static final class NodeFacts {
        boolean latent;
        boolean exposure;
        boolean outcome;
        boolean adjusted;
        DagittyGraph.Position position;
    }

    private DagittyParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static DagittyGraph parse(String text) {
        DagittyParser parser = new DagittyParser(DagittyTokens.of(text));
        parser.graph();
        return parser.result();
    }

    private void graph() {
        if (hasHeader()) {
            if (peek().text().equalsIgnoreCase("strict")) {
                at++;
            }
            Token type = take();
            String kind = type.text().toLowerCase(Locale.ROOT);
            if (!kind.equals("dag") && !kind.equals("digraph")) {
                throw error(type, "a " + kind + " is not a DAG: only 'dag { … }' graphs can be read");
            }
            if (peek().isName()) {
                at++;
            }
            expect(Kind.OPEN_BRACE, "'{' to open the graph");
            statements(Kind.CLOSE_BRACE);
            expect(Kind.CLOSE_BRACE, "'}' to close the graph");
        } else {
            statements(Kind.END);
        }
        if (peek().kind() != Kind.END) {
            throw error(peek(), "unexpected " + describe(peek()) + " after the end of the graph");
        }
    }

    private boolean hasHeader() {
        int k = 0;
        if (tokens.get(k).kind() == Kind.WORD && tokens.get(k).text().equalsIgnoreCase("strict")) {
            k++;
        }
        Token type = tokens.get(k);
        if (type.kind() != Kind.WORD || !TYPES.contains(type.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Token after = tokens.get(k + 1);
        return after.kind() == Kind.OPEN_BRACE
                || after.isName() && tokens.get(k + 2).kind() == Kind.OPEN_BRACE;
    }

    /** Statements up to (not including) the closing token; the nodes they mention. */
    private Set<String> statements(Kind closing) {
        Set<String> mentioned = new LinkedHashSet<>();
        while (peek().kind() != closing) {
            if (peek().kind() == Kind.END) {
                throw error(peek(), "the text ends before the closing '}'");
            }
            mentioned.addAll(statement());
        }
        return mentioned;
    }

    private Set<String> statement() {
        Token first = peek();
        if (first.kind() == Kind.WORD && tokens.get(at + 1).kind() == Kind.EQUALS) {
            at += 2;
            graphOption(first.text(), takeName("a value after '='"));
            return Set.of();
        }
        if (first.isName() && first.text().equals("graph") && tokens.get(at + 1).kind() == Kind.OPEN_BRACKET) {
            at++;
            attributes().forEach((key, value) -> value.ifPresent(v -> graphOption(key.text(), v)));
            return Set.of();
        }
        Set<String> left = endpoint();
        if (peek().kind() != Kind.EDGE) {
            if (first.isName() && peek().kind() == Kind.OPEN_BRACKET) {
                nodeAttributes(first.text(), attributes());
            }
            return left;
        }
        Set<String> mentioned = new LinkedHashSet<>(left);
        List<Dag.Edge> made = new ArrayList<>();
        while (peek().kind() == Kind.EDGE) {
            Token edge = take();
            Set<String> right = endpoint();
            for (String a : left) {
                for (String b : right) {
                    made.add(addEdge(edge, a, b));
                }
            }
            mentioned.addAll(right);
            left = right;
        }
        if (peek().kind() == Kind.OPEN_BRACKET) {
            Map<Token, Optional<Token>> attributes = attributes();
            attributes.forEach((key, value) -> {
                if (key.text().equals("pos")) {
                    DagittyGraph.Position p = position(key, value);
                    made.forEach(e -> edgePositions.put(e, p));
                }
            });
        }
        return mentioned;
    }

    private Set<String> endpoint() {
        Token t = peek();
        if (t.kind() == Kind.OPEN_BRACE) {
            at++;
            Set<String> inside = statements(Kind.CLOSE_BRACE);
            at++;
            return inside;
        }
        if (!t.isName()) {
            throw error(t, "expected a node name, an edge or '}' but found " + describe(t));
        }
        at++;
        return Set.of(declare(t));
    }

    private String declare(Token name) {
        if (name.text().equals("graph") || name.text().equals("node")) {
            throw error(name, "a node cannot be named '" + name.text() + "'; quote another name");
        }
        nodes.computeIfAbsent(name.text(), n -> new NodeFacts());
        return name.text();
    }

    private Dag.Edge addEdge(Token edge, String a, String b) {
        if (a.equals(b)) {
            throw error(edge, "node " + a + " cannot have an edge to itself");
        }
        switch (edge.text()) {
            case "->" -> directed.putIfAbsent(List.of(a, b), edge);
            case "<-" -> directed.putIfAbsent(List.of(b, a), edge);
            case "<->" -> {
                List<String> ends = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
                bidirected.putIfAbsent(ends, edge);
                return new Dag.Edge(ends.get(0), ends.get(1), true);
            }
            default -> throw error(edge, "the edge '" + edge.text() + "' is not allowed in a DAG: use ->, <- or <->");
        }
        return edge.text().equals("->") ? new Dag.Edge(a, b, false) : new Dag.Edge(b, a, false);
    }

    private Map<Token, Optional<Token>> attributes() {
        expect(Kind.OPEN_BRACKET, "'['");
        Map<Token, Optional<Token>> result = new LinkedHashMap<>();
        while (peek().kind() != Kind.CLOSE_BRACKET) {
            Token key = takeName("an attribute name or ']'");
            Optional<Token> value = Optional.empty();
            if (peek().kind() == Kind.EQUALS) {
                at++;
                value = Optional.of(takeName("a value after '='"));
            }
            if (peek().kind() == Kind.COMMA) {
                at++;
            }
            result.put(key, value);
        }
        at++;
        return result;
    }

    /** dagitty's node attributes and their one-letter aliases; other attributes (label, …) are dropped. */
    private void nodeAttributes(String name, Map<Token, Optional<Token>> attributes) {
        NodeFacts facts = nodes.get(name);
        attributes.forEach((key, value) -> {
            switch (key.text()) {
                case "latent", "l", "unobserved", "u" -> facts.latent = true;
                case "exposure", "e", "source" -> facts.exposure = true;
                case "outcome", "o", "target" -> facts.outcome = true;
                case "adjusted", "a" -> facts.adjusted = true;
                case "selected", "s" -> throw error(key, "selection nodes ('" + key.text() + "') are not supported");
                case "pos" -> facts.position = position(key, value);
                default -> { }
            }
        });
    }

    private void graphOption(String key, Token value) {
        if (key.equals("bb")) {
            double[] v = numbers(value, 4, "bb must be four numbers, as in bb=\"0,0,1,1\"");
            boundingBox = new DagittyGraph.BoundingBox(v[0], v[1], v[2], v[3]);
        }
    }

    private DagittyGraph.Position position(Token key, Optional<Token> value) {
        String message = "pos must be two numbers, as in pos=\"0.5,1\"";
        Token v = value.orElseThrow(() -> error(key, message));
        double[] xy = numbers(v, 2, message);
        return new DagittyGraph.Position(xy[0], xy[1]);
    }

    private double[] numbers(Token value, int count, String message) {
        String[] parts = value.text().split(",", -1);
        if (parts.length != count) {
            throw error(value, message);
        }
        double[] result = new double[count];
        for (int k = 0; k < count; k++) {
            try {
                result[k] = Double.parseDouble(parts[k].trim());
            } catch (NumberFormatException e) {
                throw error(value, message);
            }
            if (!Double.isFinite(result[k])) {
                throw error(value, message);
            }
        }
        return result;
    }

    private DagittyGraph result() {
        Dag.Builder b = Dag.builder();
        nodes.forEach((name, facts) -> {
            if (facts.latent) {
                b.latent(name);
            } else {
                b.node(name);
            }
        });
        directed.keySet().forEach(e -> b.edge(e.get(0), e.get(1)));
        bidirected.keySet().forEach(e -> b.bidirected(e.get(0), e.get(1)));
        Optional<List<String>> cycle = b.findCycle();
        if (cycle.isPresent()) {
            Token edge = directed.get(List.of(cycle.get().get(0), cycle.get().get(1)));
            throw error(edge, "the graph has a cycle: " + String.join(" -> ", cycle.get()));
        }
        Map<String, DagittyGraph.Position> positions = new LinkedHashMap<>();
        nodes.forEach((name, facts) -> {
            if (facts.position != null) {
                positions.put(name, facts.position);
            }
        });
        return new DagittyGraph(b.build(), namesWhere(f -> f.exposure), namesWhere(f -> f.outcome),
                namesWhere(f -> f.adjusted), positions, edgePositions, Optional.ofNullable(boundingBox));
    }

    private List<String> namesWhere(Predicate<NodeFacts> test) {
        return nodes.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).toList();
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token take() {
        return tokens.get(at++);
    }

    private Token takeName(String expected) {
        Token t = peek();
        if (!t.isName()) {
            throw error(t, "expected " + expected + " but found " + describe(t));
        }
        at++;
        return t;
    }

    private void expect(Kind kind, String expected) {
        if (peek().kind() != kind) {
            throw error(peek(), "expected " + expected + " but found " + describe(peek()));
        }
        at++;
    }

    private static String describe(Token t) {
        return switch (t.kind()) {
            case END -> "the end of the text";
            case STRING -> "\"" + t.text() + "\"";
            default -> "'" + t.text() + "'";
        };
    }

    private static DagittyFormatException error(Token at, String message) {
        return new DagittyFormatException(message, at.line(), at.column());
    }
}

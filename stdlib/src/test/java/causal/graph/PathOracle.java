package causal.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The textbook definitions, by enumerating every simple path: slow, obviously right, and built only from the
 * public view of a {@link Dag} ({@code nodes}, {@code edges}), so it shares no code with the engine it checks.
 * A bidirected edge a <-> b becomes a hidden node "U#k" with a <- U#k -> b.
 */
final class PathOracle {
    private final Map<String, Set<String>> parents = new HashMap<>();
    private final Map<String, Set<String>> children = new HashMap<>();
    private final Set<String> hidden = new HashSet<>();

    PathOracle(Dag g) {
        g.nodes().forEach(this::add);
        int k = 0;
        for (Dag.Edge e : g.edges()) {
            if (e.bidirected()) {
                String u = "U#" + k++;
                add(u);
                hidden.add(u);
                link(u, e.from());
                link(u, e.to());
            } else {
                link(e.from(), e.to());
            }
        }
    }

    /** One simple path, its nodes in order (hidden nodes included). */
    record Walk(List<String> nodes) {}

    /** Every simple path from a to b. */
    List<Walk> paths(String a, String b) {
        List<Walk> result = new ArrayList<>();
        List<String> current = new ArrayList<>(List.of(a));
        extend(current, b, result);
        return result;
    }

    /** Every simple path from x to y whose first edge points into x. */
    List<Walk> backdoorPaths(String x, String y) {
        return paths(x, y).stream().filter(w -> parents.get(x).contains(w.nodes().get(1))).toList();
    }

    boolean separated(Set<String> x, Set<String> y, Set<String> z) {
        for (String a : x) {
            for (String b : y) {
                for (Walk w : paths(a, b)) {
                    if (isOpen(w, z)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The adjustment criterion (Shpitser, VanderWeele and Robins 2010; Perković et al. 2018), straight from its
     * definition: no node of Z descends from a node other than X on a proper causal path, and Z blocks every proper
     * non-causal path. A path from X to Y is proper when only its first node is in X.
     */
    boolean validAdjustmentSet(Set<String> x, Set<String> y, Set<String> z) {
        if (z.stream().anyMatch(forbidden(x, y)::contains)) {
            return false;
        }
        return properPaths(x, y).stream().noneMatch(w -> !isCausal(w) && isOpen(w, z));
    }

    /** X and every descendant of a node other than X on a proper causal path from X to Y. */
    Set<String> forbidden(Set<String> x, Set<String> y) {
        Set<String> forbidden = new HashSet<>(x);
        for (Walk w : properPaths(x, y)) {
            if (isCausal(w)) {
                w.nodes().subList(1, w.nodes().size()).forEach(v -> forbidden.addAll(descendants(v)));
            }
        }
        return forbidden;
    }

    /** Every simple path from a node of X to a node of Y that meets X only at its start. */
    List<Walk> properPaths(Set<String> x, Set<String> y) {
        List<Walk> proper = new ArrayList<>();
        for (String a : x) {
            for (String b : y) {
                for (Walk w : paths(a, b)) {
                    if (w.nodes().stream().skip(1).noneMatch(x::contains)) {
                        proper.add(w);
                    }
                }
            }
        }
        return proper;
    }

    /** Whether every edge of the path points away from its start. */
    boolean isCausal(Walk w) {
        List<String> n = w.nodes();
        for (int i = 0; i + 1 < n.size(); i++) {
            if (!children.get(n.get(i)).contains(n.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    boolean isOpen(Walk w, Set<String> z) {
        List<String> n = w.nodes();
        for (int i = 1; i < n.size() - 1; i++) {
            boolean collider = parents.get(n.get(i)).contains(n.get(i - 1))
                    && parents.get(n.get(i)).contains(n.get(i + 1));
            if (collider ? descendants(n.get(i)).stream().noneMatch(z::contains) : z.contains(n.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A path the engine reported, with hidden causes put back in place of each a <-> b. */
    Walk walkOf(Path p) {
        List<String> nodes = new ArrayList<>(List.of(p.nodes().get(0)));
        for (int k = 0; k < p.arrows().size(); k++) {
            String a = p.nodes().get(k);
            String b = p.nodes().get(k + 1);
            switch (p.arrows().get(k)) {
                case FORWARD -> requireEdge(a, b);
                case BACKWARD -> requireEdge(b, a);
                case BIDIRECTED -> nodes.add(commonHiddenParent(a, b));
            }
            nodes.add(b);
        }
        if (new HashSet<>(nodes).size() != nodes.size()) {
            throw new AssertionError("not a simple path: " + p.render());
        }
        return new Walk(nodes);
    }

    boolean pointsInto(String node, String neighbour) {
        return parents.get(node).contains(neighbour);
    }

    Set<String> descendants(String v) {
        Set<String> seen = new HashSet<>(List.of(v));
        List<String> stack = new ArrayList<>(List.of(v));
        while (!stack.isEmpty()) {
            for (String c : children.get(stack.remove(stack.size() - 1))) {
                if (seen.add(c)) {
                    stack.add(c);
                }
            }
        }
        return seen;
    }

    boolean isHidden(String v) {
        return hidden.contains(v);
    }

    private void extend(List<String> current, String target, List<Walk> result) {
        String last = current.get(current.size() - 1);
        if (last.equals(target)) {
            result.add(new Walk(List.copyOf(current)));
            return;
        }
        Set<String> next = new HashSet<>(parents.get(last));
        next.addAll(children.get(last));
        for (String n : next) {
            if (!current.contains(n)) {
                current.add(n);
                extend(current, target, result);
                current.remove(current.size() - 1);
            }
        }
    }

    private String commonHiddenParent(String a, String b) {
        for (String u : hidden) {
            if (children.get(u).contains(a) && children.get(u).contains(b)) {
                return u;
            }
        }
        throw new AssertionError("no bidirected edge " + a + " <-> " + b);
    }

    private void requireEdge(String from, String to) {
        if (!children.get(from).contains(to)) {
            throw new AssertionError("no edge " + from + " -> " + to);
        }
    }

    private void add(String v) {
        parents.putIfAbsent(v, new HashSet<>());
        children.putIfAbsent(v, new HashSet<>());
    }

    private void link(String from, String to) {
        children.get(from).add(to);
        parents.get(to).add(from);
    }
}

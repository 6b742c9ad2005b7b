package causal.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The latent projection of a DAG (Verma and Pearl 1990), rebuilt from the public view of a {@link Dag}
 * ({@code nodes}, {@code edges}, {@code isLatent}) so the checks of the ID algorithm share no code with it. A
 * bidirected edge becomes a hidden node; every unobserved node is then projected away.
 */
final class ProjectedGraph {
    final Set<String> nodes = new TreeSet<>();
    final Map<String, Set<String>> parents = new HashMap<>();
    final Map<String, Set<String>> siblings = new HashMap<>();

    ProjectedGraph(Dag g, Set<String> observed) {
        Map<String, Set<String>> children = new HashMap<>();
        for (String v : g.nodes()) {
            children.put(v, new HashSet<>());
        }
        int k = 0;
        for (Dag.Edge e : g.edges()) {
            if (e.bidirected()) {
                String u = "U#" + k++;
                children.put(u, new HashSet<>(List.of(e.from(), e.to())));
            } else {
                children.get(e.from()).add(e.to());
            }
        }
        for (String v : g.nodes()) {
            if (!g.isLatent(v) && observed.contains(v)) {
                nodes.add(v);
            }
        }
        for (String v : nodes) {
            parents.put(v, new TreeSet<>());
            siblings.put(v, new TreeSet<>());
        }
        for (String v : children.keySet()) {
            Set<String> reached = observedReach(v, children);
            if (nodes.contains(v)) {
                reached.forEach(c -> parents.get(c).add(v));
            } else {
                for (String a : reached) {
                    for (String b : reached) {
                        if (!a.equals(b)) {
                            siblings.get(a).add(b);
                        }
                    }
                }
            }
        }
    }

    private Set<String> observedReach(String from, Map<String, Set<String>> children) {
        Set<String> reached = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> stack = new ArrayDeque<>(children.get(from));
        while (!stack.isEmpty()) {
            String v = stack.pop();
            if (seen.add(v)) {
                if (nodes.contains(v)) {
                    reached.add(v);
                } else {
                    stack.addAll(children.get(v));
                }
            }
        }
        return reached;
    }

    /** Ancestors of {@code of} (included) in G[within], not climbing above the nodes of {@code cut}. */
    Set<String> ancestors(Set<String> of, Set<String> within, Set<String> cut) {
        Set<String> seen = new TreeSet<>(of);
        seen.retainAll(within);
        Deque<String> stack = new ArrayDeque<>(seen);
        while (!stack.isEmpty()) {
            String v = stack.pop();
            if (cut.contains(v)) {
                continue;
            }
            for (String p : parents.get(v)) {
                if (within.contains(p) && seen.add(p)) {
                    stack.push(p);
                }
            }
        }
        return seen;
    }

    /** The c-component of G[within] holding {@code start}. */
    Set<String> component(String start, Set<String> within) {
        Set<String> seen = new TreeSet<>(List.of(start));
        Deque<String> stack = new ArrayDeque<>(seen);
        while (!stack.isEmpty()) {
            for (String s : siblings.get(stack.pop())) {
                if (within.contains(s) && seen.add(s)) {
                    stack.push(s);
                }
            }
        }
        return seen;
    }

    List<Set<String>> components(Set<String> within) {
        List<Set<String>> result = new ArrayList<>();
        Set<String> left = new TreeSet<>(within);
        while (!left.isEmpty()) {
            Set<String> c = component(left.iterator().next(), within);
            result.add(c);
            left.removeAll(c);
        }
        return result;
    }
}

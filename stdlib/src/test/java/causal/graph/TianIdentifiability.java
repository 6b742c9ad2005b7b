package causal.graph;

import java.util.Set;
import java.util.TreeSet;

/**
 * Whether P(y | do(x)) is identifiable, decided by Tian's procedure (Tian and Pearl 2002, section 4; Tian 2002,
 * "Studies in causal reasoning and learning", algorithm Identify), complete by Huang and Valtorta (2006) and
 * Shpitser and Pearl (2006): with D the ancestors of Y in G[V \ X], the effect is identifiable iff every
 * c-component D_i of G[D] is, where Identify(C, T) repeatedly replaces T by the c-component of G[An(C) in G[T]]
 * holding C, succeeding when An(C) = C and failing when An(C) = T. A different route from the ID algorithm's, used
 * as its oracle.
 */
final class TianIdentifiability {
    private TianIdentifiability() {}

    static boolean identifiable(ProjectedGraph g, Set<String> x, Set<String> y) {
        Set<String> rest = new TreeSet<>(g.nodes);
        rest.removeAll(x);
        Set<String> d = g.ancestors(y, rest, Set.of());
        for (Set<String> di : g.components(d)) {
            Set<String> s = g.component(di.iterator().next(), g.nodes);
            if (!identify(g, di, s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean identify(ProjectedGraph g, Set<String> c, Set<String> t) {
        while (true) {
            Set<String> a = g.ancestors(c, t, Set.of());
            if (a.equals(c)) {
                return true;
            }
            if (a.equals(t)) {
                return false;
            }
            t = g.component(c.iterator().next(), a);
        }
    }
}

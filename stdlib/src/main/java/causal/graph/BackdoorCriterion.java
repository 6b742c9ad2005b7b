package causal.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Valid adjustment sets by the adjustment criterion (Shpitser, VanderWeele and Robins 2010; Perković et al. 2018),
 * as dagitty's {@code adjustmentSets} and {@code isAdjustmentSet}: a set Z identifies the effect of treatments X on
 * outcomes Y if it holds no descendant of a node other than X on a proper causal path (a directed path from X to Y
 * meeting X only at its start) and blocks every proper non-causal path, tested as d-separation of X and Y given Z
 * in the proper back-door graph. For one treatment the minimal sets are exactly those of Pearl's backdoor criterion
 * (Pearl 2009, definition 3.3.1); the criterion also accepts larger sets holding a descendant of the treatment on no
 * path to the outcome, and for several treatments it is complete where backdoor is not.
 *
 * <p>Only adjustable nodes may be in a set: named, not latent, in the caller's {@code observed} set (names there
 * that are not nodes of the graph are ignored), not forbidden as above, and neither treatment nor outcome. A
 * bidirected edge is a latent common cause, never adjustable. Treatments, outcomes and sets given must name nodes
 * of the graph and treatments and outcomes must be disjoint, otherwise {@link IllegalArgumentException}. Nothing is
 * modified.
 */
public final class BackdoorCriterion {
    /** Sets by size, then by their sorted names compared element by element. */
    public static final Comparator<List<String>> SET_ORDER = BackdoorCriterion::compareSets;

    private BackdoorCriterion() {}

    /**
     * Checks a user's set Z. Reports, in this order of precedence, the first offending node by name: a node that
     * may not be adjusted for, then a forbidden descendant of a treatment (with the shortest directed path to it),
     * then the shortest non-causal path Z leaves open (with the first collider on it, if any: such a path is open only
     * because Z holds that collider or one of its descendants). A set holding an outcome that is not a descendant
     * of a treatment is an {@link IllegalArgumentException}.
     */
    public static BackdoorCheck check(Dag g, Set<String> x, Set<String> y, Set<String> z, Set<String> observed) {
        Query q = Query.of(g, x, y, observed);
        BitSet zs = g.indices(z);
        for (String name : sorted(z)) {
            int v = g.index(name);
            if (g.isLatent(v) || !observed.contains(name)) {
                return new BackdoorCheck.Unobserved(name);
            }
        }
        for (String name : sorted(z)) {
            if (q.forbidden().get(g.index(name))) {
                return new BackdoorCheck.Descendant(name, descendantPath(g, q.treatments(), g.index(name)));
            }
        }
        if (zs.intersects(q.outcomes())) {
            throw new IllegalArgumentException("an outcome cannot be in its own adjustment set");
        }
        Optional<Path> open = new ActiveTrailSearch(q.properBackdoor(), new BitSet(), zs, null)
                .shortestPath(q.treatments(), q.outcomes());
        if (open.isEmpty()) {
            return new BackdoorCheck.Valid();
        }
        return new BackdoorCheck.OpenPath(open.get(), open.get().firstCollider());
    }

    /**
     * Every inclusion-minimal valid set, each sorted by name, the list in {@link #SET_ORDER}; empty if none exists,
     * {@code [[]]} if no adjustment is needed. These are the minimal separators of the moralised ancestral graph
     * (see {@link MinimalSeparators}). For a single treatment they are the sets dagitty's
     * {@code adjustmentSets(type = "minimal")} lists: minimal sets lie within An(X ∪ Y), where no node may be a
     * descendant of X, and there the backdoor and the adjustment criterion agree (Shpitser, VanderWeele and Robins
     * 2010).
     */
    public static List<List<String>> minimalSets(Dag g, Set<String> x, Set<String> y, Set<String> observed) {
        Query q = Query.of(g, x, y, observed);
        MoralGraph moral = MoralGraph.of(q.properBackdoor(), q.treatments(), q.outcomes(), q.adjustable(),
                new BitSet());
        List<List<String>> sets = new ArrayList<>();
        for (BitSet separator : MinimalSeparators.of(moral)) {
            List<String> names = new ArrayList<>();
            separator.stream().forEach(v -> names.add(moral.name(v)));
            names.sort(Comparator.naturalOrder());
            sets.add(List.copyOf(names));
        }
        sets.sort(SET_ORDER);
        return List.copyOf(sets);
    }

    /**
     * The valid set with the fewest nodes; among those, the one whose sorted name list comes first comparing names
     * element by element with {@link String#compareTo}. Exact on any graph (a minimum vertex cut, see
     * {@link MinimumVertexCut}), fast on large sparse graphs. Empty if no valid set exists.
     */
    public static Optional<List<String>> smallestSet(Dag g, Set<String> x, Set<String> y, Set<String> observed) {
        Query q = Query.of(g, x, y, observed);
        MoralGraph moral = MoralGraph.of(q.properBackdoor(), q.treatments(), q.outcomes(), q.adjustable(),
                new BitSet());
        return MinimumVertexCut.of(moral).map(vertices -> vertices.stream().map(moral::name).sorted().toList());
    }

    /**
     * When no valid set exists, a backdoor path to show the user. Preferred: the shortest path that no set can
     * block, having no collider and only nodes that may not be adjusted for (treat &lt;- ability -&gt; lwage with
     * ability latent). When every such path could be blocked on its own but blocking one opens another, the
     * shortest path left open by the largest candidate set, An(X ∪ Y) minus what may not be adjusted for; if any
     * valid set existed, that set would be valid (Tian, Paz and Pearl 1998; van der Zander et al. 2019). Empty
     * when a valid set exists.
     */
    public static Optional<Path> unblockablePath(Dag g, Set<String> x, Set<String> y, Set<String> observed) {
        Query q = Query.of(g, x, y, observed);
        BitSet fixed = new BitSet(g.size());
        fixed.set(0, g.size());
        fixed.andNot(q.adjustable());
        Optional<Path> neverBlocked = new ActiveTrailSearch(q.properBackdoor(), new BitSet(), new BitSet(), fixed)
                .shortestPath(q.treatments(), q.outcomes());
        if (neverBlocked.isPresent()) {
            return neverBlocked;
        }
        BitSet both = (BitSet) q.treatments().clone();
        both.or(q.outcomes());
        BitSet largest = g.ancestorsOf(both, q.treatments());
        largest.and(q.adjustable());
        return new ActiveTrailSearch(q.properBackdoor(), new BitSet(), largest, null)
                .shortestPath(q.treatments(), q.outcomes());
    }

    /** The shortest directed path from a treatment to the node, which is one of their descendants. */
    private static Path descendantPath(Dag g, BitSet treatments, int to) {
        BitSet target = new BitSet(g.size());
        target.set(to);
        return DirectedPaths.shortest(g, treatments, target, new BitSet()).orElseThrow();
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static int compareSets(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        for (int k = 0; k < a.size(); k++) {
            int c = a.get(k).compareTo(b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Treatments, outcomes and the nodes that may be adjusted for, as node indices, with the proper back-door graph
     * in which a valid set must separate them (Perković et al. 2018, van der Zander et al. 2019): G without the
     * first edge of each proper causal path, i.e. the edges from a treatment into {@code cn(X, Y)}, the nodes other
     * than X on directed paths from X to Y that meet X only at their start. The forbidden nodes are X and the
     * descendants of cn(X, Y). With one treatment this is Pearl's backdoor criterion for every minimal set; with
     * several it also finds the sets that must hold a descendant of one treatment (a cause of another).
     * Named nodes keep their indices in the back-door graph.
     */
    private record Query(Dag properBackdoor, BitSet treatments, BitSet outcomes, BitSet forbidden,
                         BitSet adjustable) {
        static Query of(Dag g, Set<String> x, Set<String> y, Set<String> observed) {
            BitSet treatments = g.indices(x);
            BitSet outcomes = g.indices(y);
            if (treatments.isEmpty() || outcomes.isEmpty()) {
                throw new IllegalArgumentException("treatments and outcomes must not be empty");
            }
            DSeparation.requireDisjoint(treatments, outcomes, new BitSet());
            BitSet causal = g.descendantsOf(treatments, treatments);
            causal.andNot(treatments);
            causal.and(g.ancestorsOf(outcomes, treatments));
            BitSet forbidden = g.descendantsOf(causal);
            forbidden.or(treatments);
            BitSet adjustable = new BitSet(g.size());
            for (String name : observed) {
                if (g.has(name) && !g.isLatent(name)) {
                    adjustable.set(g.index(name));
                }
            }
            adjustable.andNot(forbidden);
            adjustable.andNot(outcomes);
            return new Query(properBackdoor(g, treatments, causal), treatments, outcomes, forbidden, adjustable);
        }

        private static Dag properBackdoor(Dag g, BitSet treatments, BitSet causal) {
            return g.withoutDirectedEdges(e -> treatments.get(g.index(e.from())) && causal.get(g.index(e.to())));
        }
    }
}

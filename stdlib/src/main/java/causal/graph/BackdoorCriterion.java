package causal.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pearl's backdoor criterion (Pearl 2009, definition 3.3.1): a set Z identifies the effect of treatments X on
 * outcomes Y if it holds no descendant of X and blocks every path between X and Y that starts with an arrow into
 * X, tested as d-separation of X and Y given Z once X's outgoing edges are removed.
 *
 * <p>Only adjustable nodes may be in a set: named, not latent, in the caller's {@code observed} set (names there
 * that are not nodes of the graph are ignored), not a descendant of a treatment, and neither treatment nor
 * outcome. A bidirected edge is a latent common cause, never adjustable. Treatments, outcomes and sets given must
 * name nodes of the graph and treatments and outcomes must be disjoint, otherwise
 * {@link IllegalArgumentException}. Nothing is modified.
 */
public final class BackdoorCriterion {
    /** Sets by size, then by their sorted names compared element by element. */
    public static final Comparator<List<String>> SET_ORDER = BackdoorCriterion::compareSets;

    private BackdoorCriterion() {}

    /**
     * Checks a user's set Z. Reports, in this order of precedence, the first offending node by name: a node that
     * may not be adjusted for, then a descendant of a treatment (with the shortest directed path to it), then the
     * shortest backdoor path Z leaves open (with the first collider on it, if any: such a path is open only
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
        BitSet descendants = g.descendantsOf(q.treatments());
        for (String name : sorted(z)) {
            if (descendants.get(g.index(name))) {
                return new BackdoorCheck.Descendant(name, descendantPath(g, q.treatments(), g.index(name)));
            }
        }
        if (zs.intersects(q.outcomes())) {
            throw new IllegalArgumentException("an outcome cannot be in its own adjustment set");
        }
        Optional<Path> open = new ActiveTrailSearch(g, q.treatments(), zs, null)
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
        MoralGraph moral = MoralGraph.of(g, q.treatments(), q.outcomes(), q.adjustable());
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
        MoralGraph moral = MoralGraph.of(g, q.treatments(), q.outcomes(), q.adjustable());
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
        Optional<Path> neverBlocked = new ActiveTrailSearch(g, q.treatments(), new BitSet(), fixed)
                .shortestPath(q.treatments(), q.outcomes());
        if (neverBlocked.isPresent()) {
            return neverBlocked;
        }
        BitSet both = (BitSet) q.treatments().clone();
        both.or(q.outcomes());
        BitSet largest = g.ancestorsOf(both, q.treatments());
        largest.and(q.adjustable());
        return new ActiveTrailSearch(g, q.treatments(), largest, null).shortestPath(q.treatments(), q.outcomes());
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

    /** Treatments, outcomes and the nodes that may be adjusted for, as node indices. */
    private record Query(BitSet treatments, BitSet outcomes, BitSet adjustable) {
        static Query of(Dag g, Set<String> x, Set<String> y, Set<String> observed) {
            BitSet treatments = g.indices(x);
            BitSet outcomes = g.indices(y);
            if (treatments.isEmpty() || outcomes.isEmpty()) {
                throw new IllegalArgumentException("treatments and outcomes must not be empty");
            }
            DSeparation.requireDisjoint(treatments, outcomes, new BitSet());
            BitSet adjustable = new BitSet(g.size());
            for (String name : observed) {
                if (g.has(name) && !g.isLatent(name)) {
                    adjustable.set(g.index(name));
                }
            }
            adjustable.andNot(g.descendantsOf(treatments));
            adjustable.andNot(outcomes);
            return new Query(treatments, outcomes, adjustable);
        }
    }
}

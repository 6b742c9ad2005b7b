package causal.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pearl's front-door criterion (Pearl 2009, definition 3.3.3) for one treatment X and one outcome Y: a set M of
 * observed mediators identifies the effect of X on Y, by P(y | do(x)) = Σ_m P(m | x) Σ_x' P(y | x', m) P(x'), if
 * (i) M intercepts every directed path from X to Y, (ii) no backdoor path from X to M is open, and (iii) X blocks
 * every backdoor path from M to Y.
 *
 * <p>Conditions (ii) and (iii) are read for M as a set, as the formula needs them and as Jeong, Tian and Bareinboim
 * (2022) and DoWhy state them: (ii) X and M are d-separated by the empty set once X's outgoing edges are removed,
 * (iii) M and Y are d-separated by {X} once the outgoing edges of every node of M are removed. X and Y must be
 * distinct nodes of the graph and M may hold neither, otherwise {@link IllegalArgumentException}. Nothing is
 * modified.
 */
public final class FrontdoorCriterion {
    /**
     * The most candidate mediators {@link #minimalSets} searches over; beyond it the subset search (2^n sets) is
     * too slow and {@link SearchLimitException} is thrown.
     */
    public static final int MAX_CANDIDATES = 20;

    private FrontdoorCriterion() {}

    /**
     * Checks a user's set M. Reports, in this order, the first offending node by name that is latent or not
     * observed, then the shortest directed path from X to Y avoiding M (condition i), the shortest open backdoor
     * path from X to a node of M (condition ii), the shortest backdoor path from a node of M to Y open given X
     * (condition iii).
     */
    public static FrontdoorCheck check(Dag g, String x, String y, Set<String> m, Set<String> observed) {
        Query q = Query.of(g, x, y);
        BitSet mediators = g.indices(m);
        if (mediators.get(q.treatment()) || mediators.get(q.outcome())) {
            throw new IllegalArgumentException("the treatment and the outcome cannot be their own mediators");
        }
        Optional<String> unobserved = m.stream().sorted()
                .filter(v -> g.isLatent(v) || !observed.contains(v)).findFirst();
        if (unobserved.isPresent()) {
            return new FrontdoorCheck.Unobserved(unobserved.get());
        }
        Optional<Path> bypass = DirectedPaths.shortest(g, q.treatments(), q.outcomes(), mediators);
        if (bypass.isPresent()) {
            return new FrontdoorCheck.NotIntercepting(bypass.get());
        }
        Optional<Path> intoMediator = openBackdoorToMediators(g, q, mediators);
        if (intoMediator.isPresent()) {
            Path p = intoMediator.get();
            return new FrontdoorCheck.BackdoorToMediator(p.nodes().get(p.nodes().size() - 1), p);
        }
        Optional<Path> toOutcome = openMediatorOutcomePath(g, q, mediators);
        if (toOutcome.isPresent()) {
            return new FrontdoorCheck.UnblockedMediatorOutcome(toOutcome.get().nodes().get(0), toOutcome.get());
        }
        return new FrontdoorCheck.Valid();
    }

    /**
     * Every inclusion-minimal observed set meeting the criterion, each sorted by name, the list in
     * {@link BackdoorCriterion#SET_ORDER}; empty if none exists, {@code [[]]} if X has no directed path to Y.
     *
     * <p>Candidates are the observed nodes other than X and Y that are ancestors of Y and d-separated from X by
     * the empty set once X's outgoing edges are removed. That is enough: every member of a valid set passes the
     * second test (condition ii holds for each member), and a member w that is no ancestor of Y can be dropped
     * from a valid set. Dropping w keeps (i) (no directed path to Y passes w) and (ii); for (iii), a backdoor path
     * from M to Y that opens once w's outgoing edges come back would have to leave w forward, and going forward
     * it reaches Y (so w is an ancestor of Y), or a collider that must be an ancestor of X (so w is one too, and
     * the directed path w → … → X breaks (ii)), or a node of M, in which case the part of the path from w to Y
     * already broke (iii) for M. Minimal sets need not lie on causal paths: in X → m → Y, X ↔ Y, w → m, w → Y the
     * only minimal set is {m, w}.
     *
     * <p>The search tries subsets of the candidates by size, so it is exponential; it is capped at
     * {@link #MAX_CANDIDATES} candidates ({@link SearchLimitException} beyond). Polynomial-delay listing (Jeong,
     * Tian and Bareinboim 2022) is not implemented.
     */
    public static List<List<String>> minimalSets(Dag g, String x, String y, Set<String> observed) {
        Query q = Query.of(g, x, y);
        List<Integer> candidates = candidates(g, q, observed);
        if (candidates.size() > MAX_CANDIDATES) {
            throw new SearchLimitException("the front-door search", candidates.size(), MAX_CANDIDATES);
        }
        // Condition (ii) holds for every subset of the candidates, since it holds for each of them alone.
        List<Integer> found = new ArrayList<>();
        List<List<String>> sets = new ArrayList<>();
        int n = candidates.size();
        for (int size = 0; size <= n; size++) {
            for (int[] chosen = firstCombination(size); chosen != null; chosen = nextCombination(chosen, n)) {
                int mask = maskOf(chosen);
                if (containsFound(mask, found)) {
                    continue;
                }
                BitSet mediators = new BitSet(g.size());
                List<String> names = new ArrayList<>();
                for (int k : chosen) {
                    mediators.set(candidates.get(k));
                    names.add(g.name(candidates.get(k)));
                }
                if (DirectedPaths.shortest(g, q.treatments(), q.outcomes(), mediators).isEmpty()
                        && openMediatorOutcomePath(g, q, mediators).isEmpty()) {
                    found.add(mask);
                    sets.add(List.copyOf(names));
                }
            }
        }
        return List.copyOf(sets);
    }

    /** Observed ancestors of Y, sorted by name, with no open backdoor path from X; see {@link #minimalSets}. */
    private static List<Integer> candidates(Dag g, Query q, Set<String> observed) {
        BitSet ancestors = g.ancestorsOf(q.outcomes(), new BitSet());
        BitSet reachedFromX = backdoorReach(g, q.treatment());
        List<Integer> result = new ArrayList<>();
        for (String name : observed.stream().filter(g::has).sorted().toList()) {
            int v = g.index(name);
            if (v != q.treatment() && v != q.outcome() && !g.isLatent(v) && ancestors.get(v)
                    && !reachedFromX.get(v)) {
                result.add(v);
            }
        }
        return result;
    }

    /**
     * The nodes d-connected to X by the empty set once X's outgoing edges are removed: a path without colliders
     * that starts into X climbs to an ancestor of X and descends from there without passing through X.
     */
    private static BitSet backdoorReach(Dag g, int x) {
        BitSet source = new BitSet(g.size());
        source.set(x);
        BitSet above = g.ancestorsOf(source, new BitSet());
        above.clear(x);
        return g.descendantsOf(above, source);
    }

    private static Optional<Path> openBackdoorToMediators(Dag g, Query q, BitSet mediators) {
        return new ActiveTrailSearch(g, q.treatments(), new BitSet(), null).shortestPath(q.treatments(), mediators);
    }

    /**
     * A backdoor path from M to Y open given X, in the graph without M's outgoing edges. Paths through another
     * node of M need not be searched: such a node could only be a collider, and it is no ancestor of X there.
     */
    private static Optional<Path> openMediatorOutcomePath(Dag g, Query q, BitSet mediators) {
        return new ActiveTrailSearch(g, mediators, q.treatments(), null).shortestPath(mediators, q.outcomes());
    }

    private static int[] firstCombination(int size) {
        int[] chosen = new int[size];
        for (int k = 0; k < size; k++) {
            chosen[k] = k;
        }
        return chosen;
    }

    /** The next k-subset of {0 … n-1} in lexicographic order, or null after the last. */
    private static int[] nextCombination(int[] chosen, int n) {
        int k = chosen.length - 1;
        while (k >= 0 && chosen[k] == n - chosen.length + k) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        chosen[k]++;
        for (int j = k + 1; j < chosen.length; j++) {
            chosen[j] = chosen[j - 1] + 1;
        }
        return chosen;
    }

    private static int maskOf(int[] chosen) {
        int mask = 0;
        for (int k : chosen) {
            mask |= 1 << k;
        }
        return mask;
    }

    private static boolean containsFound(int mask, List<Integer> found) {
        for (int f : found) {
            if ((mask & f) == f) {
                return true;
            }
        }
        return false;
    }

    /** The treatment and the outcome as node indices, alone and as one-element sets. */
    private record Query(int treatment, int outcome, BitSet treatments, BitSet outcomes) {
        static Query of(Dag g, String x, String y) {
            int t = g.index(x);
            int o = g.index(y);
            if (t == o) {
                throw new IllegalArgumentException("the treatment and the outcome must differ");
            }
            BitSet treatments = new BitSet(g.size());
            treatments.set(t);
            BitSet outcomes = new BitSet(g.size());
            outcomes.set(o);
            return new Query(t, o, treatments, outcomes);
        }
    }
}

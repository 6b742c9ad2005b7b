package causal.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ID algorithm of Shpitser and Pearl (2006a, figure 3), built on Tian and Pearl's (2002) c-component
 * factorisation, and its conditional extension IDC (Shpitser and Pearl 2006b, figure 3). Both are sound and
 * complete: they return a formula for P(y | do(x)) or P(y | do(x), z) over the observational distribution exactly
 * when one exists, and otherwise the hedge that proves it cannot.
 *
 * <p>The DAG is first replaced by its latent projection onto the observed nodes: a bidirected edge, a latent node
 * with observed children, and a named node missing from {@code observed} all become the bidirected (and directed)
 * edges they imply. ID then recurses on sets of observed nodes, carrying the distribution of the current nodes as
 * an {@link Expression}; given a topological order π of the projection (ties broken by name), its seven lines are:
 *
 * <ol>
 *   <li>no treatment left: sum the distribution over the non-outcomes;</li>
 *   <li>drop the non-ancestors of Y, summing them out;</li>
 *   <li>add to X the nodes W that reach Y only through X, since P(y | do(x)) = P(y | do(x, w));</li>
 *   <li>if G \ X splits into c-components S1 … Sk, take the sum over V \ (Y ∪ X) of the product of
 *       P(s_i | do(v \ s_i));</li>
 *   <li>if G is a single c-component, fail with the hedge (G, S);</li>
 *   <li>if S is a c-component of G, P(s | do(v \ s)) = product over V_i in S of P(v_i | v_π^(i-1));</li>
 *   <li>otherwise recurse into the c-component S′ of G holding S, with distribution the product over V_i in S′ of
 *       P(v_i | v_π^(i-1)).</li>
 * </ol>
 *
 * <p>The conditionals P(v_i | v_π^(i-1)) of an intermediate distribution are written as its marginals divided, and
 * simplified as {@link ProbabilityCalculus} describes; a formula is as the algorithm derives it, not the shortest
 * possible. Time is polynomial in the number of nodes. Nothing is modified.
 */
public final class IdAlgorithm {
    private static final BitSet NONE = new BitSet();

    private final LatentProjection graph;
    private final ProbabilityCalculus calculus;

    private IdAlgorithm(Dag g, Set<String> observed) {
        this.graph = LatentProjection.of(g, observed);
        this.calculus = new ProbabilityCalculus(g);
    }

    /**
     * Identifies the query in {@code g} from the observational distribution of the nodes in {@code observed} (names
     * there that are not nodes of the graph are ignored). Uses ID when the query has no conditions, IDC otherwise.
     * Every node of the query must be a named, non-latent node listed in {@code observed}, otherwise
     * {@link IllegalArgumentException}.
     */
    public static EffectIdentification identify(Dag g, InterventionalQuery query, Set<String> observed) {
        requireObserved(g, query.treatments(), "treatment", observed);
        requireObserved(g, query.outcomes(), "outcome", observed);
        requireObserved(g, query.conditions(), "condition", observed);
        IdAlgorithm algorithm = new IdAlgorithm(g, observed);
        LatentProjection p = algorithm.graph;
        BitSet x = p.indices(query.treatments());
        BitSet y = p.indices(query.outcomes());
        BitSet z = p.indices(query.conditions());
        try {
            Expression formula = z.isEmpty() ? algorithm.id(y, x) : algorithm.idc(y, x, z);
            return new EffectIdentification.Identified(query, formula);
        } catch (HedgeFound found) {
            return new EffectIdentification.NotIdentified(query, algorithm.hedge(found));
        }
    }

    private Expression id(BitSet y, BitSet x) {
        BitSet all = graph.all();
        return id(y, x, calculus.probability(graph.names(all), List.of()), all);
    }

    /** ID(y, x, P, G[v]) of Shpitser and Pearl (2006a, figure 3); {@code p} is a distribution over {@code v}. */
    private Expression id(BitSet y, BitSet x, Expression p, BitSet v) {
        if (x.isEmpty()) {
            return calculus.sum(graph.names(minus(v, y)), p);
        }
        BitSet ancestors = graph.ancestors(y, v, NONE);
        if (!ancestors.equals(v)) {
            return id(y, and(x, ancestors), calculus.sum(graph.names(minus(v, ancestors)), p), ancestors);
        }
        BitSet unaffecting = minus(minus(v, x), graph.ancestors(y, v, x));
        if (!unaffecting.isEmpty()) {
            return id(y, or(x, unaffecting), p, v);
        }
        List<BitSet> parts = graph.components(minus(v, x));
        if (parts.size() > 1) {
            List<Expression> factors = new ArrayList<>();
            // Later components first, as Pearl writes sum_z P(y | x, z) P(z).
            for (int k = parts.size() - 1; k >= 0; k--) {
                factors.add(id(parts.get(k), minus(v, parts.get(k)), p, v));
            }
            return calculus.sum(graph.names(minus(v, or(y, x))), calculus.product(factors));
        }
        BitSet s = parts.get(0);
        List<BitSet> districts = graph.components(v);
        if (districts.size() == 1) {
            throw new HedgeFound(v, s, x, y);
        }
        if (districts.contains(s)) {
            return calculus.sum(graph.names(minus(s, y)), chainFactors(s, p, v));
        }
        BitSet larger = districts.stream().filter(d -> d.intersects(s)).findFirst().orElseThrow();
        return id(y, and(x, larger), chainFactors(larger, p, v), larger);
    }

    /** The product over V_i in {@code s} of P(v_i | v_π^(i-1)), from {@code p} over {@code v}; later nodes first. */
    private Expression chainFactors(BitSet s, Expression p, BitSet v) {
        SortedSet<String> domain = graph.names(v);
        int[] order = graph.topological(s);
        List<Expression> factors = new ArrayList<>();
        for (int k = order.length - 1; k >= 0; k--) {
            int vi = order[k];
            factors.add(calculus.conditional(p, domain, graph.name(vi), graph.names(graph.predecessors(vi, v))));
        }
        return calculus.product(factors);
    }

    /**
     * IDC of Shpitser and Pearl (2006b): while some condition z is d-separated from Y by X and the other conditions
     * in G with X's incoming and z's outgoing edges removed, move z to the treatments (rule 2 of the do-calculus);
     * then P(y | do(x), z) = P(y, z | do(x)) / sum_y P(y, z | do(x)).
     */
    private Expression idc(BitSet y, BitSet x, BitSet z) {
        BitSet treatments = (BitSet) x.clone();
        BitSet conditions = (BitSet) z.clone();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int c = conditions.nextSetBit(0); c >= 0 && !moved; c = conditions.nextSetBit(c + 1)) {
                BitSet single = new BitSet();
                single.set(c);
                BitSet others = or(minus(conditions, single), treatments);
                Dag mutilated = graph.mutilated(treatments, single);
                if (DSeparation.separated(mutilated, graph.names(y), graph.names(single), graph.names(others))) {
                    conditions.clear(c);
                    treatments.set(c);
                    moved = true;
                }
            }
        }
        Expression joint = id(or(y, conditions), treatments);
        return calculus.quotient(joint, calculus.sum(graph.names(y), joint));
    }

    /** Turns ID's failing pair (G, S) into two C-forests with the same roots. */
    private Hedge hedge(HedgeFound found) {
        BitSet roots = new BitSet();
        BitSet inner = found.smaller;
        for (int v = inner.nextSetBit(0); v >= 0; v = inner.nextSetBit(v + 1)) {
            if (!graph.children(v).intersects(inner)) {
                roots.set(v);
            }
        }
        int[] child = new int[graph.size()];
        chooseChildren(roots, inner, child);
        CForest smaller = forest(inner, roots, child);
        chooseChildren(inner, found.larger, child);
        CForest larger = forest(found.larger, roots, child);
        return new Hedge(larger, smaller, graph.names(found.treatments), graph.names(found.outcomes));
    }

    /**
     * Gives each node of {@code within} outside {@code reached} a child one step closer to {@code reached}, by a
     * breadth-first search up the parent edges; every such node reaches it, as every node of ID's graph at line 5
     * is an ancestor of the outcomes, which lie in S.
     */
    private void chooseChildren(BitSet reached, BitSet within, int[] child) {
        BitSet seen = (BitSet) reached.clone();
        ArrayList<Integer> queue = new ArrayList<>(reached.stream().boxed().toList());
        for (int head = 0; head < queue.size(); head++) {
            int c = queue.get(head);
            BitSet up = (BitSet) graph.parents(c).clone();
            up.and(within);
            up.andNot(seen);
            for (int p = up.nextSetBit(0); p >= 0; p = up.nextSetBit(p + 1)) {
                child[p] = c;
                seen.set(p);
                queue.add(p);
            }
        }
    }

    private CForest forest(BitSet nodes, BitSet roots, int[] child) {
        List<Dag.Edge> directed = new ArrayList<>();
        List<Dag.Edge> bidirected = new ArrayList<>();
        for (int v = nodes.nextSetBit(0); v >= 0; v = nodes.nextSetBit(v + 1)) {
            if (!roots.get(v)) {
                directed.add(new Dag.Edge(graph.name(v), graph.name(child[v]), false));
            }
            BitSet later = (BitSet) graph.siblings(v).clone();
            later.and(nodes);
            for (int s = later.nextSetBit(v + 1); s >= 0; s = later.nextSetBit(s + 1)) {
                bidirected.add(new Dag.Edge(graph.name(v), graph.name(s), true));
            }
        }
        return new CForest(graph.names(nodes), graph.names(roots), directed, bidirected);
    }

    private static void requireObserved(Dag g, Set<String> names, String role, Set<String> observed) {
        for (String name : new TreeSet<>(names)) {
            if (!g.has(name)) {
                throw new IllegalArgumentException("unknown node " + name);
            }
            if (g.isLatent(name) || !observed.contains(name)) {
                throw new IllegalArgumentException("the " + role + " " + name + " is not observed");
            }
        }
    }

    private static BitSet minus(BitSet a, BitSet b) {
        BitSet result = (BitSet) a.clone();
        result.andNot(b);
        return result;
    }

    private static BitSet and(BitSet a, BitSet b) {
        BitSet result = (BitSet) a.clone();
        result.and(b);
        return result;
    }

    private static BitSet or(BitSet a, BitSet b) {
        BitSet result = (BitSet) a.clone();
        result.or(b);
        return result;
    }

    /** ID's line 5: G[larger] is one c-component and S = smaller is the c-component of G \ X. */
    private static final class HedgeFound extends RuntimeException {
        private final BitSet larger;
        private final BitSet smaller;
        private final BitSet treatments;
        private final BitSet outcomes;

        HedgeFound(BitSet larger, BitSet smaller, BitSet treatments, BitSet outcomes) {
            super(null, null, false, false);
            this.larger = larger;
            this.smaller = smaller;
            this.treatments = treatments;
            this.outcomes = outcomes;
        }
    }
}

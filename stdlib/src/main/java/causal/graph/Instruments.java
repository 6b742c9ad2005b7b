package causal.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Instrumental variables for the total effect of one treatment X on one outcome Y, with dagitty's
 * {@code instrumentalVariables} semantics (van der Zander, Textor and Liśkiewicz 2015). Z is an instrument given a
 * set W if, in the graph G' where the first edge of every causal path from X to Y is removed, (a) W holds no
 * descendant of Y, (b) Z and X are d-connected given W, and (c) Z and Y are d-separated given W. As dagitty does,
 * W may not hold X, Y, Z, latent or unobserved nodes, or mediators (nodes on a causal path from X to Y): the
 * definition itself would allow mediators, but conditioning on one blocks part of the effect being estimated.
 *
 * <p>Testing (b) in G' rather than in G changes no verdict: a path that reaches X through a removed edge only
 * differs when (c) already fails. X and Y must be distinct nodes of the graph, otherwise
 * {@link IllegalArgumentException}. Nothing is modified.
 */
public final class Instruments {
    private Instruments() {}

    /**
     * Every observed node that is an instrument given some set, sorted by name, each with the set dagitty reports:
     * the minimal separator of Y and Z in G' nearest to Y (see {@link MinimalSeparators#nearest}), empty for an
     * unconditional instrument. Z is listed exactly when some set of ancestors of Y and Z in G' makes it an
     * instrument (an ancestral instrument, van der Zander et al. 2015); a node that is an instrument only given
     * sets reaching beyond those ancestors (through a collider opened on purpose) is not listed, as in dagitty, but
     * whenever any conditional instrument exists, some ancestral one does, so the list is empty only when no
     * instrument exists. One O(V + E) search per node.
     */
    public static List<Instrument> find(Dag g, String x, String y, Set<String> observed) {
        EffectRemoved e = EffectRemoved.of(g, x, y, observed);
        List<Instrument> result = new ArrayList<>();
        for (String z : g.nodes().stream().sorted().toList()) {
            if (!z.equals(x) && !z.equals(y) && !g.isLatent(z) && observed.contains(z)) {
                nearestConditioning(e, z).ifPresent(w -> result.add(new Instrument(z, w)));
            }
        }
        return List.copyOf(result);
    }

    /**
     * Checks a user's instrument Z given the set {@code conditionedOn}. Reports, in this order: Z or a node of the
     * set (the first by name) latent or not observed; a node of the set that is a descendant of Y or a mediator,
     * with the shortest directed path to it from Y or from X; Z d-separated from X given the set; the shortest
     * path from Z to Y open given the set in G'. Z must differ from X and Y and the set may hold none of the
     * three, otherwise {@link IllegalArgumentException}.
     */
    public static InstrumentCheck check(Dag g, String x, String y, String z, Set<String> conditionedOn,
            Set<String> observed) {
        EffectRemoved e = EffectRemoved.of(g, x, y, observed);
        int zi = g.index(z);
        if (zi == e.treatment() || zi == e.outcome()) {
            throw new IllegalArgumentException("an instrument must differ from the treatment and the outcome");
        }
        if (conditionedOn.contains(x) || conditionedOn.contains(y) || conditionedOn.contains(z)) {
            throw new IllegalArgumentException(
                    "the treatment, the outcome and the instrument cannot be conditioned on");
        }
        List<String> sorted = conditionedOn.stream().sorted().toList();
        Optional<String> unobserved = Stream.concat(Stream.of(z), sorted.stream())
                .filter(v -> g.isLatent(v) || !observed.contains(v)).findFirst();
        if (unobserved.isPresent()) {
            return new InstrumentCheck.Unobserved(unobserved.get());
        }
        for (String w : sorted) {
            Optional<Path> effect = e.effectPath(g.index(w));
            if (effect.isPresent()) {
                return new InstrumentCheck.ConditionsOnEffect(w, effect.get());
            }
        }
        BitSet given = e.cut().indices(conditionedOn);
        ActiveTrailSearch search = new ActiveTrailSearch(e.cut(), new BitSet(), given, null);
        BitSet instrument = single(zi);
        if (!search.connects(single(e.treatment()), instrument)) {
            return new InstrumentCheck.NotAssociated();
        }
        return search.shortestPath(instrument, single(e.outcome()))
                .<InstrumentCheck>map(InstrumentCheck.OpenToOutcome::new)
                .orElse(new InstrumentCheck.Valid());
    }

    /** dagitty's ancestral instrument: the nearest separator of Y and Z in G', if it makes Z an instrument. */
    private static Optional<List<String>> nearestConditioning(EffectRemoved e, String z) {
        Dag cut = e.cut();
        int zi = cut.index(z);
        // A descendant of Y is only separated from Y by conditioning on another descendant of Y, which is barred.
        if (e.outcomeDescendants().get(zi)) {
            return Optional.empty();
        }
        MoralGraph moral = MoralGraph.of(cut, single(e.outcome()), single(zi), e.conditionable());
        Optional<BitSet> separator = MinimalSeparators.nearest(moral);
        if (separator.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        separator.get().stream().forEach(v -> names.add(moral.name(v)));
        BitSet w = cut.indices(names);
        // dagitty lets X into the separator, then refuses the instrument: conditioning on X would make the
        // instrument useless, and no other set helps then (van der Zander et al. 2015).
        if (w.get(e.treatment()) || w.intersects(e.outcomeDescendants())) {
            return Optional.empty();
        }
        boolean relevant = new ActiveTrailSearch(cut, new BitSet(), w, null)
                .connects(single(e.treatment()), single(zi));
        return relevant ? Optional.of(names.stream().sorted().toList()) : Optional.empty();
    }

    private static BitSet single(int v) {
        BitSet set = new BitSet();
        set.set(v);
        return set;
    }

    /**
     * G' (the graph without the first edge of each causal path from X to Y), with what may be conditioned on.
     * Named nodes keep their indices in G', so indices of {@code g} serve for both graphs.
     */
    private record EffectRemoved(Dag g, Dag cut, int treatment, int outcome, BitSet mediators,
            BitSet outcomeDescendants, BitSet conditionable) {
        static EffectRemoved of(Dag g, String x, String y, Set<String> observed) {
            int t = g.index(x);
            int o = g.index(y);
            if (t == o) {
                throw new IllegalArgumentException("the treatment and the outcome must differ");
            }
            BitSet ancestorsOfY = g.ancestorsOf(single(o), new BitSet());
            Dag cut = g.withoutDirectedEdges(e -> e.from().equals(x) && ancestorsOfY.get(g.index(e.to())));
            BitSet mediators = g.descendantsOf(single(t));
            mediators.and(ancestorsOfY);
            mediators.clear(t);
            mediators.clear(o);
            BitSet outcomeDescendants = g.descendantsOf(single(o));
            BitSet conditionable = new BitSet();
            for (String v : observed) {
                if (g.has(v) && !g.isLatent(v)) {
                    conditionable.set(g.index(v));
                }
            }
            conditionable.andNot(mediators);
            conditionable.andNot(outcomeDescendants);
            return new EffectRemoved(g, cut, t, o, mediators, outcomeDescendants, conditionable);
        }

        /** The shortest directed path from Y, or else from X, to a node that may not be conditioned on. */
        Optional<Path> effectPath(int w) {
            if (outcomeDescendants.get(w)) {
                return DirectedPaths.shortest(g, single(outcome), single(w), new BitSet());
            }
            if (mediators.get(w)) {
                return DirectedPaths.shortest(g, single(treatment), single(w), new BitSet());
            }
            return Optional.empty();
        }
    }
}

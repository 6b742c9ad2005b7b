package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Instruments} against the definition of a conditional instrument (van der Zander, Textor and Liśkiewicz
 * 2015, with dagitty's restrictions on the conditioning set), checked by enumerating every path and every set.
 */
class InstrumentsPropertyTest {
    private record Question(Dag g, PathOracle oracle, PathOracle cut, String x, String y, Set<String> observed,
            List<String> conditionable) {
        static Question random(SplittableRandom random) {
            Dag g = RandomDags.small(random, 8);
            List<String> nodes = new ArrayList<>(g.nodes());
            RandomDags.shuffle(nodes, random);
            Set<String> observed = new HashSet<>();
            for (String v : nodes) {
                if (!g.isLatent(v) && random.nextDouble() < 0.85) {
                    observed.add(v);
                }
            }
            String x = nodes.get(0);
            String y = nodes.get(1);
            PathOracle oracle = new PathOracle(g);
            Set<String> ancestorsOfY = new HashSet<>();
            for (String v : g.nodes()) {
                if (oracle.descendants(v).contains(y)) {
                    ancestorsOfY.add(v);
                }
            }
            Set<String> mediators = new HashSet<>(oracle.descendants(x));
            mediators.retainAll(ancestorsOfY);
            List<String> conditionable = observed.stream()
                    .filter(v -> !v.equals(x) && !v.equals(y) && !mediators.contains(v))
                    .filter(v -> !oracle.descendants(y).contains(v)).sorted().toList();
            PathOracle cut = new PathOracle(withoutCausalEdges(g, x, ancestorsOfY));
            return new Question(g, oracle, cut, x, y, observed, conditionable);
        }

        String about() {
            return g + " on " + x + " -> " + y + " observing " + observed;
        }

        /** Z is an instrument given W: associated with X and separated from Y, both in the graph G'. */
        boolean isInstrument(String z, Set<String> w) {
            return !cut.separated(Set.of(z), Set.of(x), w) && cut.separated(Set.of(z), Set.of(y), w);
        }

        /**
         * Some set of nodes that may be conditioned on that makes Z an instrument, by trying them all; with
         * {@code ancestral}, only sets of ancestors of Y and Z in G' (van der Zander et al. 2015, ancestral
         * instruments).
         */
        Optional<Set<String>> anySet(String z, boolean ancestral) {
            List<String> pool = conditionable.stream().filter(v -> !v.equals(z))
                    .filter(v -> !ancestral || cut.descendants(v).contains(y) || cut.descendants(v).contains(z))
                    .toList();
            for (int mask = 0; mask < 1 << pool.size(); mask++) {
                Set<String> w = new HashSet<>();
                for (int k = 0; k < pool.size(); k++) {
                    if ((mask >> k & 1) == 1) {
                        w.add(pool.get(k));
                    }
                }
                if (isInstrument(z, w)) {
                    return Optional.of(w);
                }
            }
            return Optional.empty();
        }
    }

    /** G': the first edge of every causal path from x to y removed, i.e. x -> c for each ancestor c of y. */
    private static Dag withoutCausalEdges(Dag g, String x, Set<String> ancestorsOfY) {
        Dag.Builder b = Dag.builder();
        g.nodes().forEach(v -> {
            if (g.isLatent(v)) {
                b.latent(v);
            } else {
                b.node(v);
            }
        });
        for (Dag.Edge e : g.edges()) {
            if (e.bidirected()) {
                b.bidirected(e.from(), e.to());
            } else if (!e.from().equals(x) || !ancestorsOfY.contains(e.to())) {
                b.edge(e.from(), e.to());
            }
        }
        return b.build();
    }

    @Test
    void everyInstrumentFoundMeetsTheDefinitionAndNoOtherNodeCouldBeOne() {
        SplittableRandom random = new SplittableRandom(31L);
        int unconditional = 0;
        int conditional = 0;
        for (int trial = 0; trial < 4000; trial++) {
            Question q = Question.random(random);
            List<Instrument> found = Instruments.find(q.g(), q.x(), q.y(), q.observed());
            assertThat(found.stream().map(Instrument::instrument).toList()).as(q.about()).isSorted();
            for (Instrument i : found) {
                Set<String> w = Set.copyOf(i.conditionedOn());
                assertThat(q.conditionable()).as(q.about()).containsAll(w);
                assertThat(q.isInstrument(i.instrument(), w)).as(q.about() + ": " + i).isTrue();
                assertThat(Instruments.check(q.g(), q.x(), q.y(), i.instrument(), w, q.observed()))
                        .as(q.about() + ": " + i).isEqualTo(new InstrumentCheck.Valid());
                if (w.isEmpty()) {
                    unconditional++;
                } else {
                    conditional++;
                }
            }
            Set<String> names = new HashSet<>(found.stream().map(Instrument::instrument).toList());
            for (String z : q.g().nodes()) {
                if (!z.equals(q.x()) && !z.equals(q.y()) && q.observed().contains(z) && !names.contains(z)) {
                    assertThat(q.anySet(z, true)).as(q.about() + ": " + z + " is an ancestral instrument").isEmpty();
                    if (found.isEmpty()) {
                        // Whenever some conditional instrument exists, an ancestral one does (ibid.).
                        assertThat(q.anySet(z, false)).as(q.about() + ": " + z + " is an instrument").isEmpty();
                    }
                }
            }
        }
        assertThat(unconditional).isGreaterThan(500);
        assertThat(conditional).isGreaterThan(130);
    }

    @Test
    void checkAgreesWithTheDefinitionAndReportsAnOpenPathToTheOutcome() {
        SplittableRandom random = new SplittableRandom(37L);
        int open = 0;
        int valid = 0;
        for (int trial = 0; trial < 3000; trial++) {
            Question q = Question.random(random);
            List<String> others = q.g().nodes().stream()
                    .filter(v -> !v.equals(q.x()) && !v.equals(q.y())).sorted().toList();
            String z = others.get(random.nextInt(others.size()));
            Set<String> w = new HashSet<>();
            for (String v : others) {
                if (!v.equals(z) && random.nextDouble() < 0.25) {
                    w.add(v);
                }
            }
            InstrumentCheck result = Instruments.check(q.g(), q.x(), q.y(), z, w, q.observed());
            String about = q.about() + ": " + z + " given " + w + ": " + result;
            boolean observed = q.observed().contains(z)
                    && w.stream().allMatch(v -> q.observed().contains(v) && !q.g().isLatent(v));
            boolean allowed = q.conditionable().containsAll(w);
            if (result instanceof InstrumentCheck.Unobserved u) {
                assertThat(observed).as(about).isFalse();
            } else if (result instanceof InstrumentCheck.ConditionsOnEffect e) {
                assertThat(observed && !allowed).as(about).isTrue();
                assertThat(w).as(about).contains(e.node());
                assertThat(e.directedPath().arrows()).as(about).allMatch(a -> a == Path.Arrow.FORWARD);
                q.oracle().walkOf(e.directedPath());
            } else if (result instanceof InstrumentCheck.NotAssociated) {
                assertThat(observed && allowed && q.cut().separated(Set.of(z), Set.of(q.x()), w)).as(about).isTrue();
            } else if (result instanceof InstrumentCheck.OpenToOutcome o) {
                assertThat(observed && allowed && !q.isInstrument(z, w)).as(about).isTrue();
                PathOracle.Walk walk = q.cut().walkOf(o.path());
                assertThat(walk.nodes().get(0)).as(about).isEqualTo(z);
                assertThat(walk.nodes().get(walk.nodes().size() - 1)).as(about).isEqualTo(q.y());
                assertThat(q.cut().isOpen(walk, w)).as(about).isTrue();
                open++;
            } else {
                assertThat(observed && allowed && q.isInstrument(z, w)).as(about).isTrue();
                valid++;
            }
        }
        assertThat(open).isGreaterThan(300);
        assertThat(valid).isGreaterThan(100);
    }
}

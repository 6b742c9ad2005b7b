package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The ID algorithm against ground truth on random graphs with latent nodes and bidirected edges: every formula it
 * returns, evaluated on the observational distribution of a random binary structural model, equals the
 * interventional distribution computed by enumerating the model (to 1e-9); it says "identifiable" exactly when
 * Tian's procedure does; every hedge it returns meets Shpitser and Pearl's definition.
 */
class IdAlgorithmPropertyTest {
    @Test
    void everyIdentifiedFormulaEqualsTheInterventionalDistributionOfRandomModels() {
        SplittableRandom random = new SplittableRandom(20060716);
        int identified = 0;
        int hedges = 0;
        for (int trial = 0; trial < 1000; trial++) {
            Question q = Question.random(random, false);
            EffectIdentification result = IdAlgorithm.identify(q.g, q.query, q.observed);
            boolean tian = TianIdentifiability.identifiable(q.projected, q.query.treatments(), q.query.outcomes());
            assertThat(result instanceof EffectIdentification.Identified).as(q.about()).isEqualTo(tian);
            if (result instanceof EffectIdentification.Identified id) {
                ModelCheck.assertMatches(q.g, q.query, q.observed, id.formula(), DiscreteScm.random(q.g, random));
                identified++;
            } else {
                assertValidHedge(q, ((EffectIdentification.NotIdentified) result).hedge());
                hedges++;
            }
        }
        // So that the test cannot pass vacuously: with this seed, 871 formulas and 129 hedges.
        assertThat(identified).isGreaterThan(500);
        assertThat(hedges).isGreaterThan(80);
    }

    @Test
    void everyIdentifiedConditionalFormulaEqualsTheConditionalInterventionalDistribution() {
        SplittableRandom random = new SplittableRandom(20060713);
        int identified = 0;
        int hedges = 0;
        for (int trial = 0; trial < 400; trial++) {
            Question q = Question.random(random, true);
            EffectIdentification result = IdAlgorithm.identify(q.g, q.query, q.observed);
            if (result instanceof EffectIdentification.Identified id) {
                ModelCheck.assertMatches(q.g, q.query, q.observed, id.formula(), DiscreteScm.random(q.g, random));
                identified++;
            } else {
                assertValidHedge(q, ((EffectIdentification.NotIdentified) result).hedge());
                hedges++;
            }
        }
        // With this seed, 330 formulas and 70 hedges.
        assertThat(identified).isGreaterThan(200);
        assertThat(hedges).isGreaterThan(40);
    }

    @Test
    void effectOfOneTreatmentOnEverythingElseIsIdentifiedExactlyWhenNoBidirectedPathReachesItsChildren() {
        // Tian and Pearl (2002), theorem 3: P(v | do(x)) is identifiable iff no path of bidirected edges joins X to
        // any of its children, i.e. no child of X is in X's c-component.
        SplittableRandom random = new SplittableRandom(2002);
        int identified = 0;
        for (int trial = 0; trial < 400; trial++) {
            Question q = Question.random(random, false);
            String x = q.query.treatments().first();
            Set<String> others = new TreeSet<>(q.observed);
            others.remove(x);
            EffectIdentification result = IdAlgorithm.identify(q.g, InterventionalQuery.of(Set.of(x), others),
                    q.observed);
            Set<String> district = q.projected.component(x, q.projected.nodes);
            boolean confoundedChild = others.stream()
                    .anyMatch(v -> q.projected.parents.get(v).contains(x) && district.contains(v));
            assertThat(result instanceof EffectIdentification.Identified).as(q.about()).isEqualTo(!confoundedChild);
            identified += confoundedChild ? 0 : 1;
        }
        assertThat(identified).isBetween(100, 350);
    }

    /** Shpitser and Pearl (2006), definitions 4 and 5, checked on an independently built projection. */
    private static void assertValidHedge(Question q, Hedge hedge) {
        ProjectedGraph p = q.projected;
        CForest f = hedge.f();
        CForest fPrime = hedge.fPrime();
        Set<String> difference = new TreeSet<>(f.nodes());
        difference.removeAll(fPrime.nodes());
        assertThat(f.nodes()).as(q.about()).containsAll(fPrime.nodes());
        assertThat(difference).as(q.about()).isNotEmpty().isEqualTo(hedge.treatments());
        assertThat(f.roots()).as(q.about()).isEqualTo(fPrime.roots());
        assertThat(f.directedEdges()).as(q.about()).containsAll(fPrime.directedEdges());
        assertCForest(q, p, f);
        assertCForest(q, p, fPrime);
        Set<String> reach = p.ancestors(hedge.outcomes(), p.nodes, hedge.treatments());
        assertThat(reach).as(q.about()).containsAll(f.roots());
        assertThat(hedge.treatments()).as(q.about()).containsAnyOf(q.query.treatments().toArray(new String[0]));
        assertThat(fPrime.nodes()).as(q.about()).doesNotContainAnyElementsOf(q.query.treatments());
    }

    private static void assertCForest(Question q, ProjectedGraph p, CForest forest) {
        assertThat(p.components(forest.nodes())).as(q.about()).hasSize(1);
        Map<String, String> child = new HashMap<>();
        for (Dag.Edge e : forest.directedEdges()) {
            assertThat(p.parents.get(e.to())).as(q.about()).contains(e.from());
            assertThat(forest.nodes()).as(q.about()).contains(e.from(), e.to());
            assertThat(child.put(e.from(), e.to())).as("one child each").isNull();
        }
        for (String v : forest.nodes()) {
            assertThat(child.containsKey(v)).as(q.about()).isNotEqualTo(forest.roots().contains(v));
            String w = v;
            for (int steps = 0; child.containsKey(w); steps++) {
                assertThat(steps).isLessThan(forest.nodes().size());
                w = child.get(w);
            }
            assertThat(forest.roots()).contains(w);
        }
        int pairs = 0;
        for (String a : forest.nodes()) {
            for (String b : p.siblings.get(a)) {
                if (a.compareTo(b) < 0 && forest.nodes().contains(b)) {
                    assertThat(forest.bidirectedEdges()).contains(new Dag.Edge(a, b, true));
                    pairs++;
                }
            }
        }
        assertThat(forest.bidirectedEdges()).hasSize(pairs);
    }

    private record Question(Dag g, Set<String> observed, List<String> observedList, ProjectedGraph projected,
            InterventionalQuery query) {
        static Question random(SplittableRandom random, boolean conditional) {
            while (true) {
                Dag g = random.nextBoolean() ? RandomDags.small(random, 7) : confounded(random);
                List<String> candidates = new ArrayList<>(g.nodes().stream().filter(v -> !g.isLatent(v)).toList());
                RandomDags.shuffle(candidates, random);
                // Now and then a named node is left out of the data, to be projected away as a latent one.
                if (candidates.size() > 4 && random.nextDouble() < 0.2) {
                    candidates.remove(candidates.size() - 1);
                }
                int xs = 1 + random.nextInt(2);
                int ys = 1 + random.nextInt(2);
                int zs = conditional ? 1 + random.nextInt(2) : 0;
                if (candidates.size() < xs + ys + zs) {
                    continue;
                }
                Set<String> observed = new TreeSet<>(candidates);
                InterventionalQuery query = new InterventionalQuery(new TreeSet<>(candidates.subList(0, xs)),
                        new TreeSet<>(candidates.subList(xs, xs + ys)),
                        new TreeSet<>(candidates.subList(xs + ys, xs + ys + zs)));
                List<String> list = List.copyOf(observed);
                return new Question(g, observed, list, new ProjectedGraph(g, observed), query);
            }
        }

        /** Up to six nodes with up to four bidirected edges and now and then a named latent cause. */
        private static Dag confounded(SplittableRandom random) {
            int n = 3 + random.nextInt(4);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                names.add(String.valueOf((char) ('a' + i)));
            }
            RandomDags.shuffle(names, random);
            Dag.Builder b = Dag.builder();
            for (int i = 0; i < n; i++) {
                b.node(names.get(i));
                for (int j = 0; j < i; j++) {
                    if (random.nextDouble() < 0.4) {
                        b.edge(names.get(j), names.get(i));
                    }
                }
            }
            int bidirected = 0;
            for (int i = 0; i < n && bidirected < 4; i++) {
                for (int j = i + 1; j < n && bidirected < 4; j++) {
                    if (random.nextDouble() < 0.3) {
                        b.bidirected(names.get(i), names.get(j));
                        bidirected++;
                    }
                }
            }
            if (random.nextDouble() < 0.3) {
                b.latent("u");
                for (String v : names) {
                    if (random.nextDouble() < 0.4) {
                        b.edge("u", v);
                    }
                }
            }
            return b.build();
        }

        String about() {
            return query + " in " + g + " observing " + observed;
        }
    }
}

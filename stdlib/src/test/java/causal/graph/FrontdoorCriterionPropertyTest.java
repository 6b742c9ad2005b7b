package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FrontdoorCriterion} against Pearl's definition 3.3.3 checked by enumerating every path. */
class FrontdoorCriterionPropertyTest {
    private record Question(Dag g, PathOracle oracle, String x, String y, Set<String> observed) {
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
            return new Question(g, new PathOracle(g), nodes.get(0), nodes.get(1), observed);
        }

        String about() {
            return g + " on " + x + " -> " + y + " observing " + observed;
        }

        /** Every observed set meeting the three conditions, over all subsets of the observed nodes. */
        List<List<String>> validSets() {
            List<String> candidates = observed.stream().filter(v -> !v.equals(x) && !v.equals(y)).sorted().toList();
            List<List<String>> valid = new ArrayList<>();
            for (int mask = 0; mask < 1 << candidates.size(); mask++) {
                List<String> set = new ArrayList<>();
                for (int k = 0; k < candidates.size(); k++) {
                    if ((mask >> k & 1) == 1) {
                        set.add(candidates.get(k));
                    }
                }
                if (intercepts(set) && noBackdoorToMediators(set) && treatmentBlocksMediatorPaths(set)) {
                    valid.add(set);
                }
            }
            return valid;
        }

        /** (i): every directed path from X to Y passes through the set. */
        boolean intercepts(List<String> m) {
            return oracle.paths(x, y).stream().filter(this::directed)
                    .allMatch(w -> w.nodes().stream().anyMatch(m::contains));
        }

        /** (ii): no path into X reaching a node of the set is open without conditioning. */
        boolean noBackdoorToMediators(List<String> m) {
            return m.stream().allMatch(v -> oracle.backdoorPaths(x, v).stream()
                    .noneMatch(w -> oracle.isOpen(w, Set.of())));
        }

        /** (iii): with the set's outgoing edges removed, every path from the set to Y is blocked by X. */
        boolean treatmentBlocksMediatorPaths(List<String> m) {
            PathOracle cut = new PathOracle(withoutOutgoingEdges(g, Set.copyOf(m)));
            return m.stream().allMatch(v -> cut.paths(v, y).stream().noneMatch(w -> cut.isOpen(w, Set.of(x))));
        }

        private boolean directed(PathOracle.Walk w) {
            for (int k = 1; k < w.nodes().size(); k++) {
                if (!oracle.pointsInto(w.nodes().get(k), w.nodes().get(k - 1))) {
                    return false;
                }
            }
            return true;
        }
    }

    static Dag withoutOutgoingEdges(Dag g, Set<String> of) {
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
            } else if (!of.contains(e.from())) {
                b.edge(e.from(), e.to());
            }
        }
        return b.build();
    }

    private static List<List<String>> minimal(List<List<String>> valid) {
        return valid.stream()
                .filter(s -> valid.stream().noneMatch(t -> t.size() < s.size() && s.containsAll(t)))
                .sorted(BackdoorCriterion.SET_ORDER).toList();
    }

    @Test
    void minimalSetsAreExactlyTheMinimalValidSetsAmongAllObservedSubsets() {
        SplittableRandom random = new SplittableRandom(23L);
        int withSets = 0;
        int nonEmpty = 0;
        for (int trial = 0; trial < 4000; trial++) {
            Question q = Question.random(random);
            List<List<String>> expected = minimal(q.validSets());
            assertThat(FrontdoorCriterion.minimalSets(q.g(), q.x(), q.y(), q.observed()))
                    .as(q.about()).isEqualTo(expected);
            if (!expected.isEmpty()) {
                withSets++;
                if (!expected.get(0).isEmpty()) {
                    nonEmpty++;
                }
            }
        }
        assertThat(withSets).isGreaterThan(800);
        assertThat(nonEmpty).isGreaterThan(60);
    }

    @Test
    void checkAgreesWithTheDefinitionAndEachReportedPathBreaksItsCondition() {
        SplittableRandom random = new SplittableRandom(29L);
        int[] seen = new int[5];
        for (int trial = 0; trial < 3000; trial++) {
            Question q = Question.random(random);
            List<String> m = new ArrayList<>();
            for (String v : q.g().nodes().stream().sorted().toList()) {
                if (!v.equals(q.x()) && !v.equals(q.y()) && random.nextDouble() < 0.3) {
                    m.add(v);
                }
            }
            FrontdoorCheck result = FrontdoorCriterion.check(q.g(), q.x(), q.y(), Set.copyOf(m), q.observed());
            String about = q.about() + " given " + m + ": " + result;
            boolean observed = m.stream().allMatch(v -> q.observed().contains(v) && !q.g().isLatent(v));
            if (result instanceof FrontdoorCheck.Unobserved u) {
                assertThat(m).as(about).contains(u.node());
                assertThat(observed).as(about).isFalse();
                seen[0]++;
            } else if (result instanceof FrontdoorCheck.NotIntercepting n) {
                assertThat(observed && !q.intercepts(m)).as(about).isTrue();
                PathOracle.Walk w = q.oracle().walkOf(n.path());
                assertThat(q.directed(w) && w.nodes().get(0).equals(q.x())).as(about).isTrue();
                assertThat(w.nodes()).as(about).noneMatch(m::contains).endsWith(q.y());
                seen[1]++;
            } else if (result instanceof FrontdoorCheck.BackdoorToMediator b) {
                assertThat(observed && q.intercepts(m) && !q.noBackdoorToMediators(m)).as(about).isTrue();
                PathOracle.Walk w = q.oracle().walkOf(b.path());
                assertThat(w.nodes().get(0)).as(about).isEqualTo(q.x());
                assertThat(w.nodes().get(w.nodes().size() - 1)).as(about).isEqualTo(b.mediator());
                assertThat(m).as(about).contains(b.mediator());
                assertThat(q.oracle().pointsInto(q.x(), w.nodes().get(1))).as(about).isTrue();
                assertThat(q.oracle().isOpen(w, Set.of())).as(about).isTrue();
                seen[2]++;
            } else if (result instanceof FrontdoorCheck.UnblockedMediatorOutcome u) {
                assertThat(observed && q.intercepts(m) && q.noBackdoorToMediators(m)
                        && !q.treatmentBlocksMediatorPaths(m)).as(about).isTrue();
                PathOracle cut = new PathOracle(withoutOutgoingEdges(q.g(), Set.copyOf(m)));
                PathOracle.Walk w = cut.walkOf(u.path());
                assertThat(w.nodes().get(0)).as(about).isEqualTo(u.mediator());
                assertThat(m).as(about).contains(u.mediator());
                assertThat(w.nodes().get(w.nodes().size() - 1)).as(about).isEqualTo(q.y());
                assertThat(cut.isOpen(w, Set.of(q.x()))).as(about).isTrue();
                seen[3]++;
            } else {
                assertThat(observed && q.intercepts(m) && q.noBackdoorToMediators(m)
                        && q.treatmentBlocksMediatorPaths(m)).as(about).isTrue();
                seen[4]++;
            }
        }
        assertThat(java.util.Arrays.stream(seen).min().orElseThrow()).as(java.util.Arrays.toString(seen)).isGreaterThan(50);
    }
}

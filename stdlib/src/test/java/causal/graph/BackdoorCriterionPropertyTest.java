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
 * Every answer of {@link BackdoorCriterion} against brute force over all subsets and all paths, with validity
 * taken from the definition of the adjustment criterion ({@link PathOracle#validAdjustmentSet}).
 */
class BackdoorCriterionPropertyTest {
    /** One random question: a graph, a treatment, an outcome and the nodes observed in the data. */
    private record Question(Dag g, PathOracle oracle, String x, String y, Set<String> observed) {
        static Question random(SplittableRandom random) {
            Dag g = RandomDags.small(random, 9);
            List<String> nodes = new ArrayList<>(g.nodes());
            RandomDags.shuffle(nodes, random);
            Set<String> observed = new HashSet<>();
            for (String v : nodes) {
                if (!g.isLatent(v) && random.nextDouble() < 0.9) {
                    observed.add(v);
                }
            }
            return new Question(g, new PathOracle(g), nodes.get(0), nodes.get(1), observed);
        }

        Set<String> tx() {
            return Set.of(x);
        }

        Set<String> ty() {
            return Set.of(y);
        }

        /** Nodes a valid set could use, by the definition: observed, not latent, not forbidden, not X or Y. */
        List<String> adjustable() {
            Set<String> forbidden = oracle.forbidden(tx(), ty());
            return g.nodes().stream().filter(v -> observed.contains(v) && !g.isLatent(v))
                    .filter(v -> !forbidden.contains(v) && !v.equals(y)).sorted().toList();
        }

        boolean valid(Set<String> z) {
            return oracle.validAdjustmentSet(tx(), ty(), z);
        }

        /** Every valid set by subset search, each sorted. */
        List<List<String>> validSets() {
            List<String> candidates = adjustable();
            List<List<String>> valid = new ArrayList<>();
            for (int mask = 0; mask < 1 << candidates.size(); mask++) {
                List<String> set = new ArrayList<>();
                for (int k = 0; k < candidates.size(); k++) {
                    if ((mask >> k & 1) == 1) {
                        set.add(candidates.get(k));
                    }
                }
                if (valid(new HashSet<>(set))) {
                    valid.add(set);
                }
            }
            return valid;
        }
    }

    private static List<List<String>> minimal(List<List<String>> valid) {
        return valid.stream()
                .filter(s -> valid.stream().noneMatch(t -> t.size() < s.size() && s.containsAll(t)))
                .sorted(BackdoorCriterion.SET_ORDER).toList();
    }

    @Test
    void minimalSetsAreExactlyTheMinimalValidSetsFoundByBruteForce() {
        SplittableRandom random = new SplittableRandom(7L);
        int withSets = 0;
        int withoutSets = 0;
        for (int trial = 0; trial < 2000; trial++) {
            Question q = Question.random(random);
            List<List<String>> expected = minimal(q.validSets());
            assertThat(BackdoorCriterion.minimalSets(q.g(), q.tx(), q.ty(), q.observed()))
                    .as("%s on %s -> %s observing %s", q.g(), q.x(), q.y(), q.observed())
                    .isEqualTo(expected);
            if (expected.isEmpty()) {
                withoutSets++;
            } else {
                withSets++;
            }
        }
        assertThat(withSets).isGreaterThan(500);
        assertThat(withoutSets).isGreaterThan(200);
    }

    @Test
    void smallestSetIsTheFirstByNameAmongTheSmallestValidSets() {
        SplittableRandom random = new SplittableRandom(11L);
        for (int trial = 0; trial < 2000; trial++) {
            Question q = Question.random(random);
            Optional<List<String>> expected = q.validSets().stream().min(BackdoorCriterion.SET_ORDER);
            assertThat(BackdoorCriterion.smallestSet(q.g(), q.tx(), q.ty(), q.observed()))
                    .as("%s on %s -> %s observing %s", q.g(), q.x(), q.y(), q.observed())
                    .isEqualTo(expected);
        }
    }

    @Test
    void checkAgreesWithTheDefinitionAndEveryReportedPathIsAnOpenBackdoorPath() {
        SplittableRandom random = new SplittableRandom(13L);
        int open = 0;
        for (int trial = 0; trial < 3000; trial++) {
            Question q = Question.random(random);
            Set<String> z = new HashSet<>();
            for (String v : q.g().nodes()) {
                if (!v.equals(q.x()) && !v.equals(q.y()) && random.nextDouble() < 0.35) {
                    z.add(v);
                }
            }
            BackdoorCheck result = BackdoorCriterion.check(q.g(), q.tx(), q.ty(), z, q.observed());
            String about = q.g() + " on " + q.x() + " -> " + q.y() + " given " + z;
            if (result instanceof BackdoorCheck.Unobserved u) {
                assertThat(z).as(about).contains(u.node());
                assertThat(q.g().isLatent(u.node()) || !q.observed().contains(u.node())).as(about).isTrue();
            } else if (result instanceof BackdoorCheck.Descendant d) {
                assertThat(q.oracle().forbidden(q.tx(), q.ty())).as(about).contains(d.node());
                assertDirectedPath(q, d.fromTreatment(), d.node());
            } else if (result instanceof BackdoorCheck.OpenPath o) {
                assertThat(q.valid(z)).as(about).isFalse();
                assertOpenBackdoorPath(q, o.path(), z, Set.of());
                assertThat(o.openedCollider()).as(about).isEqualTo(o.path().firstCollider());
                open++;
            } else {
                assertThat(z).as(about).allMatch(v -> q.observed().contains(v) && !q.g().isLatent(v));
                assertThat(q.valid(z)).as(about).isTrue();
            }
        }
        assertThat(open).isGreaterThan(300);
    }

    @Test
    void unblockablePathExistsExactlyWhenNoSetDoesAndIsAnOpenBackdoorPath() {
        SplittableRandom random = new SplittableRandom(17L);
        for (int trial = 0; trial < 2000; trial++) {
            Question q = Question.random(random);
            Optional<Path> path = BackdoorCriterion.unblockablePath(q.g(), q.tx(), q.ty(), q.observed());
            assertThat(path.isPresent()).isEqualTo(q.validSets().isEmpty());
            if (path.isPresent()) {
                Set<String> largest = new HashSet<>(q.adjustable());
                largest.retainAll(q.g().ancestors(Set.of(q.x(), q.y())));
                boolean neverBlocked = path.get().firstCollider().isEmpty()
                        && path.get().nodes().stream().noneMatch(q.adjustable()::contains);
                if (neverBlocked) {
                    assertOpenBackdoorPath(q, path.get(), Set.of(), Set.copyOf(q.adjustable()));
                } else {
                    assertOpenBackdoorPath(q, path.get(), largest, Set.of());
                }
            }
        }
    }

    @Test
    void smallestSetOnATenThousandNodeSparseGraphIsValid() {
        SplittableRandom random = new SplittableRandom(3L);
        Dag g = RandomDags.large(random, 10_000);
        Set<String> observed = new HashSet<>(g.nodes());
        List<String> nodes = g.nodes();
        String x = nodes.get(6_000);
        String y = nodes.get(6_400);
        Optional<List<String>> set = BackdoorCriterion.smallestSet(g, Set.of(x), Set.of(y), observed);
        assertThat(set).isPresent();
        Set<String> z = new HashSet<>(set.get());
        assertThat(BackdoorCriterion.check(g, Set.of(x), Set.of(y), z, observed))
                .isEqualTo(new BackdoorCheck.Valid());
        for (String v : set.get()) {
            Set<String> smaller = new HashSet<>(z);
            smaller.remove(v);
            assertThat(BackdoorCriterion.check(g, Set.of(x), Set.of(y), smaller, observed))
                    .isInstanceOf(BackdoorCheck.OpenPath.class);
        }
    }

    private static void assertDirectedPath(Question q, Path p, String to) {
        assertThat(p.nodes().get(0)).isEqualTo(q.x());
        assertThat(p.nodes().get(p.nodes().size() - 1)).isEqualTo(to);
        assertThat(p.arrows()).allMatch(a -> a == Path.Arrow.FORWARD);
        q.oracle().walkOf(p);
    }

    /**
     * Open given z, a non-causal path from X to Y, and the shortest such path with no interior node in
     * {@code avoided}.
     */
    private static void assertOpenBackdoorPath(Question q, Path p, Set<String> z, Set<String> avoided) {
        PathOracle.Walk walk = q.oracle().walkOf(p);
        String about = p.render() + " given " + z + " in " + q.g();
        assertThat(walk.nodes().get(0)).as(about).isEqualTo(q.x());
        assertThat(walk.nodes().get(walk.nodes().size() - 1)).as(about).isEqualTo(q.y());
        assertThat(q.oracle().isCausal(walk)).as(about).isFalse();
        assertThat(q.oracle().isOpen(walk, z)).as(about).isTrue();
        List<PathOracle.Walk> all = q.oracle().properPaths(q.tx(), q.ty()).stream()
                .filter(w -> !q.oracle().isCausal(w)).toList();
        int shortest = all.stream().filter(w -> q.oracle().isOpen(w, z))
                .filter(w -> w.nodes().stream().noneMatch(avoided::contains)).mapToInt(w -> w.nodes().size())
                .min().orElseThrow();
        assertThat(walk.nodes().size()).as("shortest: " + about).isEqualTo(shortest);
    }
}

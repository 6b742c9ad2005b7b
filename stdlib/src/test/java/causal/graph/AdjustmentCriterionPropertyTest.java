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
 * Several treatments and outcomes at once: the minimal sets, the smallest set and the check of a user's set follow
 * the adjustment criterion (Perković et al. 2018), checked against brute force over all subsets and all proper
 * paths. Minimal sets never hold a descendant of a treatment (entering one from a treatment's child makes it a
 * collider); the criterion differs from backdoor in the larger sets it accepts, such as one holding a descendant
 * of a treatment that lies on no path to the outcome.
 */
class AdjustmentCriterionPropertyTest {
    private record Question(Dag g, PathOracle oracle, Set<String> x, Set<String> y, Set<String> observed) {
        static Question random(SplittableRandom random) {
            Dag g = RandomDags.small(random, 9);
            List<String> nodes = new ArrayList<>(g.nodes());
            while (nodes.size() < 4) {
                g = RandomDags.small(random, 9);
                nodes = new ArrayList<>(g.nodes());
            }
            RandomDags.shuffle(nodes, random);
            Set<String> observed = new HashSet<>();
            for (String v : nodes) {
                if (!g.isLatent(v) && random.nextDouble() < 0.9) {
                    observed.add(v);
                }
            }
            Set<String> y = random.nextBoolean() ? Set.of(nodes.get(2)) : Set.of(nodes.get(2), nodes.get(3));
            return new Question(g, new PathOracle(g), Set.of(nodes.get(0), nodes.get(1)), y, observed);
        }

        List<List<String>> validSets() {
            Set<String> forbidden = oracle.forbidden(x, y);
            List<String> candidates = g.nodes().stream().filter(v -> observed.contains(v) && !g.isLatent(v))
                    .filter(v -> !forbidden.contains(v) && !y.contains(v)).sorted().toList();
            List<List<String>> valid = new ArrayList<>();
            for (int mask = 0; mask < 1 << candidates.size(); mask++) {
                List<String> set = new ArrayList<>();
                for (int k = 0; k < candidates.size(); k++) {
                    if ((mask >> k & 1) == 1) {
                        set.add(candidates.get(k));
                    }
                }
                if (oracle.validAdjustmentSet(x, y, new HashSet<>(set))) {
                    valid.add(set);
                }
            }
            return valid;
        }

        @Override
        public String toString() {
            return g + " on " + x + " -> " + y + " observing " + observed;
        }
    }

    @Test
    void minimalAndSmallestSetsForSeveralTreatmentsAgreeWithBruteForce() {
        SplittableRandom random = new SplittableRandom(23L);
        int withSets = 0;
        for (int trial = 0; trial < 1500; trial++) {
            Question q = Question.random(random);
            List<List<String>> valid = q.validSets();
            List<List<String>> minimal = valid.stream()
                    .filter(s -> valid.stream().noneMatch(t -> t.size() < s.size() && s.containsAll(t)))
                    .sorted(BackdoorCriterion.SET_ORDER).toList();
            assertThat(BackdoorCriterion.minimalSets(q.g(), q.x(), q.y(), q.observed())).as(q.toString())
                    .isEqualTo(minimal);
            Optional<List<String>> smallest = valid.stream().min(BackdoorCriterion.SET_ORDER);
            assertThat(BackdoorCriterion.smallestSet(q.g(), q.x(), q.y(), q.observed())).as(q.toString())
                    .isEqualTo(smallest);
            assertThat(BackdoorCriterion.unblockablePath(q.g(), q.x(), q.y(), q.observed()).isPresent())
                    .as(q.toString()).isEqualTo(valid.isEmpty());
            if (!minimal.isEmpty()) {
                withSets++;
            }
        }
        assertThat(withSets).isGreaterThan(300);
    }

    @Test
    void checkOfAUsersSetAgreesWithTheDefinition() {
        SplittableRandom random = new SplittableRandom(29L);
        int validWithADescendant = 0;
        for (int trial = 0; trial < 1500; trial++) {
            Question q = Question.random(random);
            Set<String> z = new HashSet<>();
            for (String v : q.g().nodes()) {
                if (!q.x().contains(v) && !q.y().contains(v) && random.nextDouble() < 0.35) {
                    z.add(v);
                }
            }
            boolean observedOnly = z.stream().allMatch(v -> q.observed().contains(v) && !q.g().isLatent(v));
            BackdoorCheck result = BackdoorCriterion.check(q.g(), q.x(), q.y(), z, q.observed());
            if (observedOnly) {
                boolean valid = q.oracle().validAdjustmentSet(q.x(), q.y(), z);
                assertThat(result instanceof BackdoorCheck.Valid).as(q + " given " + z).isEqualTo(valid);
                Set<String> descendants = new HashSet<>(q.g().descendants(q.x()));
                descendants.removeAll(q.x());
                if (valid && z.stream().anyMatch(descendants::contains)) {
                    validWithADescendant++;
                }
            }
        }
        // Sets that Pearl's backdoor criterion refuses for holding a descendant of a treatment: accepted.
        assertThat(validWithADescendant).isGreaterThan(20);
    }

    @Test
    void aDescendantOfATreatmentOnNoPathToTheOutcomeMayBeAdjustedFor() {
        // a -> b -> y with confounders c and d, and a -> m where m causes nothing: {c, d, m} is a valid set (as
        // dagitty's isAdjustmentSet says), though the smallest, {c, d}, is the one to use.
        Dag g = Dag.builder().edge("a", "b").edge("b", "y").edge("c", "a").edge("c", "y").edge("d", "b")
                .edge("d", "y").edge("a", "m").build();
        Set<String> observed = Set.of("a", "b", "c", "d", "m", "y");
        assertThat(BackdoorCriterion.check(g, Set.of("a", "b"), Set.of("y"), Set.of("c", "d", "m"), observed))
                .isEqualTo(new BackdoorCheck.Valid());
        assertThat(BackdoorCriterion.minimalSets(g, Set.of("a", "b"), Set.of("y"), observed))
                .containsExactly(List.of("c", "d"));
    }
}

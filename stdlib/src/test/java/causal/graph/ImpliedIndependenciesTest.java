package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ImpliedIndependenciesTest {
    private static List<String> rendered(Dag g) {
        return ImpliedIndependencies.of(g).statements().stream().map(Independence::render).toList();
    }

    @Test
    void chainImpliesItsEndsAreIndependentGivenTheMiddle() {
        // dagitty: impliedConditionalIndependencies(dagitty("dag{a -> b -> c}")) prints "a _||_ c | b".
        assertThat(rendered(Dag.builder().edge("a", "b").edge("b", "c").build())).containsExactly("a _||_ c | b");
    }

    @Test
    void colliderImpliesItsCausesAreMarginallyIndependent() {
        // dagitty: impliedConditionalIndependencies(dagitty("dag{a -> c <- b}")) prints "a _||_ b".
        assertThat(rendered(Dag.builder().edge("a", "c").edge("b", "c").build())).containsExactly("a _||_ b");
    }

    @Test
    void mBiasImpliesFiveIndependenciesWithTheSmallestSetForTheOneThatHasTwo() {
        // dagitty (listMinimalImplications under Node.js, jtextor/dagitty 7a65777) on
        // dag{x <- a -> m <- b -> y; x -> y}: x _||_ m | a; x _||_ b; a _||_ b; a _||_ y | x;
        // m _||_ y | b,x and m _||_ y | a,b. Both sets of the last pair have two nodes; we take [a, b] by name.
        Dag g = Dag.builder().edge("a", "x").edge("a", "m").edge("b", "m").edge("b", "y").edge("x", "y").build();

        assertThat(rendered(g)).containsExactly(
                "a _||_ b", "a _||_ y | x", "b _||_ x", "m _||_ x | a", "m _||_ y | a, b");
    }

    @Test
    void aLatentMediatorLeavesNothingTestable() {
        // dagitty's own documentation example: latents(g) <- "m" on dag{x -> m -> y} leaves no implication.
        Dag g = Dag.builder().latent("m").edge("x", "m").edge("m", "y").build();
        ImpliedIndependencies implied = ImpliedIndependencies.of(g);

        assertThat(implied.statements()).isEmpty();
        assertThat(implied.unseparated()).containsExactly(new ImpliedIndependencies.Pair("x", "y"));
    }

    @Test
    void nodesJoinedByABidirectedEdgeAreAdjacent() {
        Dag g = Dag.builder().bidirected("a", "b").edge("b", "c").build();

        assertThat(rendered(g)).containsExactly("a _||_ c | b");
        assertThat(ImpliedIndependencies.of(g).unseparated()).isEmpty();
    }

    @Test
    void agreesWithDagittyOnEveryPairOfItsExampleGraphs() {
        int pairs = 0;
        for (DagittyExamples.Example example : DagittyExamples.all()) {
            ImpliedIndependencies implied = ImpliedIndependencies.of(DagittyFormat.read(example.text()).dag());
            List<List<String>> ours = new ArrayList<>();
            for (Independence s : implied.statements()) {
                List<String> pair = List.of(s.x(), s.y());
                ours.add(pair);
                List<List<String>> dagittys = example.separators().get(pair);
                assertThat(dagittys).as(example.label() + ": " + s.render()).isNotNull().contains(s.given());
                int smallest = dagittys.stream().mapToInt(List::size).min().orElseThrow();
                assertThat(s.given()).as(example.label() + ": " + s.render()).hasSize(smallest);
            }
            assertThat(ours).as(example.label()).containsExactlyInAnyOrderElementsOf(example.separators().keySet());
            pairs += ours.size();
        }
        // 0 + 3 + 1 + 117 + 570 + 22 + 7 + 59 + 131 + 26 + 42 pairs over dagitty's eleven examples.
        assertThat(pairs).isEqualTo(978);
    }

    @Test
    void onRandomGraphsEachNonAdjacentObservedPairGetsOneSmallestTrueSeparatorOrNoneExists() {
        SplittableRandom random = new SplittableRandom(7_07_2024L);
        int statements = 0;
        int unseparated = 0;
        for (int trial = 0; trial < 600; trial++) {
            Dag g = RandomDags.small(random, 8);
            ImpliedIndependencies implied = ImpliedIndependencies.of(g);
            List<String> observed = g.nodes().stream().filter(v -> !g.isLatent(v)).sorted().toList();
            Set<List<String>> listed = new HashSet<>();
            for (Independence s : implied.statements()) {
                String about = g + ": " + s.render();
                assertThat(listed.add(List.of(s.x(), s.y()))).as(about).isTrue();
                assertThat(observed).as(about).containsAll(s.given());
                assertThat(DSeparation.separated(g, Set.of(s.x()), Set.of(s.y()), Set.copyOf(s.given())))
                        .as(about).isTrue();
                assertThat(smallestSeparatorSize(g, s.x(), s.y(), observed)).as(about).isEqualTo(s.given().size());
            }
            for (ImpliedIndependencies.Pair p : implied.unseparated()) {
                assertThat(listed.add(List.of(p.x(), p.y()))).isTrue();
                assertThat(smallestSeparatorSize(g, p.x(), p.y(), observed)).as(g + ": " + p).isEqualTo(-1);
            }
            Set<List<String>> nonAdjacent = new HashSet<>();
            for (int i = 0; i < observed.size(); i++) {
                for (int j = i + 1; j < observed.size(); j++) {
                    if (!adjacent(g, observed.get(i), observed.get(j))) {
                        nonAdjacent.add(List.of(observed.get(i), observed.get(j)));
                    }
                }
            }
            assertThat(listed).as(g.toString()).isEqualTo(nonAdjacent);
            statements += implied.statements().size();
            unseparated += implied.unseparated().size();
        }
        assertThat(statements).isGreaterThan(1000);
        assertThat(unseparated).isGreaterThan(50);
    }

    private static boolean adjacent(Dag g, String a, String b) {
        return g.edges().stream().anyMatch(e -> e.from().equals(a) && e.to().equals(b)
                || e.from().equals(b) && e.to().equals(a));
    }

    /** Brute force over subsets of the other observed nodes: the size of the smallest separator, or -1. */
    private static int smallestSeparatorSize(Dag g, String x, String y, List<String> observed) {
        List<String> others = observed.stream().filter(v -> !v.equals(x) && !v.equals(y)).toList();
        int best = -1;
        for (int mask = 0; mask < 1 << others.size(); mask++) {
            Set<String> z = new HashSet<>();
            for (int k = 0; k < others.size(); k++) {
                if ((mask >> k & 1) == 1) {
                    z.add(others.get(k));
                }
            }
            if ((best < 0 || z.size() < best) && DSeparation.separated(g, Set.of(x), Set.of(y), z)) {
                best = z.size();
            }
        }
        return best;
    }
}

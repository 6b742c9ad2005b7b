package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DSeparationTest {
    @Test
    void chainIsBlockedByItsMiddle() {
        Dag g = Dag.builder().edge("a", "b").edge("b", "c").build();
        assertThat(DSeparation.separated(g, Set.of("a"), Set.of("c"), Set.of())).isFalse();
        assertThat(DSeparation.separated(g, Set.of("a"), Set.of("c"), Set.of("b"))).isTrue();
    }

    @Test
    void forkIsBlockedByItsCommonCause() {
        Dag g = Dag.builder().edge("b", "a").edge("b", "c").build();
        assertThat(DSeparation.separated(g, Set.of("a"), Set.of("c"), Set.of())).isFalse();
        assertThat(DSeparation.separated(g, Set.of("a"), Set.of("c"), Set.of("b"))).isTrue();
    }

    @Test
    void colliderIsOpenedByItselfOrADescendant() {
        Dag g = Dag.builder().edge("a", "b").edge("c", "b").edge("b", "d").build();
        assertThat(DSeparation.separated(g, Set.of("a"), Set.of("c"), Set.of())).isTrue();
        assertThat(DSeparation.separated(g, Set.of("a"), Set.of("c"), Set.of("b"))).isFalse();
        assertThat(DSeparation.separated(g, Set.of("a"), Set.of("c"), Set.of("d"))).isFalse();
    }

    @Test
    void bidirectedEdgeActsAsALatentCommonCause() {
        Dag g = Dag.builder().bidirected("a", "b").edge("c", "b").build();
        assertThat(DSeparation.separated(g, Set.of("a"), Set.of("b"), Set.of())).isFalse();
        assertThat(DSeparation.separated(g, Set.of("a"), Set.of("c"), Set.of())).isTrue();
        assertThat(DSeparation.separated(g, Set.of("a"), Set.of("c"), Set.of("b"))).isFalse();
    }

    @Test
    void overlappingSetsAreRejected() {
        Dag g = Dag.builder().edge("a", "b").build();
        assertThatThrownBy(() -> DSeparation.separated(g, Set.of("a"), Set.of("b"), Set.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithPathEnumerationOnThousandsOfRandomGraphs() {
        SplittableRandom random = new SplittableRandom(20240601L);
        int separatedCount = 0;
        for (int trial = 0; trial < 3000; trial++) {
            Dag g = RandomDags.small(random, 9);
            PathOracle oracle = new PathOracle(g);
            for (int query = 0; query < 5; query++) {
                List<String> nodes = new ArrayList<>(g.nodes());
                RandomDags.shuffle(nodes, random);
                int nx = 1 + random.nextInt(Math.min(2, nodes.size() - 1));
                int ny = 1 + random.nextInt(Math.min(2, nodes.size() - nx));
                Set<String> x = new HashSet<>(nodes.subList(0, nx));
                Set<String> y = new HashSet<>(nodes.subList(nx, nx + ny));
                Set<String> z = new HashSet<>();
                for (String v : nodes.subList(nx + ny, nodes.size())) {
                    if (random.nextBoolean()) {
                        z.add(v);
                    }
                }
                boolean expected = oracle.separated(x, y, z);
                assertThat(DSeparation.separated(g, x, y, z))
                        .as("%s ⊥ %s | %s in %s", x, y, z, g)
                        .isEqualTo(expected);
                separatedCount += expected ? 1 : 0;
            }
        }
        // Both answers must be well represented, or the comparison proves little.
        assertThat(separatedCount).isBetween(2000, 13000);
    }
}

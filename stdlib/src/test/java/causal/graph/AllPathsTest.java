package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AllPathsTest {
    private static final Dag M_BIAS = Dag.builder()
            .edge("a", "x").edge("a", "m").edge("b", "m").edge("b", "y").edge("x", "y").build();

    @Test
    void mBiasHasAnOpenCausalPathAndABackdoorPathBlockedByItsCollider() {
        List<ClassifiedPath> paths = AllPaths.between(M_BIAS, "x", "y", Set.of());

        assertThat(paths).extracting(p -> p.path().render())
                .containsExactly("x -> y", "x <- a -> m <- b -> y");
        assertThat(paths.get(0).kind()).isEqualTo(ClassifiedPath.Kind.CAUSAL);
        assertThat(paths.get(0).isOpen()).isTrue();
        assertThat(paths.get(1).kind()).isEqualTo(ClassifiedPath.Kind.BACKDOOR);
        assertThat(paths.get(1).blockers())
                .containsExactly(new ClassifiedPath.Blocker("m", ClassifiedPath.Reason.UNCONDITIONED_COLLIDER));
        assertThat(paths.get(1).describe()).isEqualTo("x <- a -> m <- b -> y (backdoor, blocked: m is a collider "
                + "on this path and neither it nor any of its descendants is conditioned on)");
    }

    @Test
    void conditioningOnTheColliderOpensTheBackdoorPathAndItsParentClosesItAgain() {
        ClassifiedPath opened = AllPaths.between(M_BIAS, "x", "y", Set.of("m")).get(1);
        ClassifiedPath closed = AllPaths.between(M_BIAS, "x", "y", Set.of("m", "a")).get(1);

        assertThat(opened.isOpen()).isTrue();
        assertThat(closed.blockers())
                .containsExactly(new ClassifiedPath.Blocker("a", ClassifiedPath.Reason.CONDITIONED_NON_COLLIDER));
        assertThat(closed.blockers().get(0).explain()).isEqualTo("a is conditioned on and is not a collider on this path");
    }

    @Test
    void conditioningOnADescendantOfTheColliderAlsoOpensThePath() {
        Dag g = Dag.builder().edge("x", "c").edge("y", "c").edge("c", "d").build();

        assertThat(AllPaths.between(g, "x", "y", Set.of()).get(0).isOpen()).isFalse();
        assertThat(AllPaths.between(g, "x", "y", Set.of("d")).get(0).isOpen()).isTrue();
        assertThat(AllPaths.between(g, "x", "y", Set.of()).get(0).kind())
                .isEqualTo(ClassifiedPath.Kind.OTHER_NONCAUSAL);
    }

    @Test
    void frontdoorGraphHasACausalPathThroughTheMediatorAndAnOpenBidirectedBackdoor() {
        Dag g = Dag.builder().edge("x", "m").edge("m", "y").bidirected("x", "y").build();
        List<ClassifiedPath> paths = AllPaths.between(g, "x", "y", Set.of("m"));

        assertThat(paths).extracting(ClassifiedPath::describe).containsExactly(
                "x <-> y (backdoor, open)",
                "x -> m -> y (causal, blocked: m is conditioned on and is not a collider on this path)");
    }

    @Test
    void instrumentReachesTheOutcomeThroughTheTreatmentOnlyAlongTheCausalPath() {
        Dag g = Dag.builder().edge("z", "x").edge("x", "y").bidirected("x", "y").build();
        List<ClassifiedPath> paths = AllPaths.between(g, "z", "y", Set.of());

        assertThat(paths).extracting(ClassifiedPath::describe).containsExactly(
                "z -> x -> y (causal, open)",
                "z -> x <-> y (non-causal, blocked: x is a collider on this path and neither it nor any of its "
                        + "descendants is conditioned on)");
        assertThat(AllPaths.between(g, "z", "y", Set.of("x"))).extracting(ClassifiedPath::isOpen)
                .containsExactly(false, true);
    }

    @Test
    void latentNodesAppearOnPathsByName() {
        Dag g = Dag.builder().latent("u").edge("u", "x").edge("u", "y").edge("x", "y").build();

        assertThat(AllPaths.between(g, "x", "y", Set.of())).extracting(p -> p.path().render())
                .containsExactly("x -> y", "x <- u -> y");
    }

    @Test
    void aDirectedAndABidirectedEdgeBetweenTheSameNodesAreTwoPaths() {
        Dag g = Dag.builder().edge("x", "y").bidirected("x", "y").build();

        assertThat(AllPaths.between(g, "x", "y", Set.of())).extracting(p -> p.path().render())
                .containsExactly("x -> y", "x <-> y");
    }

    @Test
    void tooManyPathsAreRefusedWithTheLimitInTheMessage() {
        Dag.Builder b = Dag.builder();
        for (int i = 0; i < 9; i++) {
            for (int j = i + 1; j < 9; j++) {
                b.edge("v" + i, "v" + j);
            }
        }
        Dag complete = b.build();

        assertThatThrownBy(() -> AllPaths.between(complete, "v0", "v8", Set.of(), 1000))
                .isInstanceOf(PathLimitException.class)
                .hasMessage("more than 1000 paths join v0 and v8, too many to list");
        // 7 inner nodes: sum over k of 7!/(7-k)! = 13700 simple paths.
        assertThat(AllPaths.between(complete, "v0", "v8", Set.of(), 20_000)).hasSize(13_700);
    }

    @Test
    void endsThatAreConditionedOnOrEqualAreRejected() {
        assertThatThrownBy(() -> AllPaths.between(M_BIAS, "x", "y", Set.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AllPaths.between(M_BIAS, "x", "x", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AllPaths.between(M_BIAS, "x", "nope", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onRandomGraphsThePathsAreTheTextbookOnesAndSomeIsOpenExactlyWhenNotDSeparated() {
        SplittableRandom random = new SplittableRandom(4_05_06L);
        int connected = 0;
        int separated = 0;
        for (int trial = 0; trial < 1500; trial++) {
            Dag g = RandomDags.small(random, 8);
            PathOracle oracle = new PathOracle(g);
            List<String> nodes = new ArrayList<>(g.nodes());
            RandomDags.shuffle(nodes, random);
            String x = nodes.get(0);
            String y = nodes.get(1);
            Set<String> z = new HashSet<>();
            for (String v : nodes.subList(2, nodes.size())) {
                if (random.nextDouble() < 0.3) {
                    z.add(v);
                }
            }
            String about = g + " " + x + " " + y + " given " + z;
            List<ClassifiedPath> paths = AllPaths.between(g, x, y, z);

            assertThat(paths).as(about).hasSize(oracle.paths(x, y).size());
            for (ClassifiedPath p : paths) {
                assertThat(p.isOpen()).as(about + " " + p.describe()).isEqualTo(oracle.isOpen(oracle.walkOf(p.path()), z));
            }
            boolean someOpen = paths.stream().anyMatch(ClassifiedPath::isOpen);
            assertThat(someOpen).as(about).isEqualTo(!DSeparation.separated(g, Set.of(x), Set.of(y), z));
            if (someOpen) {
                connected++;
            } else {
                separated++;
            }
        }
        assertThat(connected).isGreaterThan(300);
        assertThat(separated).isGreaterThan(300);
    }
}

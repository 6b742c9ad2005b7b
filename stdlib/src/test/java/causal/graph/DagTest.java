package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DagTest {
    private static Dag wages() {
        return Dag.builder()
                .edge("fatheduc", "educ").edge("educ", "lwage").edge("exper", "lwage")
                .latent("ability").edge("ability", "educ").edge("ability", "lwage")
                .bidirected("skill", "lwage")
                .build();
    }

    @Test
    void nodesKeepDeclarationOrderAndHideTheCausesOfBidirectedEdges() {
        assertThat(wages().nodes()).containsExactly("fatheduc", "educ", "lwage", "exper", "ability", "skill");
    }

    @Test
    void parentsAndChildrenAreSortedAndLeaveOutBidirectedEdges() {
        Dag g = wages();
        assertThat(g.parents("lwage")).containsExactly("ability", "educ", "exper");
        assertThat(g.children("ability")).containsExactly("educ", "lwage");
        assertThat(g.parents("skill")).isEmpty();
    }

    @Test
    void ancestorsAndDescendantsIncludeTheNodesThemselves() {
        Dag g = wages();
        assertThat(g.ancestors(Set.of("educ"))).containsExactly("ability", "educ", "fatheduc");
        assertThat(g.descendants(Set.of("fatheduc"))).containsExactly("educ", "fatheduc", "lwage");
        assertThat(g.descendants(Set.of("skill"))).containsExactly("skill");
    }

    @Test
    void latentIsRememberedEvenWhenDeclaredAfterItsEdges() {
        Dag g = Dag.builder().edge("u", "x").latent("u").node("x").build();
        assertThat(g.isLatent("u")).isTrue();
        assertThat(g.isLatent("x")).isFalse();
        assertThat(g.has("u")).isTrue();
        assertThat(g.has("nope")).isFalse();
    }

    @Test
    void edgesAreListedOnceEach() {
        Dag g = Dag.builder().edge("a", "b").edge("a", "b").bidirected("c", "a").bidirected("a", "c").build();
        assertThat(g.edges()).containsExactly(new Dag.Edge("a", "b", false), new Dag.Edge("a", "c", true));
    }

    @Test
    void cycleIsReturnedInOrderWithItsFirstNodeRepeated() {
        // conformance case 08_cycle: a -> b -> c, c -> a, c -> d
        Dag.Builder b = Dag.builder().edge("a", "b").edge("b", "c").edge("c", "a").edge("c", "d");
        assertThat(b.findCycle()).contains(List.of("a", "b", "c", "a"));
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("a -> b -> c -> a");
    }

    @Test
    void cycleFollowsTheEdgesWhenReachedFromOutside() {
        Dag.Builder b = Dag.builder().edge("s", "q").edge("q", "r").edge("r", "p").edge("p", "q");
        assertThat(b.findCycle()).contains(List.of("q", "r", "p", "q"));
    }

    @Test
    void selfLoopIsACycle() {
        assertThat(Dag.builder().edge("a", "a").findCycle()).contains(List.of("a", "a"));
    }

    @Test
    void bidirectedEdgesNeverMakeACycle() {
        assertThat(Dag.builder().edge("a", "b").bidirected("a", "b").findCycle()).isEmpty();
    }

    @Test
    void unknownNodeIsAnIllegalArgument() {
        assertThatThrownBy(() -> wages().parents("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renderWritesArrowsAsAScriptWould() {
        Path p = new Path(List.of("treat", "ability", "lwage", "skill"),
                List.of(Path.Arrow.BACKWARD, Path.Arrow.FORWARD, Path.Arrow.BIDIRECTED));
        assertThat(p.render()).isEqualTo("treat <- ability -> lwage <-> skill");
        assertThat(p.firstCollider()).contains("lwage");
    }
}

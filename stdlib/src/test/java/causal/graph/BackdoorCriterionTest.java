package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackdoorCriterionTest {
    /** Every named node that is not latent: what {@code identify} uses when there is no data. */
    private static Set<String> observed(Dag g) {
        Set<String> result = new HashSet<>();
        g.nodes().stream().filter(v -> !g.isLatent(v)).forEach(result::add);
        return result;
    }

    private static BackdoorCheck check(Dag g, String x, String y, Set<String> z) {
        return BackdoorCriterion.check(g, Set.of(x), Set.of(y), z, observed(g));
    }

    private static List<List<String>> minimalSets(Dag g, String x, String y) {
        return BackdoorCriterion.minimalSets(g, Set.of(x), Set.of(y), observed(g));
    }

    private static Optional<List<String>> smallestSet(Dag g, String x, String y) {
        return BackdoorCriterion.smallestSet(g, Set.of(x), Set.of(y), observed(g));
    }

    /** conformance case 02_mbias. */
    private static Dag mBias() {
        return Dag.builder().edge("A", "X").edge("A", "M").edge("B", "M").edge("B", "Y").edge("X", "Y").build();
    }

    /** conformance case 01_backdoor_sets, after Shrier and Platt (2008). */
    private static Dag sports() {
        Dag.Builder b = Dag.builder();
        b.edge("coach", "fitness").edge("coach", "warmup");
        b.edge("genetics", "fitness").edge("genetics", "neuro").edge("genetics", "tissue");
        b.edge("fitness", "injury_pre");
        b.edge("injury_pre", "warmup").edge("injury_pre", "injury");
        b.edge("warmup", "injury");
        b.edge("neuro", "injury").edge("tissue", "injury");
        b.edge("contact", "intra").edge("intra", "injury").edge("contact", "injury");
        b.edge("fatigue", "injury").edge("fatigue", "warmup");
        return b.build();
    }

    private static Dag latentConfounder() {
        return Dag.builder().latent("ability").edge("ability", "treat").edge("ability", "wages")
                .edge("treat", "wages").build();
    }

    @Test
    void sportsGraphHasTheThreeMinimalSetsOfTheConformanceCase() {
        // conformance/cases/01_backdoor_sets.expect.json
        assertThat(minimalSets(sports(), "warmup", "injury")).containsExactly(
                List.of("coach", "fatigue", "injury_pre"),
                List.of("fatigue", "genetics", "injury_pre"),
                List.of("fatigue", "injury_pre", "neuro", "tissue"));
    }

    @Test
    void sportsGraphSmallestSetBreaksTheTieByName() {
        assertThat(smallestSet(sports(), "warmup", "injury")).contains(List.of("coach", "fatigue", "injury_pre"));
    }

    @Test
    void mBiasNeedsNoAdjustment() {
        // conformance/cases/02_mbias.expect.json: the empty set is the only minimal set.
        assertThat(minimalSets(mBias(), "X", "Y")).containsExactly(List.of());
        assertThat(smallestSet(mBias(), "X", "Y")).contains(List.of());
        assertThat(check(mBias(), "X", "Y", Set.of())).isEqualTo(new BackdoorCheck.Valid());
        assertThat(check(mBias(), "X", "Y", Set.of("A"))).isEqualTo(new BackdoorCheck.Valid());
        assertThat(check(mBias(), "X", "Y", Set.of("A", "M"))).isEqualTo(new BackdoorCheck.Valid());
    }

    @Test
    void adjustingForTheColliderOpensTheMPath() {
        // conformance case 06_collider_error: adjust by {M}.
        BackdoorCheck result = check(mBias(), "X", "Y", Set.of("M"));
        assertThat(result).isInstanceOf(BackdoorCheck.OpenPath.class);
        BackdoorCheck.OpenPath open = (BackdoorCheck.OpenPath) result;
        assertThat(open.path().render()).isEqualTo("X <- A -> M <- B -> Y");
        assertThat(open.openedCollider()).contains("M");
    }

    @Test
    void adjustingForADescendantOfTheColliderAlsoOpensIt() {
        Dag g = Dag.builder().edge("A", "X").edge("A", "M").edge("B", "M").edge("B", "Y").edge("X", "Y")
                .edge("M", "D").build();
        BackdoorCheck.OpenPath open = (BackdoorCheck.OpenPath) check(g, "X", "Y", Set.of("D"));
        assertThat(open.path().render()).isEqualTo("X <- A -> M <- B -> Y");
        assertThat(open.openedCollider()).contains("M");
    }

    @Test
    void latentConfounderLeavesNoSetAndNamesTheUnblockablePath() {
        Dag g = latentConfounder();
        assertThat(minimalSets(g, "treat", "wages")).isEmpty();
        assertThat(smallestSet(g, "treat", "wages")).isEmpty();
        assertThat(BackdoorCriterion.unblockablePath(g, Set.of("treat"), Set.of("wages"), observed(g)))
                .map(Path::render).contains("treat <- ability -> wages");
        assertThat(check(g, "treat", "wages", Set.of())).isEqualTo(new BackdoorCheck.OpenPath(
                new Path(List.of("treat", "ability", "wages"), List.of(Path.Arrow.BACKWARD, Path.Arrow.FORWARD)),
                Optional.empty()));
    }

    @Test
    void latentNodeInTheSetIsUnobserved() {
        assertThat(check(latentConfounder(), "treat", "wages", Set.of("ability")))
                .isEqualTo(new BackdoorCheck.Unobserved("ability"));
    }

    @Test
    void nodeMissingFromTheDataIsUnobservedAndNeverInASet() {
        Dag g = Dag.builder().edge("c", "x").edge("c", "y").edge("x", "y").edge("d", "c").build();
        Set<String> observed = Set.of("x", "y", "d");
        assertThat(BackdoorCriterion.check(g, Set.of("x"), Set.of("y"), Set.of("c"), observed))
                .isEqualTo(new BackdoorCheck.Unobserved("c"));
        assertThat(BackdoorCriterion.minimalSets(g, Set.of("x"), Set.of("y"), observed)).isEmpty();
        assertThat(BackdoorCriterion.unblockablePath(g, Set.of("x"), Set.of("y"), observed))
                .map(Path::render).contains("x <- c -> y");
        assertThat(BackdoorCriterion.minimalSets(g, Set.of("x"), Set.of("y"), Set.of("x", "y", "c", "d")))
                .containsExactly(List.of("c"));
    }

    @Test
    void mediatorInTheSetIsADescendantOfTheTreatment() {
        // conformance case 05_mediator_error: adjust by {Z, M} where X -> M -> Y.
        Dag g = Dag.builder().edge("Z", "X").edge("Z", "Y").edge("X", "M").edge("M", "Y").build();
        assertThat(check(g, "X", "Y", Set.of("Z", "M"))).isEqualTo(new BackdoorCheck.Descendant("M",
                new Path(List.of("X", "M"), List.of(Path.Arrow.FORWARD))));
        assertThat(check(g, "X", "Y", Set.of("Z"))).isEqualTo(new BackdoorCheck.Valid());
        assertThat(minimalSets(g, "X", "Y")).containsExactly(List.of("Z"));
    }

    @Test
    void descendantPathIsTheShortestDirectedPath() {
        Dag g = Dag.builder().edge("X", "a").edge("a", "b").edge("b", "Y").edge("X", "b").edge("b", "c").build();
        BackdoorCheck.Descendant d = (BackdoorCheck.Descendant) check(g, "X", "Y", Set.of("c"));
        assertThat(d.fromTreatment().render()).isEqualTo("X -> b -> c");
    }

    @Test
    void frontdoorGraphHasNoBackdoorSet() {
        // conformance case 03_frontdoor's graph: X <- U -> Y with U latent, X -> M -> Y.
        Dag g = Dag.builder().latent("U").edge("U", "X").edge("U", "Y").edge("X", "M").edge("M", "Y").build();
        assertThat(minimalSets(g, "X", "Y")).isEmpty();
        assertThat(BackdoorCriterion.unblockablePath(g, Set.of("X"), Set.of("Y"), observed(g)))
                .map(Path::render).contains("X <- U -> Y");
    }

    @Test
    void bidirectedEdgeIsAnUnblockableConfounder() {
        Dag g = Dag.builder().edge("treat", "wages").bidirected("treat", "wages").edge("age", "treat").build();
        assertThat(minimalSets(g, "treat", "wages")).isEmpty();
        assertThat(BackdoorCriterion.unblockablePath(g, Set.of("treat"), Set.of("wages"), observed(g)))
                .map(Path::render).contains("treat <-> wages");
    }

    @Test
    void bidirectedMBiasIsOpenedByTheCollider() {
        Dag g = Dag.builder().bidirected("X", "M").bidirected("M", "Y").edge("X", "Y").build();
        assertThat(minimalSets(g, "X", "Y")).containsExactly(List.of());
        BackdoorCheck.OpenPath open = (BackdoorCheck.OpenPath) check(g, "X", "Y", Set.of("M"));
        assertThat(open.path().render()).isEqualTo("X <-> M <-> Y");
        assertThat(open.openedCollider()).contains("M");
    }

    @Test
    void whenEveryPathCanBeBlockedAloneButNotAllTogetherTheColliderPathIsShown() {
        // X <- U3 -> M -> Y needs M; adjusting for M opens X <- U1 -> M <- U2 -> Y. No set exists.
        Dag g = Dag.builder().latent("U1").latent("U2").latent("U3")
                .edge("U1", "X").edge("U1", "M").edge("U2", "M").edge("U2", "Y")
                .edge("U3", "X").edge("U3", "M").edge("M", "Y").edge("X", "Y").build();
        assertThat(minimalSets(g, "X", "Y")).isEmpty();
        assertThat(BackdoorCriterion.unblockablePath(g, Set.of("X"), Set.of("Y"), observed(g)))
                .map(Path::render).contains("X <- U1 -> M <- U2 -> Y");
    }

    @Test
    void chainFromTreatmentNeedsNoAdjustment() {
        Dag g = Dag.builder().edge("X", "M").edge("M", "Y").build();
        assertThat(minimalSets(g, "X", "Y")).containsExactly(List.of());
        assertThat(BackdoorCriterion.unblockablePath(g, Set.of("X"), Set.of("Y"), observed(g))).isEmpty();
    }

    @Test
    void forkIsBlockedByTheCommonCauseOrAnyNodeOnItsChain() {
        Dag g = Dag.builder().edge("C", "A").edge("A", "X").edge("C", "Y").edge("X", "Y").build();
        assertThat(minimalSets(g, "X", "Y")).containsExactly(List.of("A"), List.of("C"));
        assertThat(smallestSet(g, "X", "Y")).contains(List.of("A"));
        assertThat(check(g, "X", "Y", Set.of())).isInstanceOf(BackdoorCheck.OpenPath.class);
    }

    @Test
    void severalTreatmentsAreAdjustedForTogether() {
        // X1 <- C -> X2, C -> Y, X1 -> Y, X2 -> Y: C confounds both treatments with the outcome.
        Dag g = Dag.builder().edge("C", "X1").edge("C", "X2").edge("C", "Y").edge("X1", "Y").edge("X2", "Y")
                .edge("X1", "X2").build();
        assertThat(BackdoorCriterion.minimalSets(g, Set.of("X1", "X2"), Set.of("Y"), observed(g)))
                .containsExactly(List.of("C"));
        assertThat(BackdoorCriterion.check(g, Set.of("X1", "X2"), Set.of("Y"), Set.of(), observed(g)))
                .isInstanceOf(BackdoorCheck.OpenPath.class);
    }

    @Test
    void treatmentInItsOwnSetIsADescendantOfItself() {
        Dag g = Dag.builder().edge("X", "Y").build();
        assertThat(check(g, "X", "Y", Set.of("X"))).isInstanceOf(BackdoorCheck.Descendant.class);
    }

    @Test
    void outcomeInTheSetOrTreatmentAsOutcomeIsRejected() {
        Dag g = Dag.builder().edge("Y", "X").build();
        assertThatThrownBy(() -> check(g, "X", "Y", Set.of("Y"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> minimalSets(g, "X", "X")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outcomeCausingTheTreatmentLeavesNoSet() {
        Dag g = Dag.builder().edge("Y", "X").build();
        assertThat(minimalSets(g, "X", "Y")).isEmpty();
        assertThat(BackdoorCriterion.unblockablePath(g, Set.of("X"), Set.of("Y"), observed(g)))
                .map(Path::render).contains("X <- Y");
    }
}

package causal.graph;

import static causal.graph.PathText.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrontdoorCriterionTest {
    private static Set<String> observed(Dag g) {
        Set<String> result = new HashSet<>();
        g.nodes().stream().filter(v -> !g.isLatent(v)).forEach(result::add);
        return result;
    }

    /** conformance case 03_frontdoor; Pearl (2009), figure 3.5: smoking, tar deposits and cancer. */
    private static Dag.Builder tobacco() {
        return Dag.builder().latent("genotype").edge("genotype", "smoking").edge("genotype", "cancer")
                .edge("smoking", "tar").edge("tar", "cancer");
    }

    private static FrontdoorCheck check(Dag g, Set<String> m) {
        return FrontdoorCriterion.check(g, "smoking", "cancer", m, observed(g));
    }

    @Test
    void tarIsTheFrontdoorSetOfTheTobaccoGraph() {
        // conformance/cases/03_frontdoor.expect.json: frontdoor_sets contains [tar].
        Dag g = tobacco().build();
        assertThat(FrontdoorCriterion.minimalSets(g, "smoking", "cancer", observed(g))).containsExactly(List.of("tar"));
        assertThat(check(g, Set.of("tar"))).isEqualTo(new FrontdoorCheck.Valid());
    }

    @Test
    void primerStudyQuestionFindsWWhenOnlyOneMoreVariableIsMeasured() {
        // Pearl, Glymour and Jewell (2016), Causal Inference in Statistics: A Primer, figure 3.8 and study
        // question 3.4.1: measuring X, Y and W identifies the effect through the front door (answer: W).
        Dag g = Dag.builder().edge("A", "X").edge("B", "A").edge("B", "Z").edge("C", "D").edge("C", "Z")
                .edge("D", "Y").edge("W", "Y").edge("X", "W").edge("Z", "X").edge("Z", "Y").build();
        assertThat(FrontdoorCriterion.minimalSets(g, "X", "Y", Set.of("X", "Y", "W")))
                .containsExactly(List.of("W"));
        assertThat(FrontdoorCriterion.check(g, "X", "Y", Set.of("W"), Set.of("X", "Y", "W")))
                .isEqualTo(new FrontdoorCheck.Valid());
    }

    @Test
    void directEffectBypassingTheMediatorBreaksConditionOne() {
        // Pearl (2009), definition 3.3.3 (i): smoking -> cancer is a directed path that avoids tar.
        Dag g = tobacco().edge("smoking", "cancer").build();
        FrontdoorCheck result = check(g, Set.of("tar"));
        assertThat(result).isEqualTo(new FrontdoorCheck.NotIntercepting(path("smoking -> cancer")));
        assertThat(result.reason()).isEqualTo("the causal path smoking -> cancer does not pass through the mediators");
        assertThat(FrontdoorCriterion.minimalSets(g, "smoking", "cancer", observed(g))).isEmpty();
    }

    @Test
    void confoundedTreatmentAndMediatorBreakConditionTwo() {
        Dag g = tobacco().bidirected("smoking", "tar").build();
        FrontdoorCheck result = check(g, Set.of("tar"));
        assertThat(result).isInstanceOf(FrontdoorCheck.BackdoorToMediator.class);
        FrontdoorCheck.BackdoorToMediator failure = (FrontdoorCheck.BackdoorToMediator) result;
        assertThat(failure.mediator()).isEqualTo("tar");
        assertThat(failure.path().render()).isEqualTo("smoking <-> tar");
        assertThat(result.reason())
                .isEqualTo("the backdoor path smoking <-> tar from the treatment to mediator tar is open");
        assertThat(FrontdoorCriterion.minimalSets(g, "smoking", "cancer", observed(g))).isEmpty();
    }

    @Test
    void confoundedMediatorAndOutcomeBreakConditionThree() {
        Dag g = tobacco().bidirected("tar", "cancer").build();
        FrontdoorCheck result = check(g, Set.of("tar"));
        assertThat(result).isEqualTo(new FrontdoorCheck.UnblockedMediatorOutcome("tar", path("tar <-> cancer")));
        assertThat(result.reason()).isEqualTo(
                "the backdoor path tar <-> cancer from mediator tar to the outcome is not blocked by the treatment");
        assertThat(FrontdoorCriterion.minimalSets(g, "smoking", "cancer", observed(g))).isEmpty();
    }

    @Test
    void theTreatmentBlocksTheBackdoorPathFromTheMediator() {
        // tar <- smoking <- genotype -> cancer is open without conditioning and blocked by smoking.
        Dag g = tobacco().build();
        assertThat(FrontdoorCriterion.check(g, "smoking", "cancer", Set.of("tar"), observed(g)))
                .isEqualTo(new FrontdoorCheck.Valid());
    }

    @Test
    void latentOrUnmeasuredMediatorIsUnobserved() {
        Dag g = tobacco().build();
        assertThat(FrontdoorCriterion.check(g, "smoking", "cancer", Set.of("tar"), Set.of("smoking", "cancer")))
                .isEqualTo(new FrontdoorCheck.Unobserved("tar"));
        assertThat(FrontdoorCriterion.minimalSets(g, "smoking", "cancer", Set.of("smoking", "cancer"))).isEmpty();
        Dag hidden = Dag.builder().latent("genotype").latent("tar").edge("genotype", "smoking")
                .edge("genotype", "cancer").edge("smoking", "tar").edge("tar", "cancer").build();
        assertThat(check(hidden, Set.of("tar"))).isEqualTo(new FrontdoorCheck.Unobserved("tar"));
    }

    @Test
    void aMinimalSetMayHoldACauseOfTheMediatorThatTheTreatmentDoesNotCause() {
        // By hand from definition 3.3.3 read for the set: {m} fails (iii) through m <- w -> Y, while {m, w}
        // meets all three conditions (w has no backdoor path from X: X <-> Y <- w is blocked at the collider Y).
        Dag g = Dag.builder().edge("X", "m").edge("m", "Y").bidirected("X", "Y").edge("w", "m").edge("w", "Y")
                .build();
        FrontdoorCheck alone = FrontdoorCriterion.check(g, "X", "Y", Set.of("m"), observed(g));
        assertThat(alone).isEqualTo(new FrontdoorCheck.UnblockedMediatorOutcome("m", path("m <- w -> Y")));
        assertThat(FrontdoorCriterion.check(g, "X", "Y", Set.of("m", "w"), observed(g)))
                .isEqualTo(new FrontdoorCheck.Valid());
        assertThat(FrontdoorCriterion.minimalSets(g, "X", "Y", observed(g))).containsExactly(List.of("m", "w"));
    }

    @Test
    void twoParallelMediatorsAreNeededTogether() {
        Dag g = Dag.builder().edge("X", "a").edge("X", "b").edge("a", "Y").edge("b", "Y").bidirected("X", "Y")
                .build();
        FrontdoorCheck one = FrontdoorCriterion.check(g, "X", "Y", Set.of("a"), observed(g));
        assertThat(one).isEqualTo(new FrontdoorCheck.NotIntercepting(path("X -> b -> Y")));
        assertThat(FrontdoorCriterion.minimalSets(g, "X", "Y", observed(g))).containsExactly(List.of("a", "b"));
    }

    @Test
    void withoutACausalPathTheEmptySetIsTheOnlyMinimalSet() {
        // No directed path from X to Y: condition (i) holds vacuously and P(y | do(x)) = P(y).
        Dag g = Dag.builder().edge("Y", "X").edge("a", "X").build();
        assertThat(FrontdoorCriterion.minimalSets(g, "X", "Y", observed(g))).containsExactly(List.of());
    }

    @Test
    void treatmentOrOutcomeAsMediatorIsRejected() {
        Dag g = tobacco().build();
        assertThatThrownBy(() -> check(g, Set.of("smoking"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> check(g, Set.of("cancer"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrontdoorCriterion.minimalSets(g, "tar", "tar", observed(g)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tooManyCandidatesStopTheSearchWithAMessage() {
        Dag.Builder b = Dag.builder().edge("X", "Y");
        for (int k = 0; k <= FrontdoorCriterion.MAX_CANDIDATES; k++) {
            b.edge("c" + k, "Y");
        }
        Dag g = b.build();
        assertThatThrownBy(() -> FrontdoorCriterion.minimalSets(g, "X", "Y", observed(g)))
                .isInstanceOf(SearchLimitException.class)
                .hasMessage("the front-door search considers at most 20 candidate nodes, this graph has 21");
    }
}

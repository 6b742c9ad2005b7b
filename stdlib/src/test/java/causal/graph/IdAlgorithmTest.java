package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IdAlgorithmTest {
    private static Set<String> observed(Dag g) {
        Set<String> result = new TreeSet<>();
        g.nodes().stream().filter(v -> !g.isLatent(v)).forEach(result::add);
        return result;
    }

    private static EffectIdentification identify(Dag g, InterventionalQuery query) {
        return IdAlgorithm.identify(g, query, observed(g));
    }

    private static Expression formula(Dag g, InterventionalQuery query) {
        EffectIdentification result = identify(g, query);
        assertThat(result).isInstanceOf(EffectIdentification.Identified.class);
        return ((EffectIdentification.Identified) result).formula();
    }

    private static Hedge hedge(Dag g, InterventionalQuery query) {
        EffectIdentification result = identify(g, query);
        assertThat(result).isInstanceOf(EffectIdentification.NotIdentified.class);
        return ((EffectIdentification.NotIdentified) result).hedge();
    }

    /** The formula agrees with the truth on a few random binary models of the graph (see {@link ModelCheck}). */
    private static void assertTrueInRandomModels(Dag g, InterventionalQuery query, Expression formula) {
        SplittableRandom random = new SplittableRandom(42);
        for (int model = 0; model < 20; model++) {
            ModelCheck.assertMatches(g, query, observed(g), formula, DiscreteScm.random(g, random));
        }
    }

    private static InterventionalQuery effect(String x, String y) {
        return InterventionalQuery.of(Set.of(x), Set.of(y));
    }

    private static Dag frontdoor() {
        return Dag.builder().edge("smoking", "tar").edge("tar", "cancer").bidirected("smoking", "cancer").build();
    }

    @Test
    void frontdoorGraphGivesTheFrontdoorFormula() {
        // Pearl (2009), Causality, equation 3.42: P(y | do(x)) = sum_z P(z | x) sum_x' P(y | x', z) P(x').
        Expression f = formula(frontdoor(), effect("smoking", "cancer"));
        assertThat(f.toText())
                .isEqualTo("sum_{tar} P(tar | smoking) sum_{smoking'} P(cancer | smoking', tar) P(smoking')");
        assertThat(f.toLatex()).isEqualTo(
                "\\sum_{tar} P(tar \\mid smoking) \\sum_{smoking'} P(cancer \\mid smoking', tar) P(smoking')");
        assertThat(f.freeVariables()).containsExactly("cancer", "smoking");
        assertTrueInRandomModels(frontdoor(), effect("smoking", "cancer"), f);
    }

    @Test
    void latentCommonCauseGivesTheSameFormulaAsABidirectedEdge() {
        // Pearl (2009), figure 3.5: the genotype is an unobserved common cause of smoking and cancer; its latent
        // projection is the bidirected edge smoking <-> cancer (Verma and Pearl 1990), hence equation 3.42 again.
        Dag g = Dag.builder().latent("genotype").edge("genotype", "smoking").edge("genotype", "cancer")
                .edge("smoking", "tar").edge("tar", "cancer").build();
        assertThat(formula(g, effect("smoking", "cancer")))
                .isEqualTo(formula(frontdoor(), effect("smoking", "cancer")));
        assertThat(CComponents.of(g, observed(g)))
                .containsExactly(new TreeSet<>(List.of("cancer", "smoking")), new TreeSet<>(List.of("tar")));
    }

    @Test
    void backdoorGraphGivesTheAdjustmentFormula() {
        // Pearl (2009), equation 3.19 (adjustment for the backdoor set {z}): sum_z P(y | x, z) P(z).
        Dag g = Dag.builder().edge("z", "x").edge("z", "y").edge("x", "y").build();
        Expression f = formula(g, effect("x", "y"));
        assertThat(f.toText()).isEqualTo("sum_{z} P(y | x, z) P(z)");
        assertThat(f.toLatex()).isEqualTo("\\sum_{z} P(y \\mid x, z) P(z)");
        assertTrueInRandomModels(g, effect("x", "y"), f);
    }

    @Test
    void unmeasuredConfounderLeavesTheEffectUnidentified() {
        // The backdoor graph with z left out of the data projects onto the bow graph x -> y, x <-> y (Pearl 2009,
        // figure 3.9(a)): no formula exists.
        Dag g = Dag.builder().edge("z", "x").edge("z", "y").edge("x", "y").build();
        EffectIdentification result = IdAlgorithm.identify(g, effect("x", "y"), Set.of("x", "y"));
        assertThat(result).isInstanceOf(EffectIdentification.NotIdentified.class);
    }

    @Test
    void bowGraphIsNotIdentifiableAndItsHedgeIsTheBowItself() {
        // Shpitser and Pearl (2006), section 4: the bow arc graph is the simplest hedge, F = {x, y} and F' = {y}
        // rooted at y; Pearl (2009), figure 3.9(a).
        Dag g = Dag.builder().edge("x", "y").bidirected("x", "y").build();
        Hedge h = hedge(g, effect("x", "y"));
        assertThat(h.f()).isEqualTo(new CForest(new TreeSet<>(List.of("x", "y")), new TreeSet<>(List.of("y")),
                List.of(new Dag.Edge("x", "y", false)), List.of(new Dag.Edge("x", "y", true))));
        assertThat(h.fPrime()).isEqualTo(new CForest(new TreeSet<>(List.of("y")), new TreeSet<>(List.of("y")),
                List.of(), List.of()));
        assertThat(h.treatments()).containsExactly("x");
        assertThat(h.explanation()).isEqualTo("the C-forests F = {x, y} and F' = {y} with roots {y} form a hedge for "
                + "the effect of {x} on {y} (Shpitser and Pearl 2006), so the effect is not identifiable");
    }

    @Test
    void instrumentalVariableModelIsNotIdentifiableWithoutParametricAssumptions() {
        // Pearl (2009), section 8.2: in z -> x -> y, x <-> y the effect of x on y is only bounded, not identified.
        Dag g = Dag.builder().edge("z", "x").edge("x", "y").bidirected("x", "y").build();
        assertThat(hedge(g, effect("x", "y")).f().nodes()).containsExactly("x", "y");
    }

    @Test
    void napkinGraphIsIdentifiedAndAgreesWithThePublishedFormula() {
        // Pearl and Mackenzie (2018), The Book of Why, p. 240 (y0's napkin example): z2 -> z1 -> x -> y with
        // z2 <-> x and z2 <-> y; P(y | do(x)) = sum_z2 P(x, y | z1, z2) P(z2) / sum_z2 P(x | z1, z2) P(z2).
        Dag g = Dag.builder().edge("z2", "z1").edge("z1", "x").edge("x", "y").bidirected("z2", "x")
                .bidirected("z2", "y").build();
        Expression f = formula(g, effect("x", "y"));
        assertThat(f.toText()).isEqualTo(
                "(sum_{z2} P(y | x, z1, z2) P(x | z1, z2) P(z2)) / (sum_{z2} P(x | z1, z2) P(z2))");
        assertThat(f.toLatex()).isEqualTo("\\frac{\\sum_{z2} P(y \\mid x, z1, z2) P(x \\mid z1, z2) P(z2)}"
                + "{\\sum_{z2} P(x \\mid z1, z2) P(z2)}");
        assertTrueInRandomModels(g, effect("x", "y"), f);
        Expression published = new Expression.Quotient(
                new Expression.Sum(new TreeSet<>(Set.of("z2")), new Expression.Product(List.of(
                        new Expression.Probability(new TreeSet<>(Set.of("x", "y")), new TreeSet<>(Set.of("z1", "z2"))),
                        Expression.Probability.of(Set.of("z2"))))),
                new Expression.Sum(new TreeSet<>(Set.of("z2")), new Expression.Product(List.of(
                        new Expression.Probability(new TreeSet<>(Set.of("x")), new TreeSet<>(Set.of("z1", "z2"))),
                        Expression.Probability.of(Set.of("z2"))))));
        assertTrueInRandomModels(g, effect("x", "y"), published);
    }

    @Test
    void pearlsFigureThreeEightModelsAreIdentified() {
        // Pearl (2009), p. 92, figure 3.8: models in which the effect of X on Y is identifiable, as encoded in y0's
        // examples identifiability_3 and identifiability_4.
        Dag third = Dag.builder().edge("z2", "x").edge("z2", "z1").edge("z2", "z3").edge("x", "z1").edge("z3", "y")
                .edge("z1", "y").bidirected("z2", "x").bidirected("z2", "y").bidirected("x", "z3")
                .bidirected("x", "y").build();
        Dag fourth = Dag.builder().edge("x", "z1").edge("x", "y").edge("z1", "z2").edge("z1", "y").edge("z2", "y")
                .bidirected("x", "z2").bidirected("z1", "y").build();
        for (Dag g : List.of(third, fourth)) {
            assertTrueInRandomModels(g, effect("x", "y"), formula(g, effect("x", "y")));
        }
    }

    @Test
    void mGraphNeedsNoAdjustment() {
        // Greenland, Pearl and Robins (1999), the M-structure (y0's m_graph): x -> y, x <-> z <-> y; z is a
        // collider, so P(y | do(x)) = P(y | x).
        Dag g = Dag.builder().edge("x", "y").bidirected("x", "z").bidirected("z", "y").build();
        assertThat(formula(g, effect("x", "y")).toText()).isEqualTo("P(y | x)");
    }

    @Test
    void confoundingPathFromTheTreatmentToItsChildBlocksIdentification() {
        // Tian and Pearl (2002), theorem 3: P(v | do(x)) is identifiable iff no bidirected path joins x to one of
        // its children. Here x <-> b <-> a reaches the child a; without b <-> a the effect is identified.
        Dag.Builder base = Dag.builder().edge("x", "a").edge("a", "y").edge("b", "y").bidirected("x", "b");
        InterventionalQuery everything = InterventionalQuery.of(Set.of("x"), Set.of("a", "b", "y"));
        assertThat(identify(base.build(), everything)).isInstanceOf(EffectIdentification.Identified.class);
        Dag confounded = base.bidirected("b", "a").build();
        assertThat(hedge(confounded, everything).f().nodes()).contains("x", "a");
    }

    @Test
    void interventionOnEveryParentGivesTheConditional() {
        // Shpitser and Pearl (2008), ID line 6 (y0's line_6_example): x -> y, x -> z, z -> y, x <-> z;
        // P(y | do(x, z)) = P(y | x, z).
        Dag g = Dag.builder().edge("x", "y").edge("x", "z").edge("z", "y").bidirected("x", "z").build();
        assertThat(formula(g, InterventionalQuery.of(Set.of("x", "z"), Set.of("y"))).toText())
                .isEqualTo("P(y | x, z)");
    }

    @Test
    void noTreatmentGivesTheMarginal() {
        // ID line 1 (Shpitser and Pearl 2006): with X empty, P(y) = sum over the other nodes of P(v).
        Dag g = Dag.builder().edge("z", "y").bidirected("z", "y").build();
        assertThat(formula(g, InterventionalQuery.of(Set.of(), Set.of("y"))).toText()).isEqualTo("P(y)");
    }

    @Test
    void conditionThatBecomesAnInterventionIsIdentifiedByIdc() {
        // Shpitser and Pearl (2008), figure 6(a) (y0's figure_6a): x -> z -> y, x <-> z. IDC turns the condition
        // z into an intervention (rule 2), giving P(y | x, z) as in y0; and P(y | x, z) = P(y | z), since z
        // d-separates y from x.
        Dag g = Dag.builder().edge("x", "z").edge("z", "y").bidirected("x", "z").build();
        InterventionalQuery query = effect("x", "y").given(Set.of("z"));
        Expression f = formula(g, query);
        assertThat(f.toText()).isEqualTo("P(y | z)");
        assertTrueInRandomModels(g, query, f);
    }

    @Test
    void conditionalEffectInTheBowGraphIsNotIdentified() {
        // IDC (Shpitser and Pearl 2006b) cannot move w, a child of y, into the intervention, and P(y, w | do(x))
        // contains the bow x -> y, x <-> y.
        Dag g = Dag.builder().edge("x", "y").bidirected("x", "y").edge("y", "w").build();
        Hedge h = hedge(g, effect("x", "y").given(Set.of("w")));
        assertThat(h.f().nodes()).contains("x", "y");
        assertThat(h.fPrime().nodes()).doesNotContain("x");
    }

    @Test
    void conditionalEffectWithAnInstrumentAsConditionIsStillTheConditional() {
        // Shpitser and Pearl (2006b), IDC: in z -> x -> y (no confounding) the condition z is d-separated from y
        // given x once x's incoming edges are cut, so P(y | do(x), z) = P(y | do(x, z)) = P(y | x).
        Dag g = Dag.builder().edge("z", "x").edge("x", "y").build();
        assertThat(formula(g, effect("x", "y").given(Set.of("z"))).toText()).isEqualTo("P(y | x)");
    }

    @Test
    void queryOnALatentOrUnknownNodeIsRefused() {
        Dag g = Dag.builder().latent("u").edge("u", "x").edge("x", "y").build();
        assertThatThrownBy(() -> identify(g, effect("u", "y")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the treatment u is not observed");
        assertThatThrownBy(() -> identify(g, effect("x", "nowhere")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown node nowhere");
        assertThatThrownBy(() -> InterventionalQuery.of(Set.of("x"), Set.of("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("treatments, outcomes and conditions must be disjoint");
    }

    @Test
    void queryPrintsAsPapersWriteIt() {
        assertThat(effect("x", "y").given(Set.of("z", "w")).toString()).isEqualTo("P(y | do(x), w, z)");
        assertThat(InterventionalQuery.of(Set.of(), Set.of("y")).toString()).isEqualTo("P(y)");
    }

    @Test
    void nodeReachingTheOutcomeOnlyThroughTheTreatmentIsSummedOut() {
        // Shpitser and Pearl (2006), ID lines 3 and 7: in w -> x -> y, w <-> y, w joins the treatments and the
        // c-component {w, y} gives sum_w P(y | w, x) P(w), the adjustment for the backdoor set {w} (Pearl 2009,
        // equation 3.19).
        Dag g = Dag.builder().edge("w", "x").edge("x", "y").bidirected("w", "y").build();
        Expression f = formula(g, effect("x", "y"));
        assertThat(f.toText()).isEqualTo("sum_{w} P(y | w, x) P(w)");
        assertTrueInRandomModels(g, effect("x", "y"), f);
    }
}

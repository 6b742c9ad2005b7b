package causal.graph;

import static causal.graph.PathText.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstrumentsTest {
    private static Set<String> observed(Dag g) {
        Set<String> result = new HashSet<>();
        g.nodes().stream().filter(v -> !g.isLatent(v)).forEach(result::add);
        return result;
    }

    private static List<Instrument> find(Dag g, String x, String y) {
        return Instruments.find(g, x, y, observed(g));
    }

    /** conformance case 07_instrument. */
    private static Dag.Builder classic() {
        return Dag.builder().latent("U").edge("U", "X").edge("U", "Y").edge("Z", "X").edge("X", "Y");
    }

    @Test
    void classicInstrumentNeedsNoConditioning() {
        // conformance/cases/07_instrument.expect.json: instruments contains Z.
        assertThat(find(classic().build(), "X", "Y")).containsExactly(new Instrument("Z", List.of()));
        // dagitty test/test/instrumental-variables.js: "z -> x -> y, u -> x, u -> y" (u latent) gives "z".
        Dag lower = Dag.builder().latent("u").edge("z", "x").edge("x", "y").edge("u", "x").edge("u", "y").build();
        assertThat(find(lower, "x", "y")).containsExactly(new Instrument("z", List.of()));
    }

    @Test
    void dagittyManualClassicModel() {
        // dagitty manual, instrumentalVariables examples: "dag{ i->x->y; x<->y }" prints "i".
        Dag g = Dag.builder().edge("i", "x").edge("x", "y").bidirected("x", "y").build();
        assertThat(find(g, "x", "y")).containsExactly(new Instrument("i", List.of()));
    }

    @Test
    void dagittyManualConditionalInstrument() {
        // dagitty manual, instrumentalVariables examples: "dag{ i->x->y; x<->y ; y<-z->i }" prints "i | z";
        // dagitty r/tests/testthat/testInstruments.R: "y<-w->i->x->y<->x" has one instrument, conditioned on w.
        Dag g = Dag.builder().edge("i", "x").edge("x", "y").bidirected("x", "y").edge("z", "y").edge("z", "i")
                .build();
        assertThat(find(g, "x", "y")).containsExactly(new Instrument("i", List.of("z")));
    }

    @Test
    void dagittyTestConditionalInstrumentBehindALatentConfounder() {
        // dagitty test/test/instrumental-variables.js: "w -> z -> x -> y, w -> u -> x, u -> y" with u latent
        // gives "z | w"; with u observed, ancestralInstrument gives u as z's conditioning set.
        Dag latent = Dag.builder().latent("u").edge("w", "z").edge("z", "x").edge("x", "y").edge("w", "u")
                .edge("u", "x").edge("u", "y").build();
        assertThat(find(latent, "x", "y")).containsExactly(new Instrument("z", List.of("w")));
        Dag observedU = Dag.builder().edge("w", "z").edge("z", "x").edge("x", "y").edge("w", "u")
                .edge("u", "x").edge("u", "y").build();
        assertThat(find(observedU, "x", "y")).contains(new Instrument("z", List.of("u")));
    }

    @Test
    void nearestSeparatorMatchesDagittyCloseSeparator() {
        // dagitty test/test/instrumental-variables.js: closeSeparator(y, z) in "u2 -> d -> a -> z, a -> c -> b -> z,
        // u2 -> y, b -> u1 -> y" with u1 and u2 latent is "b,d".
        Dag g = Dag.builder().latent("u1").latent("u2").edge("u2", "d").edge("d", "a").edge("a", "z")
                .edge("a", "c").edge("c", "b").edge("b", "z").edge("u2", "y").edge("b", "u1").edge("u1", "y")
                .build();
        BitSet y = g.indices(Set.of("y"));
        BitSet z = g.indices(Set.of("z"));
        MoralGraph moral = MoralGraph.of(g, y, z, g.indices(Set.of("a", "b", "c", "d")));
        BitSet separator = MinimalSeparators.nearest(moral).orElseThrow();
        assertThat(separator.stream().mapToObj(moral::name).sorted().toList()).containsExactly("b", "d");
    }

    @Test
    void directEffectOfTheInstrumentOnTheOutcomeLeavesAnOpenPath() {
        Dag g = classic().edge("Z", "Y").build();
        assertThat(find(g, "X", "Y")).isEmpty();
        InstrumentCheck result = Instruments.check(g, "X", "Y", "Z", Set.of(), observed(g));
        assertThat(result).isEqualTo(new InstrumentCheck.OpenToOutcome(path("Z -> Y")));
        assertThat(result.reason()).isEqualTo("the path Z -> Y from the instrument to the outcome is open");
    }

    @Test
    void checkAcceptsTheClassicInstrumentAndTheConditionalOneOnlyWithItsSet() {
        assertThat(Instruments.check(classic().build(), "X", "Y", "Z", Set.of(), observed(classic().build())))
                .isEqualTo(new InstrumentCheck.Valid());
        Dag g = Dag.builder().edge("i", "x").edge("x", "y").bidirected("x", "y").edge("z", "y").edge("z", "i")
                .build();
        assertThat(Instruments.check(g, "x", "y", "i", Set.of("z"), observed(g)))
                .isEqualTo(new InstrumentCheck.Valid());
        assertThat(Instruments.check(g, "x", "y", "i", Set.of(), observed(g)))
                .isEqualTo(new InstrumentCheck.OpenToOutcome(path("i <- z -> y")));
    }

    @Test
    void unrelatedNodeIsNotAssociatedWithTheTreatment() {
        Dag g = classic().node("Q").build();
        assertThat(Instruments.check(g, "X", "Y", "Q", Set.of(), observed(g)))
                .isEqualTo(new InstrumentCheck.NotAssociated());
    }

    @Test
    void conditioningOnAMediatorOrAnEffectOfTheOutcomeIsRefusedWithItsPath() {
        Dag g = Dag.builder().latent("U").edge("U", "X").edge("U", "Y").edge("Z", "X").edge("X", "M")
                .edge("M", "Y").edge("Y", "D").build();
        assertThat(Instruments.check(g, "X", "Y", "Z", Set.of("M"), observed(g)))
                .isEqualTo(new InstrumentCheck.ConditionsOnEffect("M", path("X -> M")));
        InstrumentCheck onD = Instruments.check(g, "X", "Y", "Z", Set.of("D"), observed(g));
        assertThat(onD).isEqualTo(new InstrumentCheck.ConditionsOnEffect("D", path("Y -> D")));
        assertThat(onD.reason()).isEqualTo("cannot condition on D, an effect of Y along Y -> D");
        assertThat(find(g, "X", "Y")).containsExactly(new Instrument("Z", List.of()));
    }

    @Test
    void latentOrUnmeasuredInstrumentIsUnobserved() {
        Dag g = classic().build();
        assertThat(Instruments.check(g, "X", "Y", "U", Set.of(), observed(g)))
                .isEqualTo(new InstrumentCheck.Unobserved("U"));
        assertThat(Instruments.check(g, "X", "Y", "Z", Set.of(), Set.of("X", "Y")))
                .isEqualTo(new InstrumentCheck.Unobserved("Z"));
        assertThat(Instruments.find(g, "X", "Y", Set.of("X", "Y"))).isEmpty();
    }

    @Test
    void instrumentEqualToTreatmentOrConditionedTreatmentIsRejected() {
        Dag g = classic().build();
        assertThatThrownBy(() -> Instruments.check(g, "X", "Y", "X", Set.of(), observed(g)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instruments.check(g, "X", "Y", "Z", Set.of("X"), observed(g)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instruments.find(g, "X", "X", observed(g)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DagittyFormatTest {
    @Test
    void readsRolesLatentNodesPositionsAndBidirectedEdges() {
        DagittyGraph g = DagittyFormat.read("""
                dag {
                  x [exposure, pos="0,1"]
                  y [outcome]
                  u [latent]
                  x -> y; u -> x; u -> y
                  a <-> b
                  z [adjusted]
                }
                """);

        assertThat(g.dag().nodes()).containsExactly("x", "y", "u", "a", "b", "z");
        assertThat(g.dag().isLatent("u")).isTrue();
        assertThat(g.dag().edges()).containsExactly(new Dag.Edge("x", "y", false), new Dag.Edge("u", "x", false),
                new Dag.Edge("u", "y", false), new Dag.Edge("a", "b", true));
        assertThat(g.exposures()).containsExactly("x");
        assertThat(g.outcomes()).containsExactly("y");
        assertThat(g.adjusted()).containsExactly("z");
        assertThat(g.positions()).isEqualTo(Map.of("x", new DagittyGraph.Position(0, 1)));
    }

    @Test
    void readsChainsGroupsAndReversedArrows() {
        Dag g = DagittyFormat.read("dag { a -> b <- c -> {d e} }").dag();

        assertThat(g.edges()).containsExactly(new Dag.Edge("a", "b", false), new Dag.Edge("c", "b", false),
                new Dag.Edge("c", "d", false), new Dag.Edge("c", "e", false));
    }

    @Test
    void readsQuotedNamesWithEscapesAndConcatenation() {
        Dag g = DagittyFormat.read("dag { \"pre-period spend\" -> \"say \\\"hi\\\"\" ; \"a\" + \"b\" -> c }").dag();

        assertThat(g.nodes()).containsExactly("pre-period spend", "say \"hi\"", "ab", "c");
    }

    @Test
    void readsTextWithoutAHeaderAsADagAsDagittyDoes() {
        DagittyGraph g = DagittyFormat.read("X [exposure] Y [outcome] X -> Y  Z -> X  Z -> Y");

        assertThat(g.dag().edges()).hasSize(3);
        assertThat(g.exposures()).containsExactly("X");
    }

    @Test
    void readsTheLanguageReferenceExampleAndAStrictNamedDigraph() {
        assertThat(DagittyFormat.read("dag { X [exposure] Y [outcome] X -> Y  Z -> X  Z -> Y }").outcomes())
                .containsExactly("Y");
        assertThat(DagittyFormat.read("strict digraph G { a -> b }").dag().edges())
                .containsExactly(new Dag.Edge("a", "b", false));
    }

    @Test
    void rejectsGraphTypesThatAreNotDagsAtTheTypeKeyword() {
        assertThatThrownBy(() -> DagittyFormat.read("\n  pdag { a -- b }"))
                .isInstanceOf(DagittyFormatException.class)
                .hasMessage("a pdag is not a DAG: only 'dag { … }' graphs can be read")
                .satisfies(e -> assertPosition(e, 2, 3));
        assertThatThrownBy(() -> DagittyFormat.read("graph { a -- b }"))
                .hasMessage("a graph is not a DAG: only 'dag { … }' graphs can be read");
    }

    @Test
    void rejectsAnUndirectedEdgeWhereItStands() {
        assertThatThrownBy(() -> DagittyFormat.read("dag {\n a -> b\n b -- c\n}"))
                .isInstanceOf(DagittyFormatException.class)
                .hasMessage("the edge '--' is not allowed in a DAG: use ->, <- or <->")
                .satisfies(e -> assertPosition(e, 3, 4));
    }

    @Test
    void rejectsACycleNamingIt() {
        assertThatThrownBy(() -> DagittyFormat.read("dag { a -> b\n b -> c\n c -> a }"))
                .isInstanceOf(DagittyFormatException.class)
                .hasMessage("the graph has a cycle: a -> b -> c -> a")
                .satisfies(e -> assertPosition(e, 1, 9));
    }

    @Test
    void rejectsSyntaxErrorsWithLineAndColumn() {
        assertThatThrownBy(() -> DagittyFormat.read("dag { a -> }"))
                .hasMessage("expected a node name, an edge or '}' but found '}'")
                .satisfies(e -> assertPosition(e, 1, 12));
        assertThatThrownBy(() -> DagittyFormat.read("dag { a -> b"))
                .hasMessage("the text ends before the closing '}'")
                .satisfies(e -> assertPosition(e, 1, 13));
        assertThatThrownBy(() -> DagittyFormat.read("dag { a -> \"b }"))
                .hasMessage("a quoted string is not closed")
                .satisfies(e -> assertPosition(e, 1, 12));
        assertThatThrownBy(() -> DagittyFormat.read("dag { a ~ b }"))
                .hasMessage("unexpected character '~'")
                .satisfies(e -> assertPosition(e, 1, 9));
        assertThatThrownBy(() -> DagittyFormat.read("dag { a [pos=\"1\"] }"))
                .hasMessage("pos must be two numbers, as in pos=\"0.5,1\"")
                .satisfies(e -> assertPosition(e, 1, 14));
        assertThatThrownBy(() -> DagittyFormat.read("dag { a -> a }"))
                .hasMessage("node a cannot have an edge to itself");
        assertThatThrownBy(() -> DagittyFormat.read("dag { a } b"))
                .hasMessage("unexpected 'b' after the end of the graph");
    }

    @Test
    void writingEachOfDagittysExamplesGivesBackDagittysOwnText() {
        List<DagittyExamples.Example> examples = DagittyExamples.all();

        assertThat(examples).hasSize(11);
        for (DagittyExamples.Example example : examples) {
            String written = DagittyFormat.write(DagittyFormat.read(example.text()));
            assertThat(written).as(example.label()).isEqualTo(example.text());
        }
    }

    @Test
    void theMBiasExampleKeepsItsBoundingBoxAndEdgeBends() {
        DagittyGraph g = DagittyFormat.read(DagittyExamples.all().get(0).text());

        assertThat(g.boundingBox()).contains(new DagittyGraph.BoundingBox(-3, -0.5, 2, 1.2));
        assertThat(g.edgePositions()).containsEntry(new Dag.Edge("D", "Z", true), new DagittyGraph.Position(1, -1));
    }

    @Test
    void randomGraphsSurviveARoundTrip() {
        SplittableRandom random = new SplittableRandom(99L);
        for (int trial = 0; trial < 300; trial++) {
            Dag dag = RandomDags.small(random, 9);
            DagittyGraph original = new DagittyGraph(dag, List.of(dag.nodes().get(0)), List.of(dag.nodes().get(1)),
                    List.of(), Map.of(dag.nodes().get(2), new DagittyGraph.Position(random.nextInt(100) / 8.0, -1.5)),
                    Map.of(), java.util.Optional.empty());

            DagittyGraph back = DagittyFormat.read(DagittyFormat.write(original));

            assertThat(Set.copyOf(back.dag().edges())).as(dag.toString()).isEqualTo(Set.copyOf(dag.edges()));
            assertThat(Set.copyOf(back.dag().nodes())).isEqualTo(Set.copyOf(dag.nodes()));
            for (String v : dag.nodes()) {
                assertThat(back.dag().isLatent(v)).isEqualTo(dag.isLatent(v));
            }
            assertThat(back.exposures()).isEqualTo(original.exposures());
            assertThat(back.outcomes()).isEqualTo(original.outcomes());
            assertThat(back.positions()).isEqualTo(original.positions());
        }
    }

    @Test
    void namesThatAreNotBarewordsAreQuotedOnWriting() {
        Dag dag = Dag.builder().edge("pre period", "x").node("say \"hi\"").build();

        String text = DagittyFormat.write(dag);

        assertThat(text).isEqualTo("dag {\n\"say \\\"hi\\\"\"\n\"pre period\" -> x\n}\n");
        assertThat(DagittyFormat.read(text).dag().nodes()).containsExactlyInAnyOrder("pre period", "x", "say \"hi\"");
    }

    private static void assertPosition(Throwable e, int line, int column) {
        DagittyFormatException error = (DagittyFormatException) e;
        assertThat(List.of(error.line(), error.column())).isEqualTo(List.of(line, column));
    }
}

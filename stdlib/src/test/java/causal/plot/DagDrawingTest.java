package causal.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.graph.Dag;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DagDrawingTest {
    @TempDir
    Path dir;

    /** LaLonde's job-training question with a latent cause, an instrument and a bidirected edge. */
    private static Dag jobs(boolean withLatent) {
        Dag.Builder b = Dag.builder()
                .edge("age", "treat").edge("age", "re78").edge("education", "treat").edge("education", "re78")
                .edge("treat", "employment").edge("employment", "re78").edge("distance", "treat")
                .edge("married", "treat").edge("ability", "education").edge("ability", "re78");
        return withLatent ? b.latent("ability").bidirected("married", "re78").build() : b.build();
    }

    private static final DagDrawing.Roles JOBS_ROLES = DagDrawing.Roles.of(Set.of("treat"), Set.of("re78"))
            .withAdjusted(Set.of("age", "education", "married"));

    @Test
    void treatmentIsLeftOfEveryOtherNodeAndOutcomeRightOfEvery() {
        DagDrawing drawing = DagDrawing.of(jobs(true), JOBS_ROLES);
        assertTreatmentFirstAndOutcomeLast(jobs(true), drawing, "treat", "re78");
    }

    @Test
    void treatmentAndOutcomeAreOutermostOnRandomDags() {
        SplittableRandom random = new SplittableRandom(7);
        for (int run = 0; run < 40; run++) {
            Dag dag = randomDag(random, 4 + random.nextInt(8));
            List<String> nodes = dag.nodes();
            String treatment = nodes.get(random.nextInt(nodes.size()));
            String outcome = nodes.get(random.nextInt(nodes.size()));
            if (treatment.equals(outcome)) {
                continue;
            }
            DagDrawing drawing = DagDrawing.of(dag, DagDrawing.Roles.of(Set.of(treatment), Set.of(outcome)));
            assertTreatmentFirstAndOutcomeLast(dag, drawing, treatment, outcome);
        }
    }

    @Test
    void nodeLabelsAreSvgText() throws IOException {
        Path file = dir.resolve("jobs.svg");
        DagDrawing.of(jobs(true), JOBS_ROLES).writeTo(file);
        List<String> texts = SvgDocument.parse(file).texts();
        assertThat(texts).containsAll(jobs(true).nodes());
        assertThat(texts).contains("treatment", "outcome", "adjusted for", "latent (unobserved)",
                "unobserved common cause");
    }

    @Test
    void latentNodesAndBidirectedEdgesAreDashedAndNothingElseIs() throws IOException {
        Path plain = dir.resolve("plain.svg");
        Path latent = dir.resolve("latent.svg");
        DagDrawing.of(jobs(false), JOBS_ROLES).writeTo(plain);
        DagDrawing.of(jobs(true), JOBS_ROLES).writeTo(latent);
        assertThat(SvgDocument.parse(plain).dashedShapes()).isZero();
        // The latent node's outline, its two edges, the bidirected curve, and the two legend swatches.
        assertThat(SvgDocument.parse(latent).dashedShapes()).isEqualTo(6);
    }

    @Test
    void legendListsOnlyTheMarksUsed() throws IOException {
        Path file = dir.resolve("bare.svg");
        DagDrawing.of(jobs(false), DagDrawing.Roles.of(Set.of("treat"), Set.of("re78"))).writeTo(file);
        assertThat(SvgDocument.parse(file).texts()).contains("treatment", "outcome")
                .doesNotContain("adjusted for", "latent (unobserved)", "unobserved common cause");
    }

    @Test
    void sameGraphGivesIdenticalSvgBytes() throws IOException {
        Path first = dir.resolve("first.svg");
        Path second = dir.resolve("second.svg");
        DagDrawing.of(jobs(true), JOBS_ROLES).writeTo(first);
        DagDrawing.of(jobs(true), JOBS_ROLES).writeTo(second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void svgAndPngHaveThePicturesSize() throws IOException {
        DagDrawing drawing = DagDrawing.of(jobs(true), JOBS_ROLES);
        Path svg = dir.resolve("jobs.svg");
        Path png = dir.resolve("jobs.png");
        drawing.writeTo(svg);
        drawing.writeTo(png);
        assertThat(SvgDocument.parse(svg).root().getAttribute("width")).isEqualTo(String.valueOf(drawing.width()));
        assertThat(SvgDocument.parse(svg).root().getAttribute("height")).isEqualTo(String.valueOf(drawing.height()));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2 * drawing.width());
        assertThat(image.getHeight()).isEqualTo(2 * drawing.height());
    }

    @Test
    void rolesNamingUnknownNodesAreRefused() {
        assertThatThrownBy(() -> DagDrawing.of(jobs(true), DagDrawing.Roles.of(Set.of("training"), Set.of("re78"))))
                .isInstanceOf(PlotException.class)
                .hasMessage("cannot draw the graph: the treatment training is not one of its nodes");
    }

    @Test
    void aNodeCannotBeBothTreatmentAndOutcome() {
        assertThatThrownBy(() -> DagDrawing.of(jobs(true), DagDrawing.Roles.of(Set.of("treat"), Set.of("treat"))))
                .isInstanceOf(PlotException.class)
                .hasMessage("cannot draw the graph: treat is both a treatment and an outcome");
    }

    @Test
    void anEmptyGraphIsRefused() {
        assertThatThrownBy(() -> DagDrawing.of(Dag.builder().build()))
                .isInstanceOf(PlotException.class).hasMessage("cannot draw a graph without nodes");
    }

    private static void assertTreatmentFirstAndOutcomeLast(Dag dag, DagDrawing drawing, String treatment,
            String outcome) {
        double treatmentX = drawing.box(treatment).center().x();
        double outcomeX = drawing.box(outcome).center().x();
        for (String node : dag.nodes()) {
            if (!node.equals(treatment)) {
                assertThat(drawing.box(node).center().x()).as("%s right of %s in %s", node, treatment, dag)
                        .isGreaterThan(treatmentX);
            }
            if (!node.equals(outcome)) {
                assertThat(drawing.box(node).center().x()).as("%s left of %s in %s", node, outcome, dag)
                        .isLessThan(outcomeX);
            }
        }
    }

    /** Edges only from a lower to a higher index, so acyclic; some nodes latent, some pairs bidirected. */
    private static Dag randomDag(SplittableRandom random, int size) {
        Dag.Builder b = Dag.builder();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            names.add("v" + i);
            b.node("v" + i);
        }
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                double u = random.nextDouble();
                if (u < 0.3) {
                    b.edge(names.get(i), names.get(j));
                } else if (u < 0.36) {
                    b.bidirected(names.get(i), names.get(j));
                }
            }
            if (random.nextDouble() < 0.15) {
                b.latent(names.get(i));
            }
        }
        return b.build();
    }
}

package causal.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every script in examples/ runs and prints exactly its checked-in expected output: NAME.out (text), NAME.jsonl
 * (--format json) and, for a script that must fail, NAME.err (stderr, first line "# exit N"). Regenerate with
 * -Dgolden.update=true and read every changed line.
 */
class ExampleGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyExamplePrintsItsExpectedOutput() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(CliRun.ROOT.resolve("examples"))) {
            scripts = files.filter(p -> p.toString().endsWith(".causal")).sorted().toList();
        }
        assertThat(scripts).isNotEmpty();
        return scripts.stream().map(s -> DynamicTest.dynamicTest(CliRun.ROOT.relativize(s).toString(), () -> check(s)));
    }

    private static void check(Path script) throws IOException {
        String base = script.toString().substring(0, script.toString().length() - ".causal".length());
        Path err = Path.of(base + ".err");
        CliRun text = CliRun.of("run", script.toString());
        CliRun json = CliRun.of("run", "--format", "json", script.toString());
        if (UPDATE) {
            Files.writeString(Path.of(base + ".out"), text.out(), StandardCharsets.UTF_8);
            Files.writeString(Path.of(base + ".jsonl"), json.out(), StandardCharsets.UTF_8);
            if (text.exit() != 0) {
                Files.writeString(err, "# exit " + text.exit() + "\n" + text.err(), StandardCharsets.UTF_8);
            } else {
                Files.deleteIfExists(err);
            }
            return;
        }
        int expectedExit = 0;
        if (Files.exists(err)) {
            String expected = Files.readString(err, StandardCharsets.UTF_8);
            expectedExit = Integer.parseInt(expected.lines().findFirst().orElseThrow().replace("# exit ", "").trim());
            assertThat(text.err()).isEqualTo(expected.substring(expected.indexOf('\n') + 1));
        } else {
            assertThat(text.err()).as("stderr").doesNotContain("error:");
        }
        assertThat(text.exit()).as("exit status; stderr: " + text.err()).isEqualTo(expectedExit);
        assertThat(text.out()).isEqualTo(Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8));
        assertThat(text.out().lines()).as("text output fits 80 columns").allSatisfy(line ->
                assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(json.out()).isEqualTo(Files.readString(Path.of(base + ".jsonl"), StandardCharsets.UTF_8));
    }
}

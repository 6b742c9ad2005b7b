package causal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code causal fmt}: rewrites a script, or with --check only says whether it would. */
class FmtCommandTest {
    @TempDir
    Path folder;

    @Test
    void fmtRewritesAScriptAndCheckThenPasses() throws IOException {
        Path script = folder.resolve("s.causal");
        Files.writeString(script, "dag g{\nx->y\n}\n");
        assertThat(Main.execute("fmt", "--check", script.toString())).isEqualTo(Main.CHECK_FAILED);
        assertThat(Files.readString(script)).isEqualTo("dag g{\nx->y\n}\n");
        assertThat(Main.execute("fmt", script.toString())).isEqualTo(Main.OK);
        assertThat(Files.readString(script)).isEqualTo("dag g {\n  x -> y\n}\n");
        assertThat(Main.execute("fmt", "--check", script.toString())).isEqualTo(Main.OK);
    }

    @Test
    void everyExampleIsFormatted() throws IOException {
        List<String> args = new ArrayList<>(List.of("fmt", "--check"));
        try (Stream<Path> files = Files.walk(CliRun.ROOT.resolve("examples"))) {
            files.filter(p -> p.toString().endsWith(".causal")).forEach(p -> args.add(p.toString()));
        }
        assertThat(args).hasSizeGreaterThan(4);
        assertThat(Main.execute(args.toArray(String[]::new))).isEqualTo(Main.OK);
    }

    @Test
    void aScriptThatDoesNotParseIsReportedAndLeftAsItIs() throws IOException {
        Path script = folder.resolve("broken.causal");
        Files.writeString(script, "dag g {\n  x -> \n}\n");
        assertThat(Main.execute("fmt", script.toString())).isEqualTo(Main.CHECK_FAILED);
        assertThat(Main.execute("fmt", "--check", script.toString())).isEqualTo(Main.CHECK_FAILED);
        assertThat(Files.readString(script)).isEqualTo("dag g {\n  x -> \n}\n");
    }

    @Test
    void aMissingFileIsAnErrorNotAStackTrace() {
        assertThat(Main.execute("fmt", folder.resolve("nope.causal").toString())).isEqualTo(Main.CHECK_FAILED);
    }
}

package causal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import causal.analysis.Analysis;
import causal.analysis.HeaderSchemas;
import causal.output.TextReport;
import causal.syntax.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code file:} URL, the way Spark users write paths, names the local file: a run reads the same rows through it
 * as through the plain path (it used to be taken for a file called {@code file:} in the script's folder).
 */
class FileUrlTest {
    private static final Path LALONDE = Path.of("../examples/jobs/data/lalonde.csv").toAbsolutePath();

    @Test
    void aFileUrlReadsTheFileItNames(@TempDir Path folder) throws IOException {
        Path data = folder.resolve("lalonde.csv");
        Files.copy(LALONDE, data);
        List<String> byPath = run(folder, "lalonde.csv");
        assertThat(run(folder, "file://" + data)).isEqualTo(byPath);
        assertThat(run(folder, "file:" + data)).isEqualTo(byPath);
    }

    private static List<String> run(Path folder, String location) throws IOException {
        String script = "data d = csv(\"" + location + "\")\n"
                + "dag g { age, educ -> treat  age, educ -> re78  treat -> re78 }\n"
                + "estimate ATE of treat on re78 in d under g using ols\n";
        Path file = folder.resolve("study.causal");
        Files.writeString(file, script);
        List<String> printed = new ArrayList<>();
        Optional<RunFailure> failure = Runner.run(Analysis.of(new SourceText(file.toString(), script),
                new HeaderSchemas()), RunOptions.DEFAULTS, r -> printed.add(TextReport.format(r)));
        assertThat(failure).isEmpty();
        assertThat(printed).hasSize(1);
        return printed;
    }
}

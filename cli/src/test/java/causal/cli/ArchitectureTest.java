package causal.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Dependencies point one way (ARCHITECTURE.md): checked on the imports of every main source file. */
class ArchitectureTest {

    @Test
    void theStdlibKnowsNothingOfTheLanguage() throws IOException {
        assertThat(imports("stdlib/src/main/java", "org.antlr", "com.oracle.truffle", "org.graalvm", "causal.syntax",
                "causal.analysis", "causal.runtime")).isEmpty();
    }

    @Test
    void theGrammarKnowsNothingOfTheStdlibOrTruffle() throws IOException {
        assertThat(imports("grammar/src/main/java", "com.oracle.truffle", "causal.data", "causal.graph",
                "causal.estimate", "causal.analysis")).isEmpty();
    }

    @Test
    void theAnalysisCoreNeverTouchesTruffleOrAFrontEnd() throws IOException {
        assertThat(imports("interpreter/src/main/java/causal/analysis", "com.oracle.truffle", "org.graalvm",
                "org.jline", "org.eclipse.lsp4j", "causal.runtime", "causal.output")).isEmpty();
    }

    private static List<String> imports(String dir, String... forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        Path root = CliRun.ROOT.resolve(dir);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    for (String pkg : forbidden) {
                        if (line.startsWith("import " + pkg + ".") || line.startsWith("import static " + pkg + ".")) {
                            found.add(CliRun.ROOT.relativize(f) + ": " + line);
                        }
                    }
                }
            }
        }
        return found;
    }
}

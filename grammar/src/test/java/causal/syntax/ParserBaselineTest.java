package causal.syntax;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parser baselines (STYLE.md §8): each {@code parse/NAME.causal} has {@code NAME.tree}, the printed syntax
 * tree, and {@code NAME.errors} when it has syntax errors. Run with {@code -Dgolden.update=true} to rewrite
 * them, then read every changed line.
 */
class ParserBaselineTest {
    private static final Path BASELINES = Path.of("src/test/resources/parse");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyScriptParsesToItsBaseline() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(BASELINES)) {
            scripts = files.filter(p -> p.toString().endsWith(".causal")).sorted().toList();
        }
        assertThat(scripts).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(),
                () -> checkBaseline(script)));
    }

    private static void checkBaseline(Path script) throws IOException {
        String name = script.getFileName().toString();
        ParseResult result = ScriptParser.parse(
                new SourceText(name, Files.readString(script, StandardCharsets.UTF_8)));
        String tree = SyntaxTreePrinter.print(result.script());
        String errors = result.diagnostics().stream().map(ParserBaselineTest::errorLine)
                .collect(Collectors.joining());
        Path treeFile = sibling(script, ".tree");
        Path errorsFile = sibling(script, ".errors");
        if (UPDATE) {
            Files.writeString(treeFile, tree, StandardCharsets.UTF_8);
            if (errors.isEmpty()) {
                Files.deleteIfExists(errorsFile);
            } else {
                Files.writeString(errorsFile, errors, StandardCharsets.UTF_8);
            }
            return;
        }
        assertThat(tree).as("syntax tree of %s", name).isEqualTo(Files.readString(treeFile, StandardCharsets.UTF_8));
        String expectedErrors = Files.exists(errorsFile) ? Files.readString(errorsFile, StandardCharsets.UTF_8) : "";
        assertThat(errors).as("syntax errors of %s", name).isEqualTo(expectedErrors);
    }

    private static String errorLine(Diagnostic d) {
        Span s = d.span();
        return s.source() + ":" + s.line() + ":" + s.column() + ": " + d.severity().name().toLowerCase() + ": "
                + d.message() + "\n";
    }

    private static Path sibling(Path script, String extension) {
        String file = script.getFileName().toString();
        return script.resolveSibling(file.substring(0, file.length() - ".causal".length()) + extension);
    }
}

package causal.syntax;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code causal fmt}: one layout, comments kept, and never a change of meaning. */
class FormatterTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void spacingIsNormalisedAndBlocksAreIndented() {
        String messy = """
                data   d=csv( "study.csv" )   where age>=18
                dag g{
                age->treat
                    educ ->   treat
                treat->y   // the effect
                }
                estimate ATE of treat on y in d under g adjust by{age,educ}using psm( caliper=0.05 )
                """;
        assertThat(Formatter.format(messy)).isEqualTo("""
                data d = csv("study.csv") where age >= 18
                dag g {
                  age   -> treat
                  educ  -> treat
                  treat -> y  // the effect
                }
                estimate ATE of treat on y in d under g adjust by {age, educ} using psm(caliper = 0.05)
                """);
    }

    @Test
    void aLongEstimateGetsOneClausePerLineAndParenthesesAlign() {
        String text = "estimate ATT of treatment_received on earnings_1978 in national_supported_work under jobs "
                + "adjust by backdoor using psm(caliper = 0.05, replace = true)\n"
                + "design d = experiment(arm = v,\ncontrol = \"A\")\n";
        assertThat(Formatter.format(text)).isEqualTo("""
                estimate ATT of treatment_received on earnings_1978
                    in national_supported_work
                    under jobs
                    adjust by backdoor
                    using psm(caliper = 0.05, replace = true)
                design d = experiment(arm = v,
                                      control = "A")
                """);
    }

    @Test
    void aMetricsListKeepsItsListLengthsAttached() {
        assertThat(Formatter.format("evaluate mf on r split 0.2 metrics rmse, precision @ 10,ndcg@10\n"))
                .isEqualTo("evaluate mf on r split 0.2 metrics rmse, precision@10, ndcg@10\n");
    }

    @Test
    void commentsAndOneBlankLineSurvive() {
        String text = "// a study\n\n\n/* block\n   comment */\ndata d = csv(\"x.csv\")  // trailing\n";
        assertThat(Formatter.format(text)).isEqualTo("// a study\n\n/* block\n   comment */\n"
                + "data d = csv(\"x.csv\")  // trailing\n");
    }

    @Test
    void aScriptWithASyntaxErrorIsLeftAlone() {
        String broken = "estimate ATE of\n";
        assertThat(Formatter.format(broken)).isEqualTo(broken);
    }

    @Test
    void everyScriptOfTheProjectKeepsItsMeaningAndFormatsToAFixedPoint() throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (String dir : List.of("examples", "grammar/src/test/resources/parse", "interpreter/src/test/resources/golden",
                "../shared/conformance/cases")) {
            Path d = ROOT.resolve(dir).normalize();
            if (Files.isDirectory(d)) {
                try (Stream<Path> files = Files.walk(d)) {
                    files.filter(p -> p.toString().endsWith(".causal")).forEach(scripts::add);
                }
            }
        }
        assertThat(scripts).hasSizeGreaterThan(100);
        for (Path script : scripts) {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            ParseResult before = ScriptParser.parse(new SourceText("s", text));
            if (before.diagnostics().stream().anyMatch(Diagnostic::isError)) {
                assertThat(Formatter.format(text)).as(script.toString()).isEqualTo(text);
                continue;
            }
            String once = Formatter.format(text);
            assertThat(Formatter.format(once)).as("idempotent: " + script).isEqualTo(once);
            ParseResult after = ScriptParser.parse(new SourceText("s", once));
            assertThat(withoutPlaces(SyntaxTreePrinter.print(after.script()))).as("same tree: " + script)
                    .isEqualTo(withoutPlaces(SyntaxTreePrinter.print(before.script())));
            assertThat(commentsOf(once)).as("comments kept: " + script).isEqualTo(commentsOf(text));
        }
    }

    private static String withoutPlaces(String tree) {
        return tree.replaceAll("@\\d+:\\d+(\\+\\d+)?", "").replaceAll("(?m)^\\s+", "");
    }

    private static List<String> commentsOf(String text) {
        return SourceTokens.of(text).stream().filter(t -> t.kind() == SourceTokens.Kind.COMMENT)
                .map(SourceTokens.Token::text).toList();
    }
}

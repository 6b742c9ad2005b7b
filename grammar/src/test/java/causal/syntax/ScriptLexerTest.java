package causal.syntax;

import causal.syntax.antlr.CausalLexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written lexer reads every text into exactly the tokens of the lexer ANTLR generates from the grammar:
 * type, channel, start and stop, line, column and text, up to and including the end-of-file token.
 */
class ScriptLexerTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Pieces random texts are made of: every kind of token, its near misses, and what no rule takes. */
    private static final List<String> PIECES = List.of(
            "estimate", "ATE", "ATT", "data", "dag", "of", "on", "using", "n", "seed", "by", "iv", "LATE", "ate",
            "x", "re78", "_u", "pre.period", "data.x", "a.", ".b", "a..b", "lo", "..", ".", "0..5", "0.0..0.5",
            "1", "12", "1.5", "1.", "1e3", "1E-2", "1e", "1e+", "2.5e+10", "20%", "%", "1.5%",
            "\"", "\"text\"", "\"a\\\"b\"", "\"a\\", "\\", "\\n", "`", "``", "`odd name`", "`x",
            "/", "*", "/*", "*/", "/* c */", "/**/", "//", "// c", "**",
            "<->", "->", "<-", "<=", ">=", "==", "!=", "<", ">", "=", "~", "&&", "||", "&", "|", "!", "+", "-",
            "^", "@", ",", ";", "(", ")", "{", "}", "[", "]", "#", "$", "?", ":", "'",
            " ", "  ", "\t", "\n", "\r\n", "\r", "\f", "\u000B", "é", "λ", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0000");

    @Test
    void everyScriptOfTheProjectLexesAsTheGrammarSays() throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (String dir : List.of("examples", "grammar/src/test/resources", "interpreter/src/test/resources",
                "cli/src/test/resources", "bench", "../shared/conformance/cases")) {
            Path d = ROOT.resolve(dir).normalize();
            if (Files.isDirectory(d)) {
                try (Stream<Path> files = Files.walk(d)) {
                    files.filter(p -> p.toString().endsWith(".causal")).forEach(scripts::add);
                }
            }
        }
        assertThat(scripts).hasSizeGreaterThan(200);
        for (Path script : scripts) {
            assertSameTokens(Files.readString(script, StandardCharsets.UTF_8), script.toString());
        }
    }

    @Test
    void randomTextLexesAsTheGrammarSays() {
        SplittableRandom random = new SplittableRandom(20261204);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                if (random.nextInt(8) == 0) {
                    text.append((char) random.nextInt(32, 127));
                } else {
                    text.append(PIECES.get(random.nextInt(PIECES.size())));
                }
            }
            assertSameTokens(text.toString(), "random text " + i);
        }
    }

    @Test
    void edgesOfEachRule() {
        for (String text : List.of("", "a", "a.", "a.b.", "1.e5", "1..", "\"", "\"abc\\", "\"abc\\\n\"", "`",
                "``", "`a`", "` `", "/*", "/*/", "/* a ** b", "/* a **/", "//", "<-->", "!==", "..." , "é.a")) {
            assertSameTokens(text, text);
        }
    }

    @Test
    void theSourceNameTravelsWithTheTokens() {
        TokenSource lexer = ScriptLexer.of("estimate ATE", "study.causal");
        assertThat(lexer.getSourceName()).isEqualTo("study.causal");
        assertThat(lexer.nextToken().getInputStream().getSourceName()).isEqualTo("study.causal");
    }

    private static void assertSameTokens(String text, String what) {
        List<String> expected = describe(new CausalLexer(CharStreams.fromString(text)));
        List<String> actual = describe(ScriptLexer.of(text, "text"));
        assertThat(actual).as(what).isEqualTo(expected);
    }

    private static List<String> describe(TokenSource lexer) {
        List<String> out = new ArrayList<>();
        while (true) {
            Token t = lexer.nextToken();
            out.add(t.getType() + "/" + t.getChannel() + " " + t.getStartIndex() + ".." + t.getStopIndex() + " @"
                    + t.getLine() + ":" + t.getCharPositionInLine() + " [" + t.getText() + "]");
            if (t.getType() == Token.EOF) {
                return out;
            }
        }
    }
}

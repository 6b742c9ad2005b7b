package causal.syntax;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SyntaxErrorTest {

    private static ParseResult parse(String text) {
        return ScriptParser.parse(new SourceText("t.causal", text));
    }

    private static Diagnostic onlyError(String text) {
        ParseResult result = parse(text);
        assertThat(result.diagnostics()).hasSize(1);
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(DiagnosticCode.SYNTAX_ERROR);
        assertThat(d.isError()).isTrue();
        assertThat(d.span().source()).isEqualTo("t.causal");
        return d;
    }

    private static String at(Diagnostic d) {
        return d.span().line() + ":" + d.span().column();
    }

    @Test
    void missingOfSaysWhatComesAfterTheEstimandWithAnExample() {
        Diagnostic d = onlyError("data nsw = csv(\"x.csv\")\nestimate ATE treat on re78");
        assertThat(at(d)).isEqualTo("2:14");
        assertThat(d.span().length()).isEqualTo("treat".length());
        assertThat(d.message()).startsWith("expected 'of' after the estimand, as in: estimate ATE of treat on re78");
    }

    @Test
    void unknownStatementListsTheWordsAStatementStartsWith() {
        Diagnostic d = onlyError("print a\n  frobnicate x");
        assertThat(at(d)).isEqualTo("2:3");
        assertThat(d.message()).isEqualTo("unexpected 'frobnicate': a statement starts with one of: "
                + StatementBoundaries.STATEMENT_WORDS);
    }

    @Test
    void unclosedDagBlockNamesWhereItOpenedAndTheNextStatementStillParses() {
        ParseResult r = parse("data d = csv(\"x.csv\")\ndag g {\n  a -> b\ndata e = d where a > 1\nprint e");
        assertThat(r.diagnostics()).hasSize(1);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.message()).isEqualTo("unclosed '{' of the dag block opened at 2:7");
        assertThat(at(d)).isEqualTo("4:1");
        assertThat(r.script().statements()).extracting(s -> s.getClass().getSimpleName())
                .containsExactly("Data", "Data", "Print");
    }

    @Test
    void unclosedBlockAtTheEndOfTheScriptIsReportedThere() {
        Diagnostic d = onlyError("model m {\n  x ~ normal(0, 1)\n");
        assertThat(d.message()).isEqualTo("unclosed '{' of the model block opened at 1:9");
        assertThat(at(d)).isEqualTo("3:1");
    }

    @Test
    void unterminatedStringIsReportedAtItsQuote() {
        Diagnostic d = onlyError("data d = csv(\"lalonde.csv)\nprint d");
        assertThat(at(d)).isEqualTo("1:14");
        assertThat(d.message()).startsWith("unterminated string");
    }

    @Test
    void duplicateClauseNamesTheClause() {
        Diagnostic d = onlyError("estimate ATE of t on y in a under g in b");
        assertThat(d.message()).isEqualTo("the 'in' clause is given twice: an estimate takes each clause at most once");
        assertThat(at(d)).isEqualTo("1:37");
    }

    @Test
    void everyBrokenStatementIsReportedAndTheGoodOnesKept() {
        String text = String.join("\n",
                "print a",
                "estimate ATE of t y",
                "print b",
                "identify ATE of t on",
                "print c",
                "plot x \"f.svg\"",
                "print d");
        ParseResult r = parse(text);
        assertThat(r.diagnostics()).extracting(SyntaxErrorTest::at).containsExactly("2:19", "5:1", "6:8");
        assertThat(r.diagnostics().get(1).message()).isEqualTo(
                "expected a name or '{' after 'on', as in: identify ATE of educ on lwage under wages");
        assertThat(r.diagnostics().get(2).message()).startsWith("expected 'of' or 'to' after 'x'");
        assertThat(r.script().statements()).extracting(s -> ((Stmt.Print) s).subject().text())
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void aStrayWordAfterACompleteStatementIsCalledOut() {
        Diagnostic d = onlyError("estimate ATE of t on y using ols extra");
        assertThat(at(d)).isEqualTo("1:34");
        assertThat(d.message()).startsWith("unexpected 'extra' after the end of a statement: a statement starts with");
    }

    @Test
    void missingAdjustmentStrategySaysWhichStrategiesThereAre() {
        Diagnostic d = onlyError("estimate ATE of t on y adjust by");
        assertThat(d.message()).startsWith("expected an adjustment strategy after 'by': backdoor, frontdoor, iv, none");
    }

    /** Mutated scripts never make the parser throw, and every message is worded for users. */
    @Test
    void parserNeverThrowsAndNeverShowsAntlrWording() {
        String base = "data nsw = csv(\"x.csv\") where age >= 18 with { y = log(re74 + 1) }\n"
                + "dag jobs { age, educ -> treat  age -> re78 <- treat  u [latent] }\n"
                + "model m { latent u ~ normal(0, 1)  y = -x^2 + if(a, [1, 2], {3}) }\n"
                + "let e = estimate CATE of {t} on y by a, b in nsw under jobs adjust by backdoor {age} using ols(se = hc1)\n"
                + "evaluate mf on r split 20% seed 7 metrics precision@10 ; target e top 0.0..0.5\n";
        String[] pieces = {"(", ")", "{", "}", "[", "]", ",", "=", "->", "\"", "`", "/*", "of", "on", "data", "'",
                "estimate", "ATE", "by", "@", "%", "..", "~", "\n", ";", "1e", "x"};
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 1500; round++) {
            StringBuilder text = new StringBuilder(base);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(text.length());
                if (random.nextBoolean()) {
                    text.insert(at, pieces[random.nextInt(pieces.length)]);
                } else {
                    text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(6)));
                }
            }
            String script = text.toString();
            ParseResult r = parse(script);
            for (Diagnostic d : r.diagnostics()) {
                assertThat(d.message()).as(script)
                        .doesNotContain("mismatched input", "expecting", "no viable alternative", "extraneous input",
                                "missing ", "token recognition")
                        .doesNotEndWith(".")
                        .matches(m -> Character.isLowerCase(m.charAt(0)) || m.charAt(0) == '\'', "starts lower case");
                assertThat(d.span().offset() + d.span().length()).as(script).isLessThanOrEqualTo(script.length());
                assertThat(d.span().line()).isPositive();
            }
        }
    }

    @Test
    void reportsComeInSourceOrder() {
        ParseResult r = parse("print\nprint 'x'\nestimate ATE of a on b adjust by backdoor {\nprint z");
        List<Integer> offsets = r.diagnostics().stream().map(d -> d.span().offset()).toList();
        assertThat(offsets).isSorted().hasSize(3);
    }
}

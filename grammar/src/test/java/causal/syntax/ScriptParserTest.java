package causal.syntax;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptParserTest {

    static ParseResult parse(String text) {
        return ScriptParser.parse(new SourceText("t.causal", text));
    }

    static Stmt only(String text) {
        ParseResult result = parse(text);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.script().statements()).hasSize(1);
        return result.script().statements().get(0);
    }

    private static String textOf(String text, Span span) {
        return text.substring(span.offset(), span.offset() + span.length());
    }

    @Test
    void statementSpanCoversItsTextAndNameSpansCoverJustTheIdentifier() {
        String text = "// jobs\n\nlet m = estimate ATT of treat on re78 in nsw\n    using psm(caliper = 0.05)  // why\n";
        Stmt.Estimate e = (Stmt.Estimate) only(text);
        assertThat(textOf(text, e.span()))
                .isEqualTo("let m = estimate ATT of treat on re78 in nsw\n    using psm(caliper = 0.05)");
        assertThat(e.span().line()).isEqualTo(3);
        assertThat(e.span().column()).isEqualTo(1);
        Name treat = e.treatments().get(0);
        assertThat(treat.text()).isEqualTo("treat");
        assertThat(textOf(text, treat.span())).isEqualTo("treat");
        assertThat(treat.span().line()).isEqualTo(3);
        assertThat(treat.span().column()).isEqualTo(25);
        Expr.Call psm = e.estimator().orElseThrow();
        assertThat(textOf(text, psm.span())).isEqualTo("psm(caliper = 0.05)");
        assertThat(psm.span().line()).isEqualTo(4);
        assertThat(psm.span().column()).isEqualTo(11);
        assertThat(textOf(text, psm.args().get(0).span())).isEqualTo("caliper = 0.05");
        assertThat(textOf(text, psm.args().get(0).value().span())).isEqualTo("0.05");
    }

    @Test
    void backtickedNameSpanIncludesTheBackticksButItsTextDoesNot() {
        String text = "print `pre-period spend`";
        Stmt.Print print = (Stmt.Print) only(text);
        assertThat(print.subject().text()).isEqualTo("pre-period spend");
        assertThat(textOf(text, print.subject().span())).isEqualTo("`pre-period spend`");
        assertThat(print.subject().span().column()).isEqualTo(7);
    }

    @Test
    void dataSourceSpansGrowWithEachWhereAndWith() {
        String text = "data adult = nsw where age >= 18 with { young = age < 25 }";
        Stmt.Data data = (Stmt.Data) only(text);
        Stmt.DataSource.With with = (Stmt.DataSource.With) data.source();
        assertThat(textOf(text, with.span())).isEqualTo("nsw where age >= 18 with { young = age < 25 }");
        Stmt.DataSource.Where where = (Stmt.DataSource.Where) with.input();
        assertThat(textOf(text, where.span())).isEqualTo("nsw where age >= 18");
        assertThat(textOf(text, where.condition().span())).isEqualTo("age >= 18");
        assertThat(textOf(text, with.assignments().get(0).span())).isEqualTo("young = age < 25");
        assertThat(((Stmt.DataSource.Ref) where.input()).name().text()).isEqualTo("nsw");
    }

    @Test
    void spansCountJavaCharsEvenAfterACharacterOutsideTheBasicPlane() {
        String text = "// \uD83D\uDE00 smile\nprint e1 /* \uD83D\uDE00 */ print e2";
        ParseResult result = parse(text);
        assertThat(result.diagnostics()).isEmpty();
        Stmt.Print second = (Stmt.Print) result.script().statements().get(1);
        assertThat(second.subject().span().offset()).isEqualTo(text.lastIndexOf("e2"));
        assertThat(textOf(text, second.span())).isEqualTo("print e2");
        assertThat(second.span().column()).isEqualTo(text.lastIndexOf("print") - text.indexOf('\n'));
    }

    @Test
    void softKeywordsWorkAsColumnNames() {
        String text = "data d = raw where time > 0 and n < 10 with { seed = by + top, user = split * 2 }\n"
                + "estimate ATE of time on n in d controlling for {seed, user, offline}";
        ParseResult result = parse(text);
        assertThat(result.diagnostics()).isEmpty();
        Stmt.Estimate e = (Stmt.Estimate) result.script().statements().get(1);
        assertThat(e.treatments()).extracting(Name::text).containsExactly("time");
        assertThat(e.outcomes()).extracting(Name::text).containsExactly("n");
        assertThat(e.controls()).extracting(Name::text).containsExactly("seed", "user", "offline");
        Stmt.Data d = (Stmt.Data) result.script().statements().get(0);
        Stmt.DataSource.With with = (Stmt.DataSource.With) d.source();
        assertThat(with.assignments()).extracting(a -> a.name().text()).containsExactly("seed", "user");
        assertThat(SyntaxTreePrinter.print(((Stmt.DataSource.Where) with.input()).condition()))
                .isEqualTo("(and (> time 0) (< n 10))");
    }

    @Test
    void statementKeywordsThatAreCommonColumnNamesWorkAsNames() {
        Stmt.Dag dag = (Stmt.Dag) only("dag g { data, model, test -> target <- policy, power, design, engine }");
        Stmt.DagBody.Block block = (Stmt.DagBody.Block) dag.body();
        assertThat(block.lines()).hasSize(1);
        assertThat(block.lines().get(0).groups().get(1)).extracting(n -> n.name().text()).containsExactly("target");
    }

    @Test
    void estimandWordsWorkAsNames() {
        Stmt.Estimate e = (Stmt.Estimate) only("let ATE = estimate ATT of CATE on LATE in ATC");
        assertThat(e.name().orElseThrow().text()).isEqualTo("ATE");
        assertThat(e.estimand().kind()).isEqualTo(Stmt.EstimandKind.ATT);
        assertThat(e.treatments().get(0).text()).isEqualTo("CATE");
        assertThat(e.outcomes().get(0).text()).isEqualTo("LATE");
        assertThat(e.data().orElseThrow().text()).isEqualTo("ATC");
    }

    @Test
    void newlinesAndSemicolonsAreEquallyGoodStatementEnds() {
        ParseResult lines = parse("print a\nprint b\nprint c");
        ParseResult oneLine = parse("print a; print b;; print c;");
        ParseResult spaces = parse("print a print b print c");
        for (ParseResult r : List.of(lines, oneLine, spaces)) {
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.script().statements()).extracting(s -> ((Stmt.Print) s).subject().text())
                    .containsExactly("a", "b", "c");
        }
    }

    @Test
    void anEmptyScriptOrOneOfCommentsHasNoStatementsAndNoErrors() {
        for (String text : List.of("", "  \n\n", "// only a comment", "/* a\nblock */\n// and a line")) {
            ParseResult r = parse(text);
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.script().statements()).isEmpty();
            assertThat(r.hasErrors()).isFalse();
        }
    }

    @Test
    void dagLinesEndWhereANodeIsFollowedByNeitherCommaNorArrow() {
        Stmt.Dag dag = (Stmt.Dag) only("dag wages { fatheduc -> educ -> lwage <- exper ability [latent] ability -> educ }");
        Stmt.DagBody.Block block = (Stmt.DagBody.Block) dag.body();
        assertThat(block.lines()).hasSize(3);
        Stmt.DagLine first = block.lines().get(0);
        assertThat(first.arrows()).containsExactly(Stmt.Arrow.FORWARD, Stmt.Arrow.FORWARD, Stmt.Arrow.BACKWARD);
        assertThat(first.groups()).hasSize(4);
        Stmt.DagLine declaration = block.lines().get(1);
        assertThat(declaration.arrows()).isEmpty();
        assertThat(declaration.groups().get(0).get(0).attributes()).extracting(Name::text).containsExactly("latent");
    }
}

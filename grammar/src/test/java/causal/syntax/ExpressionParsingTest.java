package causal.syntax;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpressionParsingTest {

    /** The expression as the right-hand side of a model line. */
    private static Expr expr(String text) {
        Stmt.Model model = (Stmt.Model) ScriptParserTest.only("model m { v = " + text + " }");
        return model.lines().get(0).value();
    }

    private static String sexpr(String text) {
        return SyntaxTreePrinter.print(expr(text));
    }

    @Test
    void powerBindsTighterThanUnaryMinusAndIsRightAssociative() {
        assertThat(sexpr("-x^2")).isEqualTo("(- (^ x 2))");
        assertThat(sexpr("2^3^2")).isEqualTo("(^ 2 (^ 3 2))");
        assertThat(sexpr("2^-x")).isEqualTo("(^ 2 (- x))");
    }

    @Test
    void arithmeticHasTheUsualPrecedenceAndLeftAssociativity() {
        assertThat(sexpr("a - b - c")).isEqualTo("(- (- a b) c)");
        assertThat(sexpr("a + b * c / d")).isEqualTo("(+ a (/ (* b c) d))");
        assertThat(sexpr("-a * b")).isEqualTo("(* (- a) b)");
        assertThat(sexpr("(a + b) * c")).isEqualTo("(* (+ a b) c)");
    }

    @Test
    void logicBindsLooserThanComparisonAndSymbolsAreSynonyms() {
        assertThat(sexpr("not a < 1 and b or c")).isEqualTo("(or (and (not (< a 1)) b) c)");
        assertThat(sexpr("!a < 1 && b || c")).isEqualTo("(or (and (not (< a 1)) b) c)");
        assertThat(sexpr("a <= 1 == b")).isEqualTo("(== (<= a 1) b)");
        assertThat(sexpr("a != b")).isEqualTo("(!= a b)");
    }

    @Test
    void numbersPercentagesAndExponentsReadAsWritten() {
        Expr.Number exp = (Expr.Number) expr("1e-3");
        assertThat(exp.value()).isEqualTo(0.001);
        assertThat(exp.percent()).isFalse();
        Expr.Number percent = (Expr.Number) expr("20%");
        assertThat(percent.value()).isEqualTo(0.2);
        assertThat(percent.percent()).isTrue();
        assertThat(percent.span().length()).isEqualTo(3);
        assertThat(((Expr.Number) expr("0.05")).value()).isEqualTo(0.05);
    }

    @Test
    void rangesAreNotMisreadAsDecimalPoints() {
        assertThat(sexpr("0.0..0.5")).isEqualTo("(.. 0 0.5)");
        assertThat(sexpr("0..5")).isEqualTo("(.. 0 5)");
        assertThat(sexpr("lo..hi")).isEqualTo("(.. lo hi)");
        assertThat(sexpr("a.b")).isEqualTo("a.b");
        Expr.Range range = (Expr.Range) expr("1 + 1..2 * 3");
        assertThat(SyntaxTreePrinter.print(range.low())).isEqualTo("(+ 1 1)");
        assertThat(SyntaxTreePrinter.print(range.high())).isEqualTo("(* 2 3)");
    }

    @Test
    void stringsUnescapeQuotesAndBackslashesAndKeepOtherBackslashes() {
        assertThat(((Expr.Str) expr("\"say \\\"hi\\\" \\\\ \\d\"")).value()).isEqualTo("say \"hi\" \\ \\d");
    }

    @Test
    void callsTakePositionalAndNamedArguments() {
        Expr.Call call = (Expr.Call) expr("f(a, name = b == c, [1, 2], {x, y}, true)");
        assertThat(call.function().text()).isEqualTo("f");
        assertThat(call.args()).hasSize(5);
        assertThat(call.args().get(0).name()).isEmpty();
        assertThat(call.args().get(1).name().orElseThrow().text()).isEqualTo("name");
        assertThat(SyntaxTreePrinter.print(call.args().get(1).value())).isEqualTo("(== b c)");
        assertThat(call.args().get(2).value()).isInstanceOf(Expr.ListLit.class);
        assertThat(call.args().get(3).value()).isInstanceOf(Expr.SetLit.class);
        assertThat(((Expr.Bool) call.args().get(4).value()).value()).isTrue();
    }

    @Test
    void binarySpanCoversBothOperandsIncludingParentheses() {
        String text = "model m { v = (a + b) * c }";
        Stmt.Model model = (Stmt.Model) ScriptParserTest.only(text);
        Expr.Binary product = (Expr.Binary) model.lines().get(0).value();
        assertThat(text.substring(product.span().offset(), product.span().offset() + product.span().length()))
                .isEqualTo("(a + b) * c");
    }
}

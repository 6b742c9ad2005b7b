package causal.syntax;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens for editors: kinds for colouring, and whether the REPL should keep reading. */
class SourceTokensTest {
    @Test
    void wordsOfTheGrammarAreKeywordsAndColumnsAreIdentifiers() {
        var tokens = SourceTokens.of("estimate ATE of treat on re78 using psm(caliper = 0.05) // why");
        assertThat(tokens).extracting(SourceTokens.Token::kind).startsWith(SourceTokens.Kind.KEYWORD,
                SourceTokens.Kind.KEYWORD, SourceTokens.Kind.KEYWORD, SourceTokens.Kind.IDENTIFIER);
        assertThat(tokens.get(tokens.size() - 1).kind()).isEqualTo(SourceTokens.Kind.COMMENT);
        assertThat(tokens).filteredOn(t -> t.text().equals("0.05")).singleElement()
                .satisfies(t -> assertThat(t.kind()).isEqualTo(SourceTokens.Kind.NUMBER));
        assertThat(SourceTokens.keywords()).contains("estimate", "adjust", "backdoor", "dag", "ATE")
                .doesNotContain("psm");
    }

    @Test
    void anOpenBracketOrATrailingOperatorAsksForMore() {
        assertThat(SourceTokens.isComplete("dag g {\n  x -> y")).isFalse();
        assertThat(SourceTokens.isComplete("dag g {\n  x -> y\n}")).isTrue();
        assertThat(SourceTokens.isComplete("design d = experiment(arm = v,")).isFalse();
        assertThat(SourceTokens.isComplete("data d = csv(\"a.csv\") with { z = x +")).isFalse();
        assertThat(SourceTokens.isComplete("estimate ATE of t on y")).isTrue();
        assertThat(SourceTokens.isComplete("/* a comment")).isFalse();
        assertThat(SourceTokens.isComplete("print e  // done")).isTrue();
        assertThat(SourceTokens.isComplete("")).isTrue();
    }
}

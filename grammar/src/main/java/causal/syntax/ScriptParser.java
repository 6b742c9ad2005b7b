package causal.syntax;

import causal.syntax.antlr.CausalLexer;
import causal.syntax.antlr.CausalParser;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;

/** Parses a script into syntax-tree records. Never throws for user input: every syntax error is a diagnostic. */
public final class ScriptParser {

    private ScriptParser() {
    }

    /**
     * Parses {@code source}, reporting the first syntax error of every broken statement and keeping every
     * statement that parsed.
     */
    public static ParseResult parse(SourceText source) {
        CommonTokenStream tokens = new CommonTokenStream(ScriptLexer.of(source.text(), source.name()));
        tokens.fill();
        CausalParser parser = new CausalParser(tokens);
        parser.removeErrorListeners();

        SourceSpans spans = new SourceSpans(source);
        StatementBoundaries boundaries = new StatementBoundaries(tokens);
        List<Diagnostic> diagnostics = new ArrayList<>();
        StatementErrorStrategy errors = new StatementErrorStrategy(
                new SyntaxErrorMessages(spans, boundaries, new UnclosedBrackets(tokens, boundaries)), diagnostics);
        parser.setErrorHandler(errors);
        SyntaxTreeBuilder builder = new SyntaxTreeBuilder(spans);

        List<Stmt> statements = new ArrayList<>();
        while (tokens.LA(1) != Token.EOF) {
            if (tokens.LA(1) == CausalLexer.SEMI) {
                tokens.consume();
                continue;
            }
            int start = tokens.index();
            try {
                statements.add(builder.statement(parser.statement()));
            } catch (StatementErrorStrategy.StatementAbandoned abandoned) {
                errors.reset(parser);
                tokens.seek(boundaries.resumeAfter(start));
            } catch (SyntaxRejection rejected) {
                diagnostics.add(rejected.diagnostic());
            }
        }
        return new ParseResult(new Script(source, statements), diagnostics);
    }
}

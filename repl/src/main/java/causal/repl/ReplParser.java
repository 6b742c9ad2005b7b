package causal.repl;

import causal.syntax.SourceTokens;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits input for JLine and keeps reading while a statement is unfinished: a bracket or block left open, a
 * trailing comma, operator or arrow (the same lexer as the language decides). Commands ({@code :help}) are
 * always one line.
 */
final class ReplParser extends DefaultParser {
    private Runnable beforeContinuation = () -> { };

    ReplParser() {
        setEofOnUnclosedQuote(false);
        setEofOnEscapedNewLine(false);
    }

    /** Tests type the next line when the REPL asks for the rest of a statement. */
    void beforeContinuation(Runnable hook) {
        this.beforeContinuation = hook;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(":") && !SourceTokens.isComplete(line)) {
            beforeContinuation.run();
            throw new EOFError(-1, -1, "the statement goes on", "…");
        }
        return super.parse(line, cursor, context);
    }
}

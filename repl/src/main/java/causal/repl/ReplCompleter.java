package causal.repl;

import causal.analysis.Completions;
import causal.runtime.Interactive;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;

/**
 * Tab completion from the session's analysis: keywords, estimators and options, and every dataset, column, DAG,
 * node, model, design and result declared so far; REPL commands after a colon.
 */
final class ReplCompleter implements Completer {
    private final Interactive session;

    ReplCompleter(Interactive session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0 && line.word().startsWith(":")) {
            for (ReplCommands.Command c : ReplCommands.Command.values()) {
                candidates.add(new Candidate(":" + c.word(), ":" + c.word(), "command", c.summary(), null, null,
                        true));
            }
            return;
        }
        for (Completions.Candidate c : Completions.of(session.analysis())) {
            candidates.add(new Candidate(c.text(), c.text(), c.kind(), c.detail().isEmpty() ? null : c.detail(),
                    null, null, true));
        }
    }
}

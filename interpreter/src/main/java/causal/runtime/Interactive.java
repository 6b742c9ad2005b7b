package causal.runtime;

import causal.analysis.Analysis;
import causal.analysis.GraphCache;
import causal.analysis.SchemaProvider;
import causal.output.ResultSink;
import causal.syntax.Diagnostic;
import causal.syntax.SourceText;
import causal.syntax.Span;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session that takes a script one input at a time, as the REPL does. Each input is checked together with every
 * input accepted before it (one analysis core: the same checker as {@code causal check}, where {@code in} and
 * {@code under} left out mean the most recent dataset and DAG), then only its own statements run, binding into
 * values that persist. An input with a check error or a runtime failure is not accepted; values its statements
 * bound before the failure stay until overwritten.
 */
public final class Interactive {
    /** The file name the session's text is checked under: relative data paths resolve against its folder. */
    public static final String SCRIPT_NAME = "repl.causal";

    /**
     * What became of one input: its diagnostics and failure with spans relative to the input itself, and whether
     * it was accepted into the session.
     */
    public record Submission(SourceText input, List<Diagnostic> diagnostics, Optional<RunFailure> failure,
                             boolean accepted) {
        public Submission {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError) || failure.isPresent();
        }
    }

    private final Path directory;
    private final SchemaProvider schemas;
    private final RunOptions options;
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final GraphCache graphs = new GraphCache();
    private String accepted = "";
    private Analysis analysis;

    public Interactive(Path directory, SchemaProvider schemas, RunOptions options) {
        this.directory = directory.toAbsolutePath();
        this.schemas = schemas;
        this.options = options;
        this.analysis = Analysis.of(source(""), schemas, true);
    }

    /** Checks {@code input} after everything accepted, and runs it if it checks; results go to {@code sink}. */
    public synchronized Submission submit(String input, ResultSink sink) {
        String prefix = accepted.isEmpty() || accepted.endsWith("\n") ? accepted : accepted + "\n";
        Analysis candidate = Analysis.of(source(prefix + input), schemas, true, graphs);
        int offset = prefix.length();
        int lines = (int) prefix.chars().filter(c -> c == '\n').count();
        SourceText own = new SourceText("<input>", input);
        List<Diagnostic> diagnostics = candidate.diagnostics().stream()
                .filter(d -> d.span().offset() >= offset).map(d -> shifted(d, offset, lines)).toList();
        if (candidate.hasErrors()) {
            return new Submission(own, diagnostics, Optional.empty(), false);
        }
        Optional<RunFailure> failure = Runner.run(new RunSession(candidate, options, sink, values, offset));
        if (Thread.currentThread().isInterrupted()) {
            // Cancelled (Ctrl-C in the REPL): whatever ran is kept as values, the input is not accepted.
            return new Submission(own, diagnostics, Optional.empty(), false);
        }
        if (failure.isPresent()) {
            Diagnostic d = failure.get().diagnostic();
            RunFailure local = new RunFailure(d.span().offset() >= offset ? shifted(d, offset, lines) : d,
                    failure.get().internal());
            return new Submission(own, diagnostics, Optional.of(local), false);
        }
        accepted = prefix + input;
        analysis = candidate;
        return new Submission(own, diagnostics, Optional.empty(), true);
    }

    /** The analysis of everything accepted so far: its declarations are the session's names. */
    public Analysis analysis() {
        return analysis;
    }

    /** The value a name is bound to (a dataset's table, an estimate's result), if it ran. */
    public Optional<Object> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Everything accepted so far, as one script. */
    public String text() {
        return accepted;
    }

    /** Forgets every input and value. */
    public synchronized void reset() {
        accepted = "";
        values.clear();
        analysis = Analysis.of(source(""), schemas, true);
    }

    private SourceText source(String text) {
        return new SourceText(directory.resolve(SCRIPT_NAME).toString(), text);
    }

    private static Diagnostic shifted(Diagnostic d, int offset, int lines) {
        Span s = d.span();
        Span local = new Span("<input>", s.line() - lines, s.column(), s.offset() - offset, s.length());
        return new Diagnostic(d.severity(), d.code(), local, d.message(), d.notes(), d.suggestion());
    }
}

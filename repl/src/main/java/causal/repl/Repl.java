package causal.repl;

import causal.analysis.HeaderSchemas;
import causal.output.DiagnosticText;
import causal.output.JsonLines;
import causal.output.Result;
import causal.output.TextReport;
import causal.runtime.Interactive;
import causal.runtime.RunOptions;
import causal.syntax.Diagnostic;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code causal repl}: statements typed one after another into one {@link Interactive} session (the same checker
 * and runtime as {@code causal run}). Multi-line input while a bracket is open, highlighting, completion, history
 * in the user's home, Ctrl-C cancels a running statement, and nothing but {@code :quit} or Ctrl-D leaves.
 */
public final class Repl {
    /** How results are printed. */
    enum Format { TEXT, JSON }

    static final String PROMPT = "causal> ";
    static final String CONTINUATION = "   ...> ";

    private final Terminal terminal;
    private final Interactive session;
    private final LineReader reader;
    private final PrintWriter out;
    private final ReplCommands commands;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "causal-repl-run");
        t.setDaemon(true);
        return t;
    });
    private Format format = Format.TEXT;
    private final ReplParser parser = new ReplParser();
    private Runnable beforeEachPrompt = () -> { };

    /**
     * A REPL on {@code terminal}; data paths resolve against {@code directory}; {@code history} is the file the
     * input history is kept in (null: none).
     */
    public Repl(Terminal terminal, Path directory, Path history, RunOptions options) {
        this.terminal = terminal;
        this.session = new Interactive(directory, new HeaderSchemas(), options);
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("causal")
                .parser(parser).highlighter(new ReplHighlighter()).completer(new ReplCompleter(session))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.INDENTATION, 2)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        this.reader = builder.build();
        this.out = terminal.writer();
        this.commands = new ReplCommands(this, out);
    }

    /** Loads {@code script} first if given, then reads until {@code :quit} or Ctrl-D. Returns the exit status 0. */
    public int run(Optional<Path> script) {
        causal.runtime.SharedEngine.prepareInBackground();   // while the user types the first statement
        out.println("Causal " + "0.1.0" + " — :help for help, :quit to leave");
        out.flush();
        script.ifPresent(file -> commands.run(":load " + file));
        while (true) {
            String input;
            beforeEachPrompt.run();
            try {
                input = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (input.isBlank()) {
                continue;
            }
            if (input.strip().startsWith(":")) {
                if (!commands.run(input)) {
                    break;
                }
            } else {
                submit(input);
            }
            out.flush();
        }
        worker.shutdownNow();
        out.flush();
        return 0;
    }

    /** Tests type their next line when the REPL waits for input again (a new statement or its rest). */
    void whenWaitingForInput(Runnable hook) {
        this.beforeEachPrompt = hook;
        parser.beforeContinuation(hook);
    }

    Interactive session() {
        return session;
    }

    void format(Format format) {
        this.format = format;
    }

    /** Checks and runs {@code text}, printing its results and diagnostics; Ctrl-C cancels the run. */
    void submit(String text) {
        run(text, true);
    }

    /** As {@link #submit}; {@code showWarnings} false keeps a command's own statement quiet about warnings. */
    void run(String text, boolean showWarnings) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean first = new AtomicBoolean(true);
        Future<Interactive.Submission> running = worker.submit(() -> session.submit(text, r -> {
            if (!cancelled.get()) {
                print(r, first.getAndSet(false));
            }
        }));
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            cancelled.set(true);
            running.cancel(true);
        });
        try {
            Interactive.Submission s = running.get();
            for (Diagnostic d : s.diagnostics()) {
                if (d.isError() || showWarnings) {
                    out.print(DiagnosticText.format(d, s.input()));
                }
            }
            s.failure().ifPresent(f -> out.print(DiagnosticText.format(f.diagnostic(), s.input())));
        } catch (CancellationException e) {
            out.println("cancelled");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            out.println("internal error: " + e.getCause());
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            out.flush();
        }
    }

    private void print(Result r, boolean first) {
        if (format == Format.JSON) {
            out.println(JsonLines.format(r));
        } else {
            if (!first) {
                out.println();
            }
            out.print(TextReport.format(r));
        }
        out.flush();
    }
}

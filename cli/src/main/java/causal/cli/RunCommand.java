package causal.cli;

import causal.analysis.Analysis;
import causal.output.DiagnosticText;
import causal.output.JsonLines;
import causal.output.Result;
import causal.output.ResultSink;
import causal.output.TextReport;
import causal.runtime.RunFailure;
import causal.runtime.RunOptions;
import causal.runtime.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code causal run FILE}: check, then run, printing each result as its statement finishes. */
@Command(name = "run", description = "Check a script, then run it.")
final class RunCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(paramLabel = "FILE", description = "the .causal script")
    Path file;

    @Option(names = "--format", description = "text (default) or json (one JSON object per result)")
    Format format = Format.text;

    @Option(names = "--seed", description = "seed for randomness the script does not seed itself (default 1)")
    long seed = RunOptions.DEFAULT_SEED;

    @Option(names = "--debug", description = "show the Java stack trace of an internal error")
    boolean debug;

    @Option(names = "--engine", description = "where estimates run: local (default), spark or spark:MASTER, e.g. "
            + "spark:local[*] or spark:spark://host:7077; an engine statement in the script wins")
    String engine = "";

    @Option(names = "--quiet", description = "no progress bars (they are drawn only when stderr is a terminal)")
    boolean quiet;

    @Override
    public Integer call() {
        Optional<Analysis> checked = ScriptFile.analyse(file);
        if (checked.isEmpty() || checked.get().hasErrors()) {
            return Main.CHECK_FAILED;
        }
        Analysis analysis = checked.get();
        ProgressBars.installIfTerminal(quiet);
        PrintStream out = System.out;
        ResultSink sink = format == Format.json
                ? r -> out.println(JsonLines.format(r))
                : new TextSink(out);
        Optional<RunFailure> failure = Runner.run(analysis, new RunOptions(seed, debug, engine.equals("local") ? "" : engine), sink);
        out.flush();
        if (failure.isEmpty()) {
            return Main.OK;
        }
        System.err.print(DiagnosticText.format(failure.get().diagnostic(), analysis.source()));
        if (debug) {
            failure.get().internal().ifPresent(t -> t.printStackTrace(System.err));
        }
        return Main.RUNTIME_ERROR;
    }

    /** Text results separated by a blank line. */
    private static final class TextSink implements ResultSink {
        private final PrintStream out;
        private boolean first = true;

        TextSink(PrintStream out) {
            this.out = out;
        }

        @Override
        public void accept(Result result) {
            if (!first) {
                out.println();
            }
            first = false;
            out.print(TextReport.format(result));
            out.flush();
        }
    }
}

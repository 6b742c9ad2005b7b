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
import causal.runtime.SharedEngine;
import causal.cli.CommandSpec.OptionSpec;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code causal run FILE}: check, then run, printing each result as its statement finishes. */
final class RunCommand {
    static final OptionSpec SEED = OptionSpec.value("--seed", "N",
            "seed for randomness the script does not seed itself (default 1)");
    static final CommandSpec SPEC = new CommandSpec("run", "Check a script, then run it.", List.of(
            OptionSpec.value("--format", "text|json", "text (default) or json (one JSON object per result)"),
            SEED,
            OptionSpec.value("--engine", "ENGINE", "where estimates run: local (default), spark or spark:MASTER, "
                    + "e.g. spark:local[*] or spark:spark://host:7077; an engine statement in the script wins"),
            OptionSpec.flag("--quiet", "no progress bars (they are drawn only when stderr is a terminal)"),
            OptionSpec.flag("--debug", "show the Java stack trace of an internal error"),
            Main.HELP),
            CommandSpec.OperandSpec.one("FILE", "the .causal script"), RunCommand::run);

    private RunCommand() {
    }

    static int run(Arguments arguments) {
        boolean json = arguments.choice("--format", "text", "json").equals("json");
        long seed = arguments.longValue(SEED.name(), RunOptions.DEFAULT_SEED);
        String engine = arguments.value("--engine").orElse("");
        boolean debug = arguments.flag("--debug");
        Path file = Path.of(arguments.operands().get(0));
        SharedEngine.prepareInBackground();
        Optional<Analysis> checked = ScriptFile.analyse(file);
        if (checked.isEmpty() || checked.get().hasErrors()) {
            return Main.CHECK_FAILED;
        }
        Analysis analysis = checked.get();
        ProgressBars.installIfTerminal(arguments.flag("--quiet"));
        PrintStream out = System.out;
        ResultSink sink = json
                ? r -> out.println(JsonLines.format(r))
                : new TextSink(out);
        Optional<RunFailure> failure = Runner.run(analysis,
                new RunOptions(seed, debug, engine.equals("local") ? "" : engine), sink);
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

package causal.cli;

import causal.analysis.Analysis;
import causal.analysis.HeaderSchemas;
import causal.output.DiagnosticText;
import causal.syntax.Diagnostic;
import causal.syntax.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code causal check FILE}: the static checks only; reads data headers but never rows. */
@Command(name = "check", description = "Check a script (syntax, names, identification) without running it.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .causal script")
    Path file;

    @Override
    public Integer call() {
        Optional<SourceText> source = ScriptFile.read(file);
        if (source.isEmpty()) {
            return Main.CHECK_FAILED;
        }
        Analysis analysis = Analysis.of(source.get(), new HeaderSchemas());
        report(analysis);
        return analysis.hasErrors() ? Main.CHECK_FAILED : Main.OK;
    }

    /** Prints every diagnostic to stderr; shared with {@code run}. */
    static void report(Analysis analysis) {
        for (Diagnostic d : analysis.diagnostics()) {
            System.err.print(DiagnosticText.format(d, analysis.source()));
        }
        long errors = analysis.errors().size();
        if (errors > 0) {
            System.err.println(errors + (errors == 1 ? " error" : " errors") + "; nothing was run");
        }
    }
}

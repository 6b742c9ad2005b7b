package causal.cli;

import causal.output.DiagnosticText;
import causal.syntax.Diagnostic;
import causal.syntax.Formatter;
import causal.syntax.ScriptParser;
import causal.syntax.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code causal fmt FILE… [--check]}: rewrites scripts in the canonical layout (the language server formats the same
 * way); with {@code --check}, changes nothing and exits 1 if a file is not formatted. A script with a syntax error is
 * left as it is and reported.
 */
final class FmtCommand {
    static final CommandSpec SPEC = new CommandSpec("fmt", "Format scripts in the canonical layout.",
            List.of(CommandSpec.OptionSpec.flag("--check", "only check; exit 1 when a file would change"), Main.HELP),
            new CommandSpec.OperandSpec("FILE", 1, Integer.MAX_VALUE, "the .causal scripts"), FmtCommand::run);

    private FmtCommand() {
    }

    static int run(Arguments arguments) {
        boolean check = arguments.flag("--check");
        int status = Main.OK;
        for (Path file : arguments.operands().stream().map(Path::of).toList()) {
            Optional<SourceText> source = ScriptFile.read(file);
            if (source.isEmpty()) {
                status = Main.CHECK_FAILED;
                continue;
            }
            String text = source.get().text();
            List<Diagnostic> syntaxErrors = ScriptParser.parse(source.get()).diagnostics().stream()
                    .filter(Diagnostic::isError).toList();
            if (!syntaxErrors.isEmpty()) {
                // A script that does not parse has no canonical layout: say why instead of passing it as formatted.
                syntaxErrors.forEach(d -> System.err.print(DiagnosticText.format(d, source.get())));
                System.err.println(file + ": not formatted: fix the syntax errors first");
                status = Main.CHECK_FAILED;
                continue;
            }
            String formatted = Formatter.format(text);
            if (formatted.equals(text)) {
                continue;
            }
            if (check) {
                System.err.println(file + ": not formatted (run causal fmt " + file + ")");
                status = Main.CHECK_FAILED;
                continue;
            }
            try {
                Files.writeString(file, formatted, StandardCharsets.UTF_8);
                System.err.println("formatted " + file);
            } catch (IOException e) {
                System.err.println(file + ": error: cannot write the file: " + e.getMessage());
                status = Main.CHECK_FAILED;
            }
        }
        return status;
    }
}

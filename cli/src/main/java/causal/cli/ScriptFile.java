package causal.cli;

import causal.analysis.Analysis;
import causal.analysis.HeaderSchemas;
import causal.output.DiagnosticText;
import causal.syntax.Diagnostic;
import causal.syntax.SourceText;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a script file, reporting a missing or unreadable file in one line instead of an exception. */
final class ScriptFile {
    private ScriptFile() {
    }

    /** Reads and checks the script, printing every diagnostic to stderr; empty when the file cannot be read. */
    static Optional<Analysis> analyse(Path file) {
        Optional<Analysis> analysis = read(file).map(source -> Analysis.of(source, new HeaderSchemas()));
        analysis.ifPresent(ScriptFile::report);
        return analysis;
    }

    private static void report(Analysis analysis) {
        for (Diagnostic d : analysis.diagnostics()) {
            System.err.print(DiagnosticText.format(d, analysis.source()));
        }
        long errors = analysis.errors().size();
        if (errors > 0) {
            System.err.println(errors + (errors == 1 ? " error" : " errors") + "; nothing was run");
        }
    }

    /** The script's text; empty, after one line on stderr, when the file is missing, unreadable or not UTF-8. */
    static Optional<SourceText> read(Path file) {
        try {
            return Optional.of(new SourceText(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            System.err.println(file + ": error: no such file");
        } catch (MalformedInputException e) {
            System.err.println(file + ": error: the file is not UTF-8 text");
        } catch (IOException e) {
            System.err.println(file + ": error: cannot read the file: " + e.getMessage());
        }
        return Optional.empty();
    }
}
